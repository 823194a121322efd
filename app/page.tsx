import { HeadlineNumbers } from "@/components/summary/HeadlineNumbers";
import { ModelTable } from "@/components/summary/ModelTable";
import { LatestChanges } from "@/components/changes/LatestChanges";
import { summarizeChanges } from "@/lib/queries/changes";
import { getNationalSummary } from "@/lib/queries/summary";
import { formatCount, formatDay } from "@/lib/view/format";

export const dynamic = "force-dynamic";

const ICE_SOURCE = "https://www.ice.gov/identify-and-arrest/287g";

export default async function HomePage() {
  const [summary, changes] = await Promise.all([getNationalSummary(), summarizeChanges({ state: null, model: [], change: null, asOf: null }, { newestListOnly: true })]);
  if (!summary) {
    return (
      <section aria-labelledby="empty-title">
        <h1 id="empty-title" className="text-2xl font-bold">No ICE list imported yet</h1>
        <p className="mt-2">Import one with <code>npm run import -- file.xlsx</code>, or seed the shipped files with <code>npm run db:seed</code>.</p>
      </section>
    );
  }
  const { participating, totals, byModel, pending } = summary;
  return (
    <div className="space-y-10">
      <section aria-labelledby="title" className="space-y-3">
        <h1 id="title" className="text-3xl font-bold tracking-tight">ICE 287(g) agreements</h1>
        <p className="max-w-3xl text-slate-800">
          Under section 287(g) of the Immigration and Nationality Act, ICE delegates immigration powers to state and local
          law-enforcement agencies. These figures come from ICE&rsquo;s list of participating agencies published{" "}
          <strong data-testid="newest-date">{formatDay(participating.publishedOn)}</strong> (file{" "}
          <code className="text-sm">{participating.fileName}</code>).
        </p>
        <p>
          <a className="text-blue-800 underline" href={ICE_SOURCE}>
            ICE&rsquo;s 287(g) page, the source of these lists
          </a>
        </p>
      </section>

      <HeadlineNumbers agreements={totals.agreements} agencies={totals.agencies} states={totals.states} />

      <section>
        <ModelTable rows={byModel} caption={`By model, on the list of ${formatDay(participating.publishedOn)}`} />
        <p className="mt-2 text-xs text-slate-600">One agreement is one agency under one model: an agency with two or three models has two or three agreements.</p>
      </section>

      <LatestChanges summary={changes} href="/changes" />

      {pending && (
        <section aria-labelledby="pending-title" className="rounded-lg border border-slate-200 p-4">
          <h2 id="pending-title" className="text-lg font-semibold">Pending applications</h2>
          <p className="mt-1">
            <span className="font-semibold tabular-nums" data-testid="pending-count">{formatCount(pending.applications)}</span>{" "}
            {pending.applications === 1 ? "application" : "applications"} from {formatCount(pending.agencies)}{" "}
            {pending.agencies === 1 ? "agency" : "agencies"} on ICE&rsquo;s pending list of {formatDay(pending.publishedOn)}.
            {pending.publishedOn < participating.publishedOn && " ICE has not published a newer pending list since."}
          </p>
        </section>
      )}
    </div>
  );
}
