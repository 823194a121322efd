// An agency keeps one identity across lists even when ICE re-types its name: the key folds case, spacing,
// punctuation and common abbreviations.
import type { AgencyTypeCode } from "../domain/agency-types";

const ABBREVIATIONS: [RegExp, string][] = [
  [/&/g, " and "],
  [/\bdept\b/g, "department"],
  [/\bco\b/g, "county"],
  [/\bft\b/g, "fort"],
  [/\btwp\b/g, "township"],
  [/\bsheriff s\b/g, "sheriffs"],
  [/\bsherrif/g, "sheriff"],
  [/\bpd\b/g, "police department"],
  [/\bst\b/g, "saint"],
];

export function agencyNameKey(name: string): string {
  let k = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`]/g, "");
  k = k.replace(/[^a-z0-9&]+/g, " ");
  for (const [re, to] of ABBREVIATIONS) k = k.replace(re, to);
  return k.replace(/\s+/g, " ").trim();
}

export function agencySlug(state: string, nameKey: string): string {
  return `${state.toLowerCase()}-${nameKey.replace(/ /g, "-")}`;
}

/** A display name: ICE's text with stray and doubled spaces removed. */
export function cleanText(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** The archived-page tables have no TYPE column; an agency known only from them gets a type from its name. */
export function inferAgencyType(name: string): AgencyTypeCode {
  const n = name.toLowerCase();
  if (/\b(state|highway patrol|department of|dept\.? of|commonwealth)\b/.test(n)) return "STATE_AGENCY";
  if (/\b(county|parish|borough|sheriff)/.test(n)) return "COUNTY";
  if (/\b(city|town|village|police department|police dept)\b/.test(n)) return "MUNICIPALITY";
  return "OTHER";
}
