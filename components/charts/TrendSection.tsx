import type { ReactNode } from "react";
import { TableHead } from "@/components/tables/TableHead";
import { MODEL_LABEL, MODELS, type ModelCode } from "@/lib/domain/models";
import type { ListTrendPoint, SignedTrend } from "@/lib/queries/trends";
import { formatCount, formatDay } from "@/lib/view/format";
import { ModelKey } from "./ModelKey";
import { TrendFigure } from "./TrendFigure";

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
};

const MONTH_LONG = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
const formatMonth = (month: string) => MONTH_LONG.format(Date.parse(`${month}-01T00:00:00Z`));
const ORIGIN_TEXT = { ICE_SPREADSHEET: "ICE spreadsheet", ARCHIVED_WEB_PAGE: "Archived page" } as const;

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

/** A table in a box of its own that scrolls sideways at phone width, reachable and scrollable by keyboard. */
// Cell styles set once on the table, not on each of its hundreds of cells.
const ROWS = "[&_tbody_tr]:border-b [&_tbody_tr]:border-slate-200 [&_tbody_th]:py-1 [&_tbody_th]:pr-3 [&_tbody_th]:font-normal [&_tbody_th]:whitespace-nowrap [&_td]:py-1 [&_td]:pr-3 [&_td]:text-right [&_td]:tabular-nums";

function TableBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-blue-800 underline">Table of these numbers</summary>
      <div tabIndex={0} role="region" aria-label={label} className="mt-2 overflow-x-auto rounded focus:outline-2 focus:outline-offset-2 focus:outline-blue-700">
        {children}
      </div>
    </details>
  );
}


/** The trend of the participating lists (and, when given, one list by signed month): charts, legends and tables. */
export function TrendSection({ title, caption, listTrend, signedTrend, stateName, models = [...MODELS], id = "trend" }: TrendSectionProps) {
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
      <TrendFigure kind="lists" points={listTrend} models={shown} label={describeListTrend(listTrend, stateName, shown)} />
      <TableBox label={`Agreements${where} on each list, by model`}>
        <table className={`w-full min-w-[36rem] border-collapse text-left ${ROWS}`}>
          <caption className="mb-1 text-left text-xs text-slate-600">Agreements{where} on each participating list, by model, oldest list first</caption>
          <TableHead
            dense
            columns={["List of", "Source", ...shown.map((m) => ({ label: MODEL_LABEL[m], align: "right" as const })), { label: "Agreements", align: "right" }, { label: "Agencies", align: "right" }]}
          />
          <tbody>
            {listTrend.map((p) => (
              <tr key={p.publishedOn}>
                <th scope="row">{formatDay(p.publishedOn)}</th>
                <td className="whitespace-nowrap text-left!">{ORIGIN_TEXT[p.origin]}</td>
                {shown.map((m) => (
                  <td key={m}>{formatCount(p.byModel[m])}</td>
                ))}
                <td>{formatCount(p.agreements)}</td>
                <td>{formatCount(p.agencies)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>

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
              <TrendFigure kind="signed" points={signedTrend.points} models={shown} label={describeSignedTrend(signedTrend, stateName, shown)} />
              <TableBox label={`Agreements${where} by month signed`}>
                <table className={`w-full min-w-[32rem] border-collapse text-left ${ROWS}`}>
                  <caption className="mb-1 text-left text-xs text-slate-600">
                    Agreements{where} on the list of {formatDay(signedTrend.publishedOn)} signed by the end of each month, by model, cumulative
                  </caption>
                  <TableHead dense columns={["Month", ...shown.map((m) => ({ label: MODEL_LABEL[m], align: "right" as const })), { label: "All models", align: "right" }]} />
                  <tbody>
                    {signedTrend.points.map((p) => (
                      <tr key={p.month}>
                        <th scope="row">{formatMonth(p.month)}</th>
                        {shown.map((m) => (
                          <td key={m}>{formatCount(p.byModel[m])}</td>
                        ))}
                        <td>{formatCount(p.total)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableBox>
            </>
          )}
        </div>
      )}
    </section>
  );
}
