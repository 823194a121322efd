import { MODELS, MODEL_LABEL, type ModelCode } from "../domain/models";
import { AREA_RAMP, NONE_FILL } from "./palette";
import { formatCount } from "./format";

// Shading classes for the maps: up to four, their bounds round numbers near the quartiles of the areas that have
// any, so a handful of large states does not leave every other state in the lightest class. The ramp's lightest
// shade is left out: beside NONE_FILL it could not be told apart, and "none" against "some" matters most here.

const RAMP = AREA_RAMP.slice(1);

export type AreaClass = { min: number; max: number | null; fill: string };

/** A round number at or above v: 1, 2, 3, 5 times a power of ten. */
function roundUp(v: number): number {
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 3, 5, 10].map((m) => m * p).find((x) => x >= v)!;
}

/** Classes for counts; zero is never in a class (it is drawn with NONE_FILL). */
export function areaClasses(values: number[], classes = RAMP.length): AreaClass[] {
  const some = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (!some.length) return [];
  const top = some[some.length - 1];
  const uppers: number[] = [];
  for (let i = 1; i < classes; i++) {
    const q = some[Math.min(some.length - 1, Math.floor((i / classes) * some.length))];
    const b = roundUp(q);
    if (b < top && b > (uppers.at(-1) ?? 0)) uppers.push(b);
  }
  const bounds = [...uppers, null];
  // Fewer classes than colours: spread them over the ramp, so the darkest still means the most.
  const n = bounds.length;
  const ramp = n === 1 ? [RAMP[RAMP.length - 1]] : bounds.map((_, i) => RAMP[Math.round((i * (RAMP.length - 1)) / (n - 1))]);
  return bounds.map((max, i) => ({ min: i === 0 ? 1 : uppers[i - 1] + 1, max, fill: ramp[i] }));
}

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
