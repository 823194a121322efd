import type { ReactNode } from "react";
import { MODEL_LABEL, MODELS, type ModelCode } from "@/lib/domain/models";
import type { ListTrendPoint, SignedTrend } from "@/lib/queries/trends";
import { formatCount, formatDay } from "@/lib/view/format";
import { ModelKey } from "./ModelKey";
import { TrendFigure } from "./TrendFigure";
import { describeListTrend, describeSignedTrend, formatMonth } from "./trend-words";
import { eventsWithin } from "@/lib/domain/events";

export type TrendSectionProps = {
  title: string;
  /** A sentence under the heading; a default one says what a point is. */
  caption?: ReactNode;
  listTrend: ListTrendPoint[];
  /** The newest list's agreements by signed month; left out, the section shows the list trend alone. */
  signedTrend?: SignedTrend | null;
  /** The state the numbers are for, "Texas"; null for the whole country. */
  stateName: string | null;
  /** The models the numbers were filtered to; all three when left out. */
  models?: ModelCode[];
  /** Prefix of the ids the section's headings use, when a page shows two sections. */
  id?: string;
  /** Where the charts fetch their points (/trends/data.json with the view's filters). */
  src: string;
  /** The page with the charts' numbers as tables (/trends with the view's filters). */
  tablesHref: string;
};


function Legend({ models }: { models: readonly ModelCode[] }) {
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label="Key to the lines">
      {models.map((m) => (
        <li key={m} className="flex items-center gap-2">
          <ModelKey model={m} />
          {MODEL_LABEL[m]}
        </li>
      ))}
    </ul>
  );
}

/** The link to the chart's numbers as a table, on the trends page. */
function TableLink({ href, what }: { href: string; what: string }) {
  return (
    <p className="text-sm">
      <a className="text-blue-800 underline" href={href}>
        Table of these numbers<span className="sr-only">: {what}</span>
      </a>
    </p>
  );
}

/** The trend of the participating lists (and, when given, one list by signed month): charts, legends and tables. */
export function TrendSection({ title, caption, listTrend, signedTrend, stateName, models = [...MODELS], id = "trend", src, tablesHref }: TrendSectionProps) {
  const shown = MODELS.filter((m) => models.includes(m));
  const where = stateName ? ` in ${stateName}` : "";
  const archived = listTrend.filter((p) => p.origin === "ARCHIVED_WEB_PAGE");
  const [first, last] = [listTrend[0]?.publishedOn, listTrend.at(-1)?.publishedOn];
  const events = first && last ? eventsWithin(first, last) : [];
  const marked = events.length > 0 && <> The dashed line marks a dated event: {events.map((e) => e.words).join(" ")}</>;
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-block">
      <h2 id={`${id}-title`} className="text-heading">{title}</h2>
      <p className="max-w-3xl text-sm text-slate-700">
        {caption ?? <>Agreements{where} on each participating list ICE published, by model. A point is one list; lines join the lists, whose dates are irregular.</>}
        {archived.length > 0 && (
          <>
            {" "}Shaded: {formatDay(archived[0].publishedOn)} to {formatDay(archived.at(-1)!.publishedOn)}, when ICE published no spreadsheet and the counts
            come from archived copies of its web page.
          </>
        )}
        {marked}
      </p>
      <Legend models={shown} />
      <TrendFigure kind="lists" src={src} models={shown} label={describeListTrend(listTrend, stateName, shown)} />
      <TableLink href={`${tablesHref}#lists`} what={`agreements${where} on each list`} />

      {signedTrend && (
        <div className="space-y-3 pt-4">
          <h3 id={`${id}-signed-title`} className="text-subheading">By the month signed</h3>
          <p className="max-w-3xl text-sm text-slate-700">
            The agreements{where} on the list of {formatDay(signedTrend.publishedOn)}, counted from the month ICE says each was signed.
            Agreements that ended before that list are not in it.
            {first && signedTrend.points[0] && signedTrend.points[0].month < first.slice(0, 7) && (
              <> The chart covers the same span as the one above, from {formatMonth(first.slice(0, 7))}: its first point counts every agreement signed by then; the table goes back to {formatMonth(signedTrend.points[0].month)}.</>
            )}
            {signedTrend.undated > 0 && ` ${formatCount(signedTrend.undated)} ${signedTrend.undated === 1 ? "agreement has" : "agreements have"} no signed date and ${signedTrend.undated === 1 ? "is" : "are"} not counted here.`}
          </p>
          {signedTrend.points.length > 0 && (
            <>
              <Legend models={shown} />
              <TrendFigure kind="signed" src={src} models={shown} label={describeSignedTrend(signedTrend, stateName, shown, first)} />
              <TableLink href={`${tablesHref}#signed`} what={`agreements${where} by month signed`} />
            </>
          )}
        </div>
      )}
    </section>
  );
}
