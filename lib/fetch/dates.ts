// A fetched file's publication date: ICE's HTTP Last-Modified (its server sends one), else the day the file was
// first fetched. The date in ICE's file name is a cross-check only: ICE misnames files (in January 2026 a file
// named for one day was published on another).

import { isCalendarDay } from "../domain/days";

/** The calendar day in Washington, where ICE publishes: a file posted at 8 p.m. Eastern is that day's list. */
export function eastern(d: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York", year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
}

export type Publication = { publishedOn: string; rule: "LAST_MODIFIED" | "FIRST_FETCHED"; lastModified: Date | null };

export function publicationDate(lastModifiedHeader: string | null, fetchedAt: Date): Publication {
  const lm = lastModifiedHeader ? new Date(lastModifiedHeader) : null;
  // A Last-Modified in the future is a server's clock error, not a date to publish.
  if (lm && !Number.isNaN(lm.getTime()) && lm.getTime() <= fetchedAt.getTime() + 86_400_000 && lm.getUTCFullYear() >= 2020) {
    return { publishedOn: eastern(lm), rule: "LAST_MODIFIED", lastModified: lm };
  }
  return { publishedOn: eastern(fetchedAt), rule: "FIRST_FETCHED", lastModified: null };
}

/**
 * The date an ICE file name carries, in the ways ICE has written it: participatingAgencies05182026am.xlsx
 * (MMDDYYYY), 287gParticipatingAgencies091526pm.xlsx (MMDDYY), participatingAgencies-20250221214937.xlsx
 * (YYYYMMDDhhmmss). Null when there is none.
 */
export function fileNameDate(name: string): string | null {
  for (const m of name.matchAll(/(?<!\d)(\d{14}|\d{8}|\d{6})(?!\d)/g)) {
    const d = m[1];
    const candidates =
      d.length === 14 ? [`${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`]
      : d.length === 8 ? [`${d.slice(4)}-${d.slice(0, 2)}-${d.slice(2, 4)}`, `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}`]
      : [`20${d.slice(4)}-${d.slice(0, 2)}-${d.slice(2, 4)}`];
    const day = candidates.find((c) => isCalendarDay(c) && c >= "2020-01-01");
    if (day) return day;
  }
  return null;
}

/** Whole days from one calendar day to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
