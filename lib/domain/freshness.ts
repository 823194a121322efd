// How current the data is, in the site's words. ICE has published about twice a week since 2025: a newest list
// older than two weeks means the figures may be out of date.

export const STALE_AFTER_DAYS = 14;

/** Whole days from a list's day (YYYY-MM-DD) to `now`. */
export function listAgeDays(publishedOn: string, now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(`${publishedOn}T00:00:00Z`)) / 86_400_000));
}

export type CheckSummary = { startedAt: Date; finishedAt: Date | null; outcome: "RUNNING" | "NOTHING_NEW" | "IMPORTED" | "FAILED"; error: string | null };

const when = (d: Date) =>
  new Intl.DateTimeFormat("en-US", { year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" }).format(d) + " UTC";

/** A moment as the site shows it: "December 2, 2026, 09:30 UTC". */
export const formatMoment = when;

/**
 * Why the newest list may be old, as far as the site knows: the last checks failed (with the reason), ICE’s page
 * offered nothing newer, or the site has not checked ICE’s page.
 */
export function staleReason(last: CheckSummary | null, failuresInARow: number, lastSuccessAt: Date | null): string {
  if (!last) return "This site has not checked ICE’s page for a newer list.";
  if (last.outcome === "FAILED") {
    const err = shorten(last.error ?? "no reason recorded");
    const since = lastSuccessAt ? ` The last successful check was on ${when(lastSuccessAt)}.` : " No check has succeeded yet.";
    return failuresInARow > 1
      ? `The last ${failuresInARow} checks of ICE’s page failed, most recently on ${when(last.startedAt)}: ${err}.${since}`
      : `The last check of ICE’s page failed, on ${when(last.startedAt)}: ${err}.${since}`;
  }
  if (lastSuccessAt) return `ICE’s page offered no newer list when this site last checked it, on ${when(lastSuccessAt)}.`;
  return "This site has not finished a check of ICE’s page yet.";
}

function shorten(s: string, max = 240): string {
  const one = s.replace(/\s+/g, " ").replace(/[.;]\s*$/, "");
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
