import type { AreaClass } from "./classes";
import { modelsWords, type ModelCode } from "../domain/models";
import type { CountedArea, CountyCoverage } from "../queries/coverage";
import type { StateMetric } from "./filters";
import { formatCount, formatShare } from "./format";
import { AREA_RAMP } from "./palette";

// What the state view says about residents under agreements: the models a residents metric counts, each county's
// share with where it comes from, and the fixed percentage classes the county map shades them in.

/** The models a metric counts: Task Force whatever the model filter, or the filter's models (all when none). */
/** "any model", "the chosen models (Jail Enforcement or Task Force)": the models read beside Task Force. */
export const otherModelsWords = (models: ModelCode[]) => (models.length ? `the chosen models (${modelsWords(models)})` : "any model");

/** What a state's county map shades when it shades residents: "Task Force agreements", "agreements of any model". */
export const shadedWords = (metric: StateMetric, models: ModelCode[]) =>
  metric === "residents-task-force" ? "Task Force agreements" : `agreements of ${otherModelsWords(models)}`;

export function metricModels(metric: StateMetric, chosen: ModelCode[]): ModelCode[] {
  return metric === "residents-task-force" ? ["TASK_FORCE"] : chosen;
}

/** The models whose residents a state's county map shades; null when it shades agreements. */
export const shadedModels = (metric: StateMetric, chosen: ModelCode[]): ModelCode[] | null => (metric === "agreements" ? null : metricModels(metric, chosen));

/** Fixed bounds, so a shade means the same share in every state: 1–25 %, 26–50 %, 51–75 %, 76–100 %. */
export const SHARE_CLASSES: AreaClass[] = [25, 50, 75, 100].map((max, i) => ({ min: max - 24, max, fill: AREA_RAMP[i + 1] }));

/** A whole percentage that is never 0 for some residents nor 100 for part of them: what the map's classes read. */
export function percentOf(part: number, whole: number): number {
  if (part <= 0) return 0;
  if (part >= whole) return 100;
  return Math.min(99, Math.max(1, Math.round((part / whole) * 100)));
}

export type CountyShare = {
  countyFips: string;
  population: number;
  residents: number;
  percent: number;
  /** "county sheriff's agreement", "towns' police: 2 towns"; null when nobody is counted. */
  through: string | null;
  /** The towns counted, when the county is not counted whole: "Dickinson city". */
  towns: string[];
};

const SHERIFF = /\bsheriff/i;

/** Each county's share, with what it is counted through (the county's own agency, or towns' police). */
export function countyShares(coverage: CountyCoverage[], counted: CountedArea[]): CountyShare[] {
  return coverage.map((c) => {
    const mine = counted.filter((a) => a.countyFips === c.countyFips);
    const county = mine.filter((a) => a.level === "COUNTY");
    const towns = c.countyAgency ? [] : mine.filter((a) => a.level === "PLACE").map((a) => a.name);
    const through = c.countyAgency
      ? county.some((a) => a.agencies.some((n) => SHERIFF.test(n)))
        ? "county sheriff's agreement"
        : "county agency's agreement"
      : towns.length
        ? `towns' police: ${formatCount(towns.length)} ${towns.length === 1 ? "town" : "towns"}`
        : null;
    return { countyFips: c.countyFips, population: c.population, residents: c.residents, percent: percentOf(c.residents, c.population), through, towns };
  });
}

/** "100 % of 4,835,125 residents (county sheriff's agreement)"; "none of 12,000 residents"; "no estimate of its residents". */
export function shareDetail(s: CountyShare | undefined): string {
  if (!s || s.population <= 0) return "no estimate of its residents";
  const of = `of ${formatCount(s.population)} residents`;
  if (s.residents <= 0) return `none ${of}`;
  return `${formatShare(s.residents, s.population)} ${of} (${s.through})`;
}

/** "Harris County: 100 % of 4,835,125 residents (county sheriff's agreement)". */
export const describeShare = (name: string, s: CountyShare | undefined) => `${name}: ${shareDetail(s)}`;

export type { SharePoint } from "../queries/coverage";

/** The share as a number of percent, for the chart's scale (the table and labels use formatShare). */
export const percentExact = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);

/** Round ticks from 0 to just above the highest share, at most six, never past 100 %. */
export function shareTicks(max: number): number[] {
  const step = [0.2, 0.5, 1, 2, 5, 10, 20, 25].find((s) => Math.ceil(max / s) <= 5) ?? 25;
  const top = Math.min(100, Math.max(step, Math.ceil(max / step) * step));
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => Math.round(i * step * 10) / 10);
}

export type CoverageOfArea = { population: number | null; localResidents: number; statewide: string[] };

/** "a Task Force agreement", "a 287(g) agreement of any model": what the residents' agencies have. */
export function residentsWords(taskForceOnly: boolean, models: ModelCode[]): string {
  if (taskForceOnly) return "a Task Force agreement";
  const words = modelsWords(models);
  return words === "any model" ? "a 287(g) agreement of any model" : `a ${words} agreement`;
}

/**
 * "Texas: 23.4 % of 31,290,831 residents (7,312,000) live in a county or town whose agency has a Task Force agreement;
 * statewide, 4 state agencies have a Task Force agreement". The local share first; the statewide reading after it,
 * never added in.
 */
export function describeCoverage(name: string, c: CoverageOfArea | undefined, words: string): string {
  if (!c || c.population === null) return `${name}: no Census population estimate`;
  const share = formatShare(c.localResidents, c.population, 1);
  const local = c.localResidents
    ? `${share} of ${formatCount(c.population)} residents (${formatCount(c.localResidents)}) live in a county or town whose agency has ${words}`
    : `no county or town agency has ${words} (${formatCount(c.population)} residents)`;
  const statewide = c.statewide.length
    ? `; statewide, ${c.statewide.length === 1 ? c.statewide[0] : `${c.statewide.length} state agencies`} ${c.statewide.length === 1 ? "has" : "have"} ${words}`
    : "";
  return `${name}: ${local}${statewide}`;
}
