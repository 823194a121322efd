import { CHANGE_KINDS, type ChangeKind } from "@/lib/domain/changes";
import type { ChangeSummary } from "@/lib/queries/changes";
import { formatCount, formatDay } from "@/lib/view/format";
import { CHANGE_LABEL } from "./ChangeText";

/** The newest list's changes in one line each, each count linking to those changes, and a link to the full history. */
export function LatestChanges({ summary, href, hrefFor }: { summary: ChangeSummary[]; href: string; hrefFor: (change: ChangeKind) => string }) {
  const newest = summary[0];
  if (!newest) return null;
  const of = summary.filter((s) => s.snapshotId === newest.snapshotId);
  return (
    <section aria-labelledby="latest-changes" className="space-y-block rounded-lg border border-slate-200 p-card" data-testid="latest-changes">
      <h2 id="latest-changes" className="text-heading">Latest changes</h2>
      <p className="text-sm text-slate-700">
        ICE&rsquo;s list of {formatDay(newest.publishedOn)} compared with the list of {formatDay(newest.previousPublishedOn)}:
      </p>
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        {CHANGE_KINDS.map((k) => {
          const n = of.find((s) => s.change === k)?.count ?? 0;
          return (
            <li key={k}>
              {n > 0 ? (
                <a className="text-blue-800 underline" href={hrefFor(k)}>
                  <span className="font-semibold tabular-nums" data-testid={`latest-${k}`}>{formatCount(n)}</span> {CHANGE_LABEL[k].toLowerCase()}
                </a>
              ) : (
                <>
                  <span className="font-semibold tabular-nums" data-testid={`latest-${k}`}>{formatCount(n)}</span> {CHANGE_LABEL[k].toLowerCase()}
                </>
              )}
            </li>
          );
        })}
      </ul>
      <p>
        <a className="text-blue-800 underline" href={href}>Every change, list by list</a>
      </p>
    </section>
  );
}
