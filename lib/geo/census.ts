import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { STATE_FIPS, STATE_OF_FIPS } from "../domain/states";
import { foldName, placeKeys } from "../domain/names";
import { placeNamesIn, type Placement } from "./place";

// Census Bureau populations, shipped under prisma/seed/census: states and counties (Vintage 2024 estimates, Puerto
// Rico's municipios included) and places (ACS 2019–2023 5-year). The seed loads them into the population table;
// the placement step reads the places here to name the town a police department serves.

export const CENSUS_DIR = path.join(import.meta.dirname, "../../prisma/seed/census");
export const CENSUS_FILES = {
  states: "state_population.csv",
  counties: "county_population.csv",
  places: "place_population_acs5_2023.csv",
} as const;

export type AreaLevel = "STATE" | "COUNTY" | "PLACE";
export type PopulationRow = { geoid: string; level: AreaLevel; state: string; name: string; population: number; source: string };

type Csv = Record<string, string>;
const read = (file: string, dir: string) => parse(readFileSync(path.join(dir, file)), { columns: true, skip_empty_lines: true }) as Csv[];

function count(r: Csv, file: string): number {
  const n = Number(r.population);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${file}: population "${r.population}" is not a whole number`);
  return n;
}

function stateOf(fips: string, file: string): string {
  const s = STATE_OF_FIPS[fips];
  if (!s) throw new Error(`${file}: state FIPS "${fips}" is not a known state`);
  return s;
}

/** Every row of the three files, checked: known states, whole numbers, geoids of the right length, no repeats. */
export function readPopulations(dir = CENSUS_DIR): PopulationRow[] {
  const rows: PopulationRow[] = [];
  for (const r of read(CENSUS_FILES.states, dir)) {
    rows.push({ geoid: r.state_fips, level: "STATE", state: stateOf(r.state_fips, CENSUS_FILES.states), name: r.state_name, population: count(r, CENSUS_FILES.states), source: `${r.source} (July 1, ${r.year})` });
  }
  for (const r of read(CENSUS_FILES.counties, dir)) {
    if (!/^\d{5}$/.test(r.county_fips)) throw new Error(`${CENSUS_FILES.counties}: county FIPS "${r.county_fips}" is not 5 digits`);
    rows.push({ geoid: r.county_fips, level: "COUNTY", state: stateOf(r.county_fips.slice(0, 2), CENSUS_FILES.counties), name: r.county_name, population: count(r, CENSUS_FILES.counties), source: `${r.source} (July 1, ${r.year})` });
  }
  for (const r of read(CENSUS_FILES.places, dir)) {
    if (!/^\d{7}$/.test(r.place_geoid)) throw new Error(`${CENSUS_FILES.places}: place geoid "${r.place_geoid}" is not 7 digits`);
    rows.push({ geoid: r.place_geoid, level: "PLACE", state: stateOf(r.state_fips, CENSUS_FILES.places), name: r.place_name, population: count(r, CENSUS_FILES.places), source: `${r.source} (${r.year})` });
  }
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.geoid)) throw new Error(`census files: geoid ${r.geoid} appears twice`);
    seen.add(r.geoid);
  }
  return rows;
}

// ── Which Census place a town's police department serves ─────────────────────────────────────────────────

export type CensusPlace = { geoid: string; state: string; name: string; population: number };

let places: Map<string, CensusPlace[]> | null = null;

/** Incorporated places only: a CDP has no government, so no police department of its own. */
function loadPlaces(): Map<string, CensusPlace[]> {
  if (places) return places;
  places = new Map();
  for (const r of read(CENSUS_FILES.places, CENSUS_DIR)) {
    if (r.kind !== "incorporated") continue;
    const p: CensusPlace = { geoid: r.place_geoid, state: STATE_OF_FIPS[r.state_fips], name: r.place_name, population: Number(r.population) };
    for (const k of placeKeys(r.place_name)) {
      const key = `${p.state}|${k}`;
      places.set(key, [...(places.get(key) ?? []), p]);
    }
  }
  return places;
}

export function censusPlacesNamed(state: string, folded: string): CensusPlace[] {
  return loadPlaces().get(`${state}|${folded}`) ?? [];
}

// Agencies of a campus, an airport, a port, a precinct or a task force: their name may hold a town's name, but
// they are not that town's police.
const SPECIAL_PURPOSE = /\b(college|university|school|campus|airport|authority|hospital|transit|housing|constables?|precinct|task force|district attorney|state attorney|judicial)\b/i;

// A sheriff or a county police force serves its county, whatever type ICE wrote ("Washington County Sheriff's Office"
// is typed a municipality on some lists); a county's "regional" police or constables do not.
const COUNTY_FORCE = /\bsheriff|\bcounty police\b/i;

export type AgencyArea = { areaGeoid: string | null; areaNote: string };
export type AgencyForArea = { state: string; name: string; type: string };

/**
 * The Census area whose residents an agency's agreements are counted for:
 * - a state-wide agency: its state;
 * - a county agency (ICE's type county, a sheriff or county police named for its county, or a state agency placed
 *   on one county): its county;
 * - any other agency on a town or county: the incorporated place its placement or its name names, when exactly
 *   one place of the state has that name (a township, a constable's precinct or a campus is no Census place, and
 *   special-purpose agencies are not counted);
 * - otherwise none, and it is not counted.
 */
export function agencyArea(a: AgencyForArea, p: Placement): AgencyArea {
  if (p.level === "STATE") {
    const fips = STATE_FIPS[a.state];
    return { areaGeoid: fips ?? null, areaNote: "a state agency: its state's residents" };
  }
  if (p.level === "UNPLACED") return { areaGeoid: null, areaNote: "not counted: the agency is not placed" };
  if (p.level === "COUNTY" && p.countyFips && (a.type === "COUNTY" || a.type === "STATE_AGENCY" || (p.method === "COUNTY_NAME" && COUNTY_FORCE.test(a.name)))) {
    return { areaGeoid: p.countyFips, areaNote: `a county agency: the residents of ${p.countyName ?? p.countyFips}` };
  }
  const special = a.name.match(SPECIAL_PURPOSE);
  if (special) {
    // "an airport agency", "a university agency", "a constable agency" (for "Constables Office" too).
    const kind = special[1].toLowerCase().replace(/^constables$/, "constable");
    return { areaGeoid: null, areaNote: `not counted: ${/^[aeio]/.test(kind) ? "an" : "a"} ${kind} agency serves no town's residents as a whole` };
  }
  const names = [...(p.placeName ? [p.placeName] : []), ...placeNamesIn(a.name)];
  for (const n of names) {
    const found = censusPlacesNamed(a.state, foldName(n, "place"));
    if (found.length === 1) return { areaGeoid: found[0].geoid, areaNote: `the residents of ${found[0].name}` };
    if (found.length > 1) return { areaGeoid: null, areaNote: `not counted: ${found.length} incorporated places named ${n} in the state` };
  }
  return { areaGeoid: null, areaNote: `not counted: no incorporated place named ${names[0] ?? a.name} in the Census Bureau's list (a township, precinct or campus has none)` };
}
