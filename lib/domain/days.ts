// Calendar days as the data and the URLs write them: YYYY-MM-DD, in UTC.

/** A Date's calendar day, "2026-05-18". */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** True for a day that exists, written YYYY-MM-DD ("2025-02-30" is not one). */
export function isCalendarDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && isoDay(d) === s;
}
