// SIGNED dates. ICE's cells are Excel dates; a few hold text or a year typo. The archived-page tables hold ISO text.

import { isCalendarDay, isoDay } from "../domain/days";

export type DateResult = { date: string; rule: string | null } | { error: string };

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function iso(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  if (y < MIN_YEAR || y > MAX_YEAR) return null;
  return isoDay(dt);
}

/** True for a real calendar day written YYYY-MM-DD in the years a list can carry (a --published value, say). */
export function isIsoDay(s: string): boolean {
  const year = Number(s.slice(0, 4));
  return isCalendarDay(s) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** A cell value (Date, Excel serial number or text) to an ISO date, with the repair rule when one was needed. */
export function parseSignedDate(value: unknown): DateResult {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { error: "not a date" };
    const y = value.getUTCFullYear();
    const m = value.getUTCMonth() + 1;
    const d = value.getUTCDate();
    const ok = iso(y, m, d);
    if (ok) return { date: ok, rule: null };
    // participating 2025-07-14: serial 1141572 is 5025-07-07, a typo for 2025.
    if (y >= 3000 && y < 3000 + MAX_YEAR) {
      const fixed = iso(y - 3000, m, d);
      if (fixed) return { date: fixed, rule: `year typo ${y} read as ${y - 3000}` };
    }
    return { error: `impossible date ${isoDay(value)}` };
  }
  if (typeof value === "number") {
    // An Excel serial that was not formatted as a date (days since 1899-12-30).
    const dt = new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86_400_000);
    const r = parseSignedDate(dt);
    return "date" in r ? { date: r.date, rule: r.rule ?? "Excel serial number read as a date" } : r;
  }
  if (typeof value === "string") {
    const s = value.trim();
    let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (m) {
      const ok = iso(+m[1], +m[2], +m[3]);
      return ok ? { date: ok, rule: null } : { error: `impossible date "${s}"` };
    }
    // "05/082025" (participating 2025-05-29) and "7/72025" (2025-07-14): a slash is missing.
    m = /^(\d{1,2})\/(\d{1,2})\/?(\d{4})$/.exec(s);
    if (m) {
      const ok = iso(+m[3], +m[1], +m[2]);
      return ok ? { date: ok, rule: "date typed as text, read as month/day/year" } : { error: `impossible date "${s}"` };
    }
    return { error: s ? `not a date: "${s.slice(0, 40)}"` : "SIGNED is empty" };
  }
  if (value == null) return { error: "SIGNED is empty" };
  return { error: "not a date" };
}
