// A share of residents, one definition for the tables, the downloads and the API.

/** A share of residents, 0–1; null without a population. */
export function shareOf(residents: number, population: number | null): number | null {
  return population ? Math.min(1, residents / population) : null;
}

/** The share as the downloads and the API write it: 0–1 to four decimal places; null without a population. */
export function roundedShare(residents: number, population: number | null): number | null {
  const s = shareOf(residents, population);
  return s === null ? null : Math.round(s * 10_000) / 10_000;
}
