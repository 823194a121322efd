import { stateName } from "../domain/states";
import { foldName } from "../domain/names";
import { gazetteer, matchCounty, type County, type Place } from "./gazetteer";
import { MANUAL_PLACEMENTS, type ManualPlacement } from "./manual";

export type PlacementLevel = "COUNTY" | "PLACE" | "STATE" | "UNPLACED";
export type PlacementMethod = "COUNTY_NAME" | "PLACE_NAME" | "ICE_COUNTY" | "STATE_AGENCY" | "MANUAL" | "NONE";
export type PlacementConfidence = "HIGH" | "MEDIUM" | "LOW";

export type Placement = {
  level: PlacementLevel;
  method: PlacementMethod;
  confidence: PlacementConfidence;
  /** For county and place placements: the county (5-digit FIPS) whose residents the agency serves. */
  countyFips: string | null;
  countyName: string | null;
  placeName: string | null;
  latitude: number | null;
  longitude: number | null;
  /** The one county ICE's COUNTY column names, when it names one; null when it is empty or no county. */
  iceCountyFips: string | null;
  /** Why: the rule's evidence, or the reason nothing matched. */
  note: string;
};

export type AgencyForPlacement = { state: string; name: string; type: string; county: string | null };

const COUNTY_IN_NAME = /^(?:the\s+)?(.+?)\s+(county|parish)\b/i;
// Alaska's boroughs are counties; Pennsylvania's and New Jersey's are towns.
const BOROUGH_IN_NAME = /^(?:the\s+)?(.+?)\s+(borough)\b/i;
const SHERIFF_IN_NAME = /^(?:the\s+)?(city of\s+)?(.+?)\s+(?:city\s+)?sheriff/i;
const STATE_WIDE = /\b(state police|highway patrol|state patrol|state highway patrol|national guard|department of corrections?|attorney general|bureau of investigation|state guard)\b/i;
const SERVICE_WORDS = /\s+(?:-\s+)?(police|department of public safety|public safety|marshal'?s?|city marshal|division of|department of police|law enforcement|municipal|department)\b.*$/i;
const PLACE_PREFIX = /^(?:the\s+)?(?:city|town|village|borough|township|municipality) of\s+/i;
const PLACE_SUFFIX = /\s+(city|town|village|borough|township|twp\.?)$/i;

function county(c: County, iceCountyFips: string | null) {
  return { countyFips: c.fips, countyName: c.label, placeName: null, latitude: c.lat, longitude: c.lng, iceCountyFips };
}

function place(p: Place, iceCountyFips: string | null) {
  const c = gazetteer.counties.get(p.countyFips);
  return { countyFips: p.countyFips, countyName: c?.label ?? null, placeName: p.name, latitude: p.lat, longitude: p.lng, iceCountyFips };
}

/** Candidate place names in an agency's name: "City of Dallas Police Department" → Dallas. */
export function placeNamesIn(name: string): string[] {
  const core = name.replace(PLACE_PREFIX, "").replace(SERVICE_WORDS, "").replace(/[,\s]+$/, "").trim();
  const names = [core];
  const bare = core.replace(PLACE_SUFFIX, "").trim();
  if (bare && bare !== core) names.push(bare);
  return names.filter((n) => n.length > 1);
}

export function manualPlacement(m: ManualPlacement, iceCountyFips: string | null): Placement | null {
  const base = { method: "MANUAL" as const, confidence: "HIGH" as const, note: m.note, iceCountyFips };
  if (m.level === "STATE") return { ...base, level: "STATE", countyFips: null, countyName: null, placeName: null, latitude: null, longitude: null };
  // A manual entry that does not resolve (a test checks they all do) leaves the agency to the rules.
  const c = gazetteer.counties.get(m.county);
  if (!c) return null;
  if (m.level === "PLACE") {
    const p = gazetteer.placesNamed(m.state, foldName(m.place, "place")).find((x) => x.countyFips === m.county);
    return p ? { ...base, level: "PLACE", ...place(p, iceCountyFips) } : null;
  }
  return { ...base, level: "COUNTY", ...county(c, iceCountyFips) };
}

const MANUAL = new Map(MANUAL_PLACEMENTS.map((m) => [`${m.state}|${foldName(m.name, "agency")}`, m]));

/**
 * Where an agency's authority applies. Rules, in order: the reviewed manual table; a county named in the
 * agency's name (sheriffs, county jails, parishes, boroughs); a state agency; a place named in its name; the
 * county ICE's COUNTY column names; otherwise unplaced, with the reason. ICE's COUNTY column settles
 * ambiguous names (two towns of one name in a state, Baltimore city and county).
 */
export function placeAgency(a: AgencyForPlacement): Placement {
  const ice = a.county ? matchCounty(a.state, a.county) : null;
  const iceCounty = ice && (ice.status === "exact" || ice.status === "repaired") ? ice.county : null;
  const iceFips = iceCounty?.fips ?? null;
  const iceSays = a.county ? `ICE's COUNTY column says "${a.county}"` : "ICE gave no county";

  const manual = MANUAL.get(`${a.state}|${foldName(a.name, "agency")}`);
  const byHand = manual && manualPlacement(manual, iceFips);
  if (byHand) return byHand;

  // Territories with one county-equivalent (Guam) place every local agency on it.
  const countiesOfState = gazetteer.countiesOf(a.state);

  // 1. A county in the name.
  const inName = a.name.match(COUNTY_IN_NAME) ?? (a.state === "AK" ? a.name.match(BOROUGH_IN_NAME) : null);
  const sheriff = !inName && a.name.match(SHERIFF_IN_NAME);
  const countyText = inName ? `${inName[1]} ${inName[2]}` : sheriff ? `${sheriff[1] ?? ""}${sheriff[2]}` : null;
  if (countyText && !STATE_WIDE.test(countyText)) {
    const m = matchCounty(a.state, countyText);
    // A misspelt county in the name counts only when ICE's column does not point elsewhere ("Milton" is not "Fulton").
    let c: County | null = m.status === "exact" || (m.status === "repaired" && (!iceFips || iceFips === m.county.fips)) ? m.county : null;
    let settled = "";
    if (m.status === "ambiguous") {
      c = m.candidates.find((x) => x.fips === iceFips) ?? null;
      settled = c ? `; "${countyText}" is ambiguous in ${stateName(a.state)}, settled by ICE's COUNTY column` : "";
    }
    if (c) {
      const agrees = !iceFips || iceFips === c.fips;
      return {
        level: "COUNTY",
        method: "COUNTY_NAME",
        confidence: agrees && m.status !== "repaired" ? "HIGH" : "MEDIUM",
        ...county(c, iceFips),
        note: `${c.label} named in the agency's name${settled}${agrees ? "" : `; ${iceSays}`}`,
      };
    }
  }

  // 2. State agencies serve the whole state, whatever headquarters county ICE wrote.
  // (Not "starts with the state's name": Virginia Beach, Kansas City and Indianapolis police are municipal.)
  if (a.type === "STATE_AGENCY" || STATE_WIDE.test(a.name)) {
    return {
      level: "STATE",
      method: "STATE_AGENCY",
      confidence: a.type === "STATE_AGENCY" ? "HIGH" : "MEDIUM",
      countyFips: null,
      countyName: null,
      placeName: null,
      latitude: null,
      longitude: null,
      iceCountyFips: iceFips,
      note: a.type === "STATE_AGENCY" ? "ICE lists it as a state agency" : "a state-wide agency by its name",
    };
  }

  // 3. A place in the name.
  const names = placeNamesIn(a.name);
  let elsewhere: Place[] = [];
  for (const n of names) {
    const found = gazetteer.placesNamed(a.state, foldName(n, "place"));
    if (!found.length) continue;
    // Without a county from ICE, a name shared by several places in the state settles nothing.
    const inIce = iceFips ? found.filter((p) => p.countyFips === iceFips) : found.length === 1 ? found : [];
    if (inIce.length === 1) {
      return {
        level: "PLACE",
        method: "PLACE_NAME",
        confidence: iceFips ? "HIGH" : "MEDIUM",
        ...place(inIce[0], iceFips),
        note: iceFips
          ? `${inIce[0].name} in ${iceCounty!.label}${found.length > 1 ? `, one of ${found.length} places of that name in ${stateName(a.state)}` : ""}`
          : `${inIce[0].name}, the only place of that name in ${stateName(a.state)}; ICE gave no county`,
      };
    }
    if (inIce.length > 1) {
      // The same name twice in one county (GeoNames lists a town and a village): either point serves.
      return {
        level: "PLACE",
        method: "PLACE_NAME",
        confidence: "LOW",
        ...place(inIce[0], iceFips),
        note: `${inIce.length} places named ${inIce[0].name} in ${iceCounty!.label}; the first is used`,
      };
    }
    elsewhere = found;
  }

  // 4. The county ICE's COUNTY column names.
  if (iceCounty) {
    const why = elsewhere.length
      ? `the places named ${elsewhere[0].name} in the gazetteer lie in other counties`
      : `no place named "${names[0] ?? a.name}" in the gazetteer`;
    return {
      level: "COUNTY",
      method: "ICE_COUNTY",
      confidence: ice!.status === "repaired" ? "LOW" : "MEDIUM",
      ...county(iceCounty, iceFips),
      note: `${why}; placed on ${iceCounty.label}, from ICE's COUNTY column`,
    };
  }
  if (countiesOfState.length === 1) {
    const only = countiesOfState[0];
    return { level: "COUNTY", method: "ICE_COUNTY", confidence: "MEDIUM", ...county(only, iceFips), note: `${only.label} is the only county-equivalent` };
  }

  const reason =
    ice?.status === "ambiguous"
      ? `${iceSays}, which names ${ice.candidates.map((c) => c.label).join(" and ")}`
      : a.county && ice?.status === "none"
        ? `${iceSays}, which is no county of ${stateName(a.state)}, and no place in the name matched`
        : elsewhere.length > 1
          ? `${elsewhere.length} places named ${elsewhere[0].name} in ${stateName(a.state)}, and ICE gave no county`
          : `no county or place in the name matched, and ICE gave no county`;
  return { level: "UNPLACED", method: "NONE", confidence: "LOW", countyFips: null, countyName: null, placeName: null, latitude: null, longitude: null, iceCountyFips: iceFips, note: reason };
}
