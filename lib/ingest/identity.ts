// An agency keeps one identity across lists even when ICE re-types its name: its key is its name folded
// (foldName(name, "agency") in lib/domain/names.ts), its slug is built from the key.
import type { AgencyTypeCode } from "../domain/agency-types";

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
