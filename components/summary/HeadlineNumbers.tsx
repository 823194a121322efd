import type { ReactNode } from "react";
import { stateName } from "@/lib/domain/states";
import type { Headline } from "@/lib/queries/headline";
import { formatCount, formatDay } from "@/lib/view/format";

type Props = {
  headline: Headline;
  /** "287(g) agreements", "Task Force agreements": what is counted, in the chosen models' words. */
  what: string;
  /** The state's name in a state's view; null for the nation. */
  place: string | null;
  /** One model chosen: every agency holds one agreement of it, so its agencies would repeat the agreements. */
  oneModel: boolean;
  stateHref: (code: string) => string;
  /** The changes page for one kind of change on the list shown. */
  changesHref: (change: "added" | "removed") => string;
  /** The day the view is as of, when the URL names one. */
  asOf: string | null;
  /** The test id of the list's date (the national view's tests name it newest-date). */
  dateTestId?: string;
};

const signed = (d: number) => (d === 0 ? "no change" : `${d > 0 ? "+" : "−"}${formatCount(Math.abs(d))}`);

/** "1.5 times", "13.6 times": one decimal, as a reader says it. */
function times(now: number, before: number): string {
  return `${(now / before).toLocaleString("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 1 })} times`;
}

function join(items: ReactNode[]): ReactNode[] {
  return items.flatMap((x, i) => (i === 0 ? [x] : [i === items.length - 1 ? " and " : ", ", x]));
}

/**
 * The first screen's story in one sentence: the count on the list shown, its growth since the first list of 2025 and
 * since the list before; then the other totals and what the newest list changed, in words with links. Every figure
 * comes from the view's headline (getHeadline), under the view's filters.
 */
export function HeadlineNumbers({ headline, what, place, oneModel, stateHref, changesHref, asOf, dateTestId = "list-date" }: Props) {
  const { list, now, previous, growthFrom } = headline;
  const where = place ? ` in ${place}` : "";
  const from = growthFrom && (
    <>
      {growthFrom.totals.agreements === 0 ? (
        <>up from none</>
      ) : now.agreements >= growthFrom.totals.agreements ? (
        <>
          <strong data-testid="growth-times">{times(now.agreements, growthFrom.totals.agreements)}</strong> the{" "}
          <span className="tabular-nums" data-testid="growth-from-count">{formatCount(growthFrom.totals.agreements)}</span>
        </>
      ) : (
        <>
          down from <span className="tabular-nums" data-testid="growth-from-count">{formatCount(growthFrom.totals.agreements)}</span>
        </>
      )}{" "}
      on {growthFrom.list.origin === "ARCHIVED_WEB_PAGE" ? "ICE’s 287(g) page of" : "the list of"}{" "}
      <span data-testid="growth-from-date">{formatDay(growthFrom.list.publishedOn)}</span>
      {growthFrom.list.origin === "ARCHIVED_WEB_PAGE" && " (an archived copy: ICE published no spreadsheet before February 2025)"}
    </>
  );
  const delta = previous && now.agreements - previous.totals.agreements;
  const since = previous && (
    <>
      <span className="tabular-nums" data-testid="change-agreements">{signed(delta!)}</span> since the list before, of {formatDay(previous.list.publishedOn)}
    </>
  );
  return (
    <section aria-labelledby="headline" className="space-y-2" data-testid="headline">
      <h2 id="headline" className="sr-only">The figures in brief</h2>
      <p className="max-w-4xl text-lg leading-snug text-slate-900" data-testid="headline-sentence">
        <strong className="mr-1 text-4xl font-bold tabular-nums" data-testid="count-agreements">{formatCount(now.agreements)}</strong>{" "}
        {what}
        {where} on ICE&rsquo;s list of <strong data-testid={dateTestId}>{formatDay(list.publishedOn)}</strong>
        {asOf && <> (the newest on or before {formatDay(asOf)})</>}
        {from || since ? ": " : "."}
        {from}
        {from && since ? "; " : ""}
        {since}
        {from || since ? "." : ""}
      </p>
      <p className="max-w-4xl text-slate-800" data-testid="headline-totals">
        {!oneModel && (
          <>
            <strong className="tabular-nums" data-testid="count-agencies">{formatCount(now.agencies)}</strong> {now.agencies === 1 ? "agency" : "agencies"}
            {previous && <span className="text-slate-700"> ({signed(now.agencies - previous.totals.agencies)})</span>}
            {place === null ? " in " : ". "}
          </>
        )}
        {place === null && (
          <>
            <strong className="tabular-nums" data-testid="count-states">{formatCount(now.states.length)}</strong> states and territories
            {previous && (
              <span className="text-slate-700" data-testid="change-states">
                {" "}
                ({signed(now.states.length - previous.totals.states.length)}
                {previous.left.length > 0 && <>; {join(previous.left.map((s) => <a key={s} className="text-blue-800 underline" href={stateHref(s)}>{stateName(s)}</a>))} left</>}
                {previous.entered.length > 0 && <>; {join(previous.entered.map((s) => <a key={s} className="text-blue-800 underline" href={stateHref(s)}>{stateName(s)}</a>))} entered</>})
              </span>
            )}
            .{" "}
          </>
        )}
        {previous && (
          <span data-testid="newest-changes">
            The list of {formatDay(list.publishedOn)} against the one before:{" "}
            <a className="text-blue-800 underline" href={changesHref("added")}>
              <span className="tabular-nums" data-testid="headline-added">{formatCount(previous.added)}</span> {previous.added === 1 ? "agreement" : "agreements"} added
            </a>
            ,{" "}
            <a className="text-blue-800 underline" href={changesHref("removed")}>
              <span className="tabular-nums" data-testid="headline-removed">{formatCount(previous.removed)}</span> removed
            </a>
            .
          </span>
        )}
      </p>
    </section>
  );
}
