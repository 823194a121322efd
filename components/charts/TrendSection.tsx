import type { ReactNode } from "react";
import { MODEL_LABEL, MODELS, type ModelCode } from "@/lib/domain/models";
import type { ListTrendPoint, SignedTrend } from "@/lib/queries/trends";
import { formatCount, formatDay } from "@/lib/view/format";
import { ModelKey } from "./ModelKey";
import { TrendFigure } from "./TrendFigure";
import { formatMonth } from "./TrendTables";

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


/** "Agreements on each ICE list by model, in Texas, from January 13, 2021 to May 18, 2026: Jail Enforcement 3 → 40; …" */
export function describeListTrend(points: ListTrendPoint[], stateName: string | null, models: readonly ModelCode[] = MODELS): string {
  if (points.length === 0) return `No participating list has been imported${stateName ? ` for ${stateName}` : ""}.`;
  const [first, last] = [points[0], points.at(-1)!];
  const lines = models.map((m) => `${MODEL_LABEL[m]} ${formatCount(first.byModel[m])} → ${formatCount(last.byModel[m])}`).join("; ");
  const archived = points.filter((p) => p.origin === "ARCHIVED_WEB_PAGE").at(-1);
  return (
    `Agreements on each ICE list by model${stateName ? `, in ${stateName}` : ""}, from ${formatDay(first.publishedOn)} to ${formatDay(last.publishedOn)}: ${lines}.` +
    (archived ? ` Counts up to ${formatDay(archived.publishedOn)} come from archived copies of ICE’s web page.` : "")
  );
}

/** "Agreements on the list of May 18, 2026, in Texas, by month signed, cumulative, from March 2016 to May 2026: …" */
export function describeSignedTrend(trend: SignedTrend, stateName: string | null, models: readonly ModelCode[] = MODELS): string {
  const where = `on the list of ${formatDay(trend.publishedOn)}${stateName ? `, in ${stateName}` : ""}`;
  const undated = trend.undated ? ` ${formatCount(trend.undated)} have no signed date.` : "";
  if (trend.points.length === 0) return `No agreement ${where} has a signed date.${undated}`;
  const [first, last] = [trend.points[0], trend.points.at(-1)!];
  const lines = models.map((m) => `${MODEL_LABEL[m]} ${formatCount(last.byModel[m])}`).join("; ");
  return `Agreements ${where}, by month signed, cumulative, from ${formatMonth(first.month)} to ${formatMonth(last.month)}: ${lines}.${undated}`;
}

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
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <h2 id={`${id}-title`} className="text-lg font-semibold">{title}</h2>
      <p className="max-w-3xl text-sm text-slate-700">
        {caption ?? <>Agreements{where} on each participating list ICE published, by model. A point is one list; lines join the lists, whose dates are irregular.</>}
        {archived.length > 0 && (
          <>
            {" "}Shaded: {formatDay(archived[0].publishedOn)} to {formatDay(archived.at(-1)!.publishedOn)}, when ICE published no spreadsheet and the counts
            come from archived copies of its web page.
          </>
        )}
      </p>
      <Legend models={shown} />
      <TrendFigure kind="lists" src={src} models={shown} label={describeListTrend(listTrend, stateName, shown)} />
      <TableLink href={`${tablesHref}#lists`} what={`agreements${where} on each list`} />

      {signedTrend && (
        <div className="space-y-3 pt-4">
          <h3 id={`${id}-signed-title`} className="font-semibold">By the month signed</h3>
          <p className="max-w-3xl text-sm text-slate-700">
            The agreements{where} on the list of {formatDay(signedTrend.publishedOn)}, counted from the month ICE says each was signed.
            Agreements that ended before that list are not in it.
            {signedTrend.undated > 0 && ` ${formatCount(signedTrend.undated)} ${signedTrend.undated === 1 ? "agreement has" : "agreements have"} no signed date and ${signedTrend.undated === 1 ? "is" : "are"} not counted here.`}
          </p>
          {signedTrend.points.length > 0 && (
            <>
              <TrendFigure kind="signed" src={src} models={shown} label={describeSignedTrend(signedTrend, stateName, shown)} />
              <TableLink href={`${tablesHref}#signed`} what={`agreements${where} by month signed`} />
            </>
          )}
        </div>
      )}
    </section>
  );
}
