const dateFormat = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
const numberFormat = new Intl.NumberFormat("en-US");

/** "2026-05-18" → "May 18, 2026" */
export function formatDay(iso: string): string {
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

export function formatCount(n: number): string {
  return numberFormat.format(n);
}

const NBSP = "\u00a0";

/**
 * A share as a percentage: "100 %", "12 %", or with `digits` "2.5 %". Rounding never shows some residents as 0 % nor
 * part of them as 100 %: "under 1 %", "over 99 %".
 */
export function formatShare(part: number, whole: number, digits = 0): string {
  if (part <= 0) return `0${NBSP}%`;
  if (part >= whole) return `100${NBSP}%`;
  const step = 10 ** -digits;
  const pct = (part / whole) * 100;
  const shown = (v: number) => v.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  if (pct < step) return `under ${shown(step)}${NBSP}%`;
  if (pct > 100 - step) return `over ${shown(100 - step)}${NBSP}%`;
  return `${shown(pct)}${NBSP}%`;
}
