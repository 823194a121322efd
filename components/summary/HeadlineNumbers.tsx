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
  // Each clause is one string: the page's weight grows with every element.
  const parts: string[] = [];
  if (growthFrom) {
    const base = growthFrom.totals.agreements;
    const page = growthFrom.list.origin === "ARCHIVED_WEB_PAGE" ? "ICE’s 287(g) page (archived) of" : "the list of";
    const on = `on ${page} ${formatDay(growthFrom.list.publishedOn)}`;
    parts.push(base === 0 ? `up from none ${on}` : now.agreements >= base ? `${times(now.agreements, base)} the ${formatCount(base)} ${on}` : `down from ${formatCount(base)} ${on}`);
  }
  if (previous) parts.push(`${signed(now.agreements - previous.totals.agreements)} since the list before, of ${formatDay(previous.list.publishedOn)}`);
  const link = (n: number, words: string, href: string) => (n === 0 ? `no agreement ${words}` : <a className="text-blue-800 underline" href={href}>{`${formatCount(n)} ${n === 1 ? "agreement" : "agreements"} ${words}`}</a>);
  const states = (codes: string[], words: string) =>
    codes.length > 0 && <>; {join(codes.map((s) => <a key={s} className="text-blue-800 underline" href={stateHref(s)}>{stateName(s)}</a>))}{` ${words}`}</>;
  return (
    <div className="space-y-2" data-testid="headline">
      <p className="text-lg" data-testid="headline-sentence">
        <strong className="mr-1 text-4xl tabular-nums" data-testid="count-agreements">{formatCount(now.agreements)}</strong>
        {` ${what}${place ? ` in ${place}` : ""} on ICE’s list of `}
        <strong data-testid={dateTestId}>{formatDay(list.publishedOn)}</strong>
        {`${asOf ? ` (the newest on or before ${formatDay(asOf)})` : ""}${parts.length ? `: ${parts.join("; ")}` : ""}.`}
      </p>
      <p data-testid="headline-totals">
        {!oneModel && (
          <>
            <strong data-testid="count-agencies">{formatCount(now.agencies)}</strong>
            {` ${now.agencies === 1 ? "agency" : "agencies"}${previous ? ` (${signed(now.agencies - previous.totals.agencies)})` : ""}${place === null ? " in " : ". "}`}
          </>
        )}
        {place === null && (
          <>
            <strong data-testid="count-states">{formatCount(now.states.length)}</strong>
            {" states and territories"}
            {previous && (
              <span data-testid="change-states">
                {` (${signed(now.states.length - previous.totals.states.length)}`}
                {states(previous.left, "left")}
                {states(previous.entered, "entered")})
              </span>
            )}
            {". "}
          </>
        )}
        {previous && (
          <span data-testid="newest-changes">
            {`On the list of ${formatDay(list.publishedOn)}, against the one before: `}
            {link(previous.added, "added", changesHref("added"))}, {link(previous.removed, "removed", changesHref("removed"))}.
          </span>
        )}
      </p>
    </div>
  );
}
