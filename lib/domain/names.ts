// Names are compared folded: no accents, case, apostrophes, punctuation or spacing differences, and common
// abbreviations written out. Agency names and place names fold alike except for their abbreviations and full stops.

const FOLDINGS = {
  /**
   * An agency keeps one identity across lists even when ICE re-types its name: its key (and so its slug) is its name
   * folded this way. A full stop separates words ("Ft.Myers" is "fort myers").
   */
  agency: {
    drop: /[’'`]/g,
    words: [
      [/&/g, " and "],
      [/\bdept\b/g, "department"],
      [/\bco\b/g, "county"],
      [/\bft\b/g, "fort"],
      [/\btwp\b/g, "township"],
      [/\bsheriff s\b/g, "sheriffs"],
      [/\bsherrif/g, "sheriff"],
      [/\bpd\b/g, "police department"],
      [/\bst\b/g, "saint"],
    ],
  },
  /** Census and gazetteer place and county names: "St." and "Saint", "Mt." and "Mount". A full stop is dropped. */
  place: {
    drop: /[’'`.]/g,
    words: [
      [/&/g, " and "],
      [/\bst\b/g, "saint"],
      [/\bste\b/g, "sainte"],
      [/\bmt\b/g, "mount"],
      [/\bft\b/g, "fort"],
      [/\bpt\b/g, "point"],
      [/\btwp\b/g, "township"],
    ],
  },
} satisfies Record<string, { drop: RegExp; words: [RegExp, string][] }>;

export type NameKind = keyof typeof FOLDINGS;

/** "Ft. Myers Police Dept." → "fort myers police department" (agency); "St. Mary's" → "saint marys" (place). */
export function foldName(name: string, kind: NameKind): string {
  const { drop, words } = FOLDINGS[kind];
  let k = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(drop, "");
  k = k.replace(/[^a-z0-9&]+/g, " ");
  for (const [re, to] of words) k = k.replace(re, to);
  return k.replace(/\s+/g, " ").trim();
}

// "Houston city", "Mount Pleasant town", "Juneau city and borough", "Nashville-Davidson metropolitan government
// (balance)": the name without the word saying what kind of place it is.
const PLACE_KIND = /\s+(city and borough|city|town|village|borough|municipality|township|plantation|corporation|urban county|(?:consolidated|metropolitan|metro|unified) government|city \(balance\))(\s*\(balance\))?$/i;

/** The folded names a Census place goes by: "Mesa city" → ["mesa"]. */
export function placeKeys(censusName: string): string[] {
  const bare = censusName.replace(PLACE_KIND, "").replace(/\s*\(balance\)$/, "");
  const keys = [foldName(bare, "place")];
  // Consolidated governments: "Nashville-Davidson", "Louisville/Jefferson County" are also Nashville, Louisville.
  if (/\(balance\)$/.test(censusName)) keys.push(foldName(bare.split(/[-/]/)[0], "place"));
  return [...new Set(keys)].filter(Boolean);
}
