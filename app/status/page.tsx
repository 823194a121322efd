import type { Metadata } from "next";
import { Cite } from "@/components/tables/Source";
import { permalink } from "@/lib/http/permalink";
import { getCitedList } from "@/lib/queries/views/cite";
import { formatMoment } from "@/lib/domain/freshness";
import { getStatusView } from "@/lib/queries/views/status";
import { formatCount, formatDay } from "@/lib/view/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Checks of ICE's page", description: "When this site last checked ICE's 287(g) page for new lists, and what it found." };

const OUTCOME: Record<string, string> = { RUNNING: "Running", NOTHING_NEW: "Nothing new", IMPORTED: "Imported", FAILED: "Failed" };
const RULE: Record<string, string> = { LAST_MODIFIED: "ICE’s Last-Modified date", FIRST_FETCHED: "the day first fetched" };

export default async function StatusPage() {
  const { freshness: f, checks, files } = await getStatusView();
  const [cited, link] = await Promise.all([getCitedList(), permalink("/status")]);
  return (
    <div className="space-y-section">
      <header className="space-y-block">
        <h1 className="text-title">Checks of ICE&rsquo;s page</h1>
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
      <section aria-labelledby="checks" className="space-y-block">
        <h2 id="checks" className="text-heading">The last checks</h2>
        {checks.length === 0 ? (
          <p>No check has been made yet (set ICE_FETCH_EVERY, or run npm run fetch).</p>
        ) : (
          <ol className="divide-y divide-slate-200 border-y border-slate-200 text-sm" data-testid="checks">
            {checks.map((c) => (
              <li key={c.id} className="space-y-1 py-3">
                <p>
                  <time dateTime={c.startedAt.toISOString()} className="font-medium">
                    {formatMoment(c.startedAt)}
                  </time>
                  {": "}
                  <span className={`font-semibold ${c.outcome === "FAILED" ? "text-red-800" : ""}`}>{OUTCOME[c.outcome]}</span>
                  {" "}&middot; {c.filesSeen} {c.filesSeen === 1 ? "file" : "files"} seen &middot; {c.listsImported}{" "}
                  {c.listsImported === 1 ? "list" : "lists"} imported
                </p>
                {c.error && <p className="break-words text-red-900">{c.error}</p>}
                {c.report.length > 0 && (
                  <details>
                    <summary className="cursor-pointer text-slate-700">What it found</summary>
                    <ul className="list-disc break-words pl-5">
                      {c.report.map((line, i) => (
                        <li key={i}>{line}</li>
                      ))}
                    </ul>
                  </details>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="files" className="space-y-block">
        <h2 id="files" className="text-heading">Files kept from ICE&rsquo;s page</h2>
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
      {cited && <Cite list={cited} permalink={link} />}
    </div>
  );
}
