import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { prisma } from "../db/client";
import { stateName } from "../domain/states";
import { compareHits, searchEntry, SearchIndex, type PlaceEntry, type SearchHit } from "../geo/search";
import { cachedRead } from "./cache";

// Search: counties, Census places and ZIP codes from the place index written at build time (public/geo, the same on
// every server: they change only with a release), agencies from the database (they change with every import, so they
// are read again whenever the data's version changes, like every other read).

let places: Promise<SearchIndex> | null = null;

/** The place index, read once per process. */
function placeIndex(): Promise<SearchIndex> {
  places ??= readFile(path.join(process.cwd(), "public", "geo", "places-index.json"), "utf8").then(
    (text) => new SearchIndex(JSON.parse(text) as PlaceEntry[]),
    (e) => {
      places = null;
      throw e;
    },
  );
  return places;
}

/** Every agency as a search entry; its population is that of the area its agreements count for. */
const agencyIndex = cachedRead("searchAgencies", async (): Promise<SearchIndex> => {
  const rows = await prisma().$queryRaw<{ slug: string; name: string; state: string; population: number | null }[]>`
    SELECT g.slug, g.name, g.state, a.population
    FROM agency g LEFT JOIN agency_placement p ON p.agency_id = g.id LEFT JOIN population a ON a.geoid = p.area_geoid`;
  return new SearchIndex(rows.map((r) => searchEntry({ kind: "agency", id: r.slug, label: r.name, detail: stateName(r.state), state: r.state, population: r.population ?? 0 }, r.name, r.name)));
});

/** Every county, place, ZIP code and agency the query matches, best first. */
export async function searchEverything(q: string): Promise<SearchHit[]> {
  const [p, a] = await Promise.all([placeIndex(), agencyIndex()]);
  return [...p.search(q), ...a.search(q)].sort(compareHits);
}
