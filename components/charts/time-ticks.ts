// The time axis's ticks, shared by the interactive charts (Recharts, in the browser) and the charts drawn as SVG
// files on the server (trend-svg.ts), so both read the same dates.

export const MONTH_TICK = new Intl.DateTimeFormat("en-US", { month: "short", year: "2-digit", timeZone: "UTC" });

/** At most about six ticks: on the first day of every year or every few years; every quarter or month when the span is short. */
export function dateTicks([from, to]: [number, number]): { ticks: number[]; yearly: boolean } {
  const years = (to - from) / (365.25 * 24 * 3600 * 1000);
  for (const step of [12 * Math.max(1, Math.ceil(years / 6)), 6, 3, 1]) {
    // Start on a year divisible by the step, so two-yearly ticks fall on even years.
    const start = new Date(from).getUTCFullYear();
    const ticks: number[] = [];
    for (let y = step >= 12 ? start - (start % (step / 12)) : start, m = 0; Date.UTC(y, m, 1) <= to; m += step) {
      const t = Date.UTC(y, m, 1);
      if (t >= from) ticks.push(t);
    }
    if (ticks.length >= 3 || step === 1) return { ticks, yearly: step >= 12 };
  }
  return { ticks: [], yearly: true };
}

/** "2025" on yearly ticks, "Mar 25" otherwise. */
export const tickLabel = (t: number, yearly: boolean) => (yearly ? String(new Date(t).getUTCFullYear()) : MONTH_TICK.format(t));

/** "2026-05-18" → its time (ms, UTC). */
export const dayTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** "2026-05" → the time of its first day (ms, UTC). */
export const monthTime = (month: string) => Date.parse(`${month}-01T00:00:00Z`);

/**
 * The signed-month chart's points over the list chart's span, with their times: from `from` (the first list's day)
 * on, the months before it summed into the first point, which sits on that day. Cumulative counts make the sum the
 * last point before it. Without `from`, every point at its month.
 */
export function signedSpan<P extends { month: string }>(points: P[], from?: string): { t: number; point: P }[] {
  if (!from) return points.map((point) => ({ t: monthTime(point.month), point }));
  const month = from.slice(0, 7);
  const before = points.filter((p) => p.month <= month).at(-1);
  const shown = [...(before ? [before] : []), ...points.filter((p) => p.month > month)];
  return shown.map((point, i) => ({ t: i === 0 ? dayTime(from) : monthTime(point.month), point }));
}
