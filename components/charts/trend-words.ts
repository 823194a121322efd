import { MODEL_LABEL, MODELS, type ModelCode } from "@/lib/domain/models";
import type { ListTrendPoint, SignedTrend } from "@/lib/queries/trends";
import type { SharePoint } from "@/lib/view/coverage";
import { formatCount, formatDay, formatShare } from "@/lib/view/format";

// The trend charts in words: each chart's text alternative, the same for the interactive chart and the SVG file.

const MONTH_LONG = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
/** "2026-05" → "May 2026" */
export const formatMonth = (month: string) => MONTH_LONG.format(Date.parse(`${month}-01T00:00:00Z`));

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
export function describeSignedTrend(trend: SignedTrend, stateName: string | null, models: readonly ModelCode[] = MODELS, drawnFrom?: string): string {
  const where = `on the list of ${formatDay(trend.publishedOn)}${stateName ? `, in ${stateName}` : ""}`;
  const undated = trend.undated ? ` ${formatCount(trend.undated)} have no signed date.` : "";
  if (trend.points.length === 0) return `No agreement ${where} has a signed date.${undated}`;
  const [first, last] = [trend.points[0], trend.points.at(-1)!];
  const lines = models.map((m) => `${MODEL_LABEL[m]} ${formatCount(last.byModel[m])}`).join("; ");
  const drawn = drawnFrom && drawnFrom.slice(0, 7) > first.month ? ` The chart starts at ${formatMonth(drawnFrom.slice(0, 7))}, with the agreements signed before it.` : "";
  return `Agreements ${where}, by month signed, cumulative, from ${formatMonth(first.month)} to ${formatMonth(last.month)}: ${lines}.${drawn}${undated}`;
}


/** "Share of Texas's residents under local agreements on each list, from … to …: Task Force 0 % → 12.3 %; any model …" */
export function describeShareTrend(points: SharePoint[], stateName: string, otherWords: string): string {
  if (points.length === 0) return `No participating list has been imported for ${stateName}.`;
  const [first, last] = [points[0], points.at(-1)!];
  const parts = [`Task Force ${formatShare(first.taskForce.residents, first.population, 1)} → ${formatShare(last.taskForce.residents, last.population, 1)}`];
  if (first.other && last.other) parts.push(`${otherWords} ${formatShare(first.other.residents, first.population, 1)} → ${formatShare(last.other.residents, last.population, 1)}`);
  const statewide = points.filter((p) => p.taskForce.statewide || p.other?.statewide).length;
  return (
    `Share of ${stateName}'s residents under local 287(g) agreements on each ICE list, from ${formatDay(first.publishedOn)} to ${formatDay(last.publishedOn)}: ${parts.join("; ")}.` +
    (statewide ? ` On ${formatCount(statewide)} of the ${formatCount(points.length)} lists a state agency's statewide agreement also stood; the table marks them.` : "")
  );
}

