import { MODELS, MODEL_LABEL, type ModelCode } from "../domain/models";
import { AREA_RAMP, NONE_FILL } from "./palette";
import { formatCount } from "./format";

// Shading classes for the maps: fixed bounds per measure, the same at every date and for every model, so one shade
// means one count wherever a reader compares two views (a class-per-view scheme made "1–10" on one date the shade
// of "6 or more" on another). The ramp's lightest shade is left out: beside NONE_FILL it could not be told apart,
// and "none" against "some" matters most here.

const RAMP = AREA_RAMP.slice(1);

export type AreaClass = { min: number; max: number | null; fill: string };

/** Classes from their upper bounds (the last open-ended); zero is never in a class (it is drawn with NONE_FILL). */
function fixedClasses(uppers: number[]): AreaClass[] {
  const bounds = [...uppers, null];
  return bounds.map((max, i) => ({ min: i === 0 ? 1 : uppers[i - 1] + 1, max, fill: RAMP[i] }));
}

/**
 * Agreements (or agencies) per state or territory. The bounds fit the whole history: a handful of agreements per
 * state before 2025, Florida and Texas past 300 in 2026.
 */
export const STATE_COUNT_CLASSES: AreaClass[] = fixedClasses([10, 30, 100]);

/** Agreements per county: most counties with any have one or two; a few Florida and Texas counties pass ten. */
export const COUNTY_COUNT_CLASSES: AreaClass[] = fixedClasses([1, 3, 9]);

export function fillFor(value: number, classes: AreaClass[]): string {
  if (value <= 0) return NONE_FILL;
  return classes.find((c) => c.max === null || value <= c.max)?.fill ?? NONE_FILL;
}

/** "1–10", "101 or more", "7". */
export function classLabel(c: AreaClass): string {
  if (c.max === null) return `${formatCount(c.min)} or more`;
  return c.min === c.max ? formatCount(c.min) : `${formatCount(c.min)}–${formatCount(c.max)}`;
}

export type Counts = { agreements: number; agencies: number; byModel: Record<ModelCode, number> };

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/**
 * "Texas: 400 agreements (Jail Enforcement 120, Task Force 250, Warrant Service Officer 30)"; the shaded measure
 * first. Agencies follow when they are the measure.
 */
export function describeCounts(name: string, c: Counts | undefined, metric: "agreements" | "agencies" = "agreements"): string {
  if (!c || c.agreements === 0) return `${name}: no agreements`;
  const models = MODELS.filter((m) => c.byModel[m] > 0)
    .map((m) => `${MODEL_LABEL[m]} ${formatCount(c.byModel[m])}`)
    .join(", ");
  const agreements = `${plural(c.agreements, "agreement", "agreements")} (${models})`;
  return metric === "agencies" ? `${name}: ${plural(c.agencies, "agency", "agencies")}, ${agreements}` : `${name}: ${agreements}`;
}
