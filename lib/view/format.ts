const dateFormat = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
const numberFormat = new Intl.NumberFormat("en-US");

/** "2026-05-18" → "May 18, 2026" */
export function formatDay(iso: string): string {
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

export function formatCount(n: number): string {
  return numberFormat.format(n);
}
