import type { Metadata } from "next";
import { formatMoment } from "@/lib/domain/freshness";
import { getFreshness, listArchivedFiles, listChecks } from "@/lib/queries/freshness";
import { formatCount, formatDay } from "@/lib/view/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Checks of ICE's page", description: "When this site last checked ICE's 287(g) page for new lists, and what it found." };

const OUTCOME: Record<string, string> = { RUNNING: "Running", NOTHING_NEW: "Nothing new", IMPORTED: "Imported", FAILED: "Failed" };
const RULE: Record<string, string> = { LAST_MODIFIED: "ICE's Last-Modified date", FIRST_FETCHED: "the day first fetched" };

export default async function StatusPage() {
  const [f, checks, files] = await Promise.all([getFreshness(), listChecks(30), listArchivedFiles(20)]);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Checks of ICE&rsquo;s page</h1>
        <p className="max-w-3xl text-slate-800">
          This site reads ICE&rsquo;s 287(g) page on a schedule, downloads the participating and pending lists it links to, keeps every
          new file as served and imports it. A check that fails changes nothing.
          {f.newestList && (
            <>
              {" "}The newest list is of {formatDay(f.newestList.publishedOn)} ({formatCount(f.newestList.ageDays)} days old when this page was made).
            </>
          )}
          {f.newestList?.stale && f.staleReason && <> {f.staleReason}</>}
        </p>
      </header>
      <section aria-labelledby="checks" className="space-y-3">
        <h2 id="checks" className="text-xl font-semibold">The last checks</h2>
        {checks.length === 0 ? (
          <p>No check has been made yet (set ICE_FETCH_EVERY, or run npm run fetch).</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="checks">
              <thead className="border-b border-slate-300">
                <tr>
                  <th scope="col" className="py-2 pr-4">Started</th>
                  <th scope="col" className="py-2 pr-4">Outcome</th>
                  <th scope="col" className="py-2 pr-4 text-right">Files seen</th>
                  <th scope="col" className="py-2 pr-4 text-right">Lists imported</th>
                  <th scope="col" className="py-2">What happened</th>
                </tr>
              </thead>
              <tbody>
                {checks.map((c) => (
                  <tr key={c.id} className="border-b border-slate-100 align-top">
                    <td className="py-2 pr-4 whitespace-nowrap">
                      <time dateTime={c.startedAt.toISOString()}>{formatMoment(c.startedAt)}</time>
                    </td>
                    <td className={`py-2 pr-4 font-medium ${c.outcome === "FAILED" ? "text-red-800" : ""}`}>{OUTCOME[c.outcome]}</td>
                    <td className="py-2 pr-4 text-right tabular-nums">{c.filesSeen}</td>
                    <td className="py-2 pr-4 text-right tabular-nums">{c.listsImported}</td>
                    <td className="py-2 break-words">
                      {c.error && <p className="text-red-900">{c.error}</p>}
                      {c.report.length > 0 && (
                        <details>
                          <summary className="cursor-pointer text-slate-700">Details</summary>
                          <ul className="list-disc pl-5">
                            {c.report.map((line, i) => (
                              <li key={i}>{line}</li>
                            ))}
                          </ul>
                        </details>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="files" className="space-y-3">
        <h2 id="files" className="text-xl font-semibold">Files kept from ICE&rsquo;s page</h2>
        {files.length === 0 ? (
          <p>None yet: the lists shipped with the site are kept with its seed files.</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {files.map((x) => (
              <li key={x.sha256}>
                <span className="font-medium">{x.fileName}</span> ({x.kind?.toLowerCase() ?? "not imported"}, {formatCount(x.byteCount)} bytes): published{" "}
                {formatDay(x.publishedOn)} by {RULE[x.publishedRule]}
                {x.fileNameDate && x.fileNameDate !== x.publishedOn && <>; its name says {formatDay(x.fileNameDate)}</>}; fetched{" "}
                {formatMoment(x.fetchedAt)}; SHA-256 <code className="break-all">{x.sha256}</code>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
