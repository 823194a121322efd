import "server-only";
import { prisma } from "../db/client";
import { isoDay } from "../domain/days";
import { MODELS, type ModelCode } from "../domain/models";
import type { Placement } from "../geo/place";
import { geoReport } from "../geo/report";
import { cachedRead } from "./cache";
import { foldTally, modelBit, modelSet } from "./tallies";

// What the maps read: agreements by state and by county on one participating list, and the agencies of a
// state with where they are placed. Every read is one query, kept while the data is unchanged (cache.ts).

export type ModelTally = Record<ModelCode, number>;
export type AreaCounts = { agreements: number; agencies: number; byModel: ModelTally };
export type StateCounts = AreaCounts & { state: string };
export type CountyCounts = AreaCounts & { countyFips: string };

type Row = { key: string; model: ModelCode | null; agreements: number; agencies: number };

const emptyCounts = (): AreaCounts => ({ agreements: 0, agencies: 0, byModel: Object.fromEntries(MODELS.map((m) => [m, 0])) as ModelTally });

function tallies(rows: Row[]): Map<string, AreaCounts> {
  const out = new Map<string, AreaCounts>();
  for (const r of rows) {
    const c = out.get(r.key) ?? emptyCounts();
    if (r.model) c.byModel[r.model] = r.agreements;
    else Object.assign(c, { agreements: r.agreements, agencies: r.agencies });
    out.set(r.key, c);
  }
  return out;
}

/**
 * Agreements per state on one list, in total and per model; agencies counted once however many models. With
 * `models`, only agreements under those models count (and agencies holding one of them).
 */
export const getAgreementsByState = cachedRead("getAgreementsByState", async (snapshotId: number, models: ModelCode[] = []): Promise<StateCounts[]> => {
  const chosen = models.length ? models : [...MODELS];
  const set = modelSet(chosen);
  // The stored counts (tallies.ts): the chosen set's, and each chosen model's own.
  const rows = await prisma().$queryRaw<{ state: string; models: number; agreements: number; agencies: number }[]>`
    SELECT state, models::int AS models, agreements, agencies FROM list_tally
    WHERE snapshot_id = ${snapshotId} AND models = ANY(${[set, ...chosen.map(modelBit)]}::smallint[])`;
  const out = new Map<string, AreaCounts>();
  for (const r of rows) {
    const c = out.get(r.state) ?? emptyCounts();
    foldTally(c, r, set, chosen);
    out.set(r.state, c);
  }
  return [...out].map(([state, c]) => ({ state, ...c })).sort((a, b) => a.state.localeCompare(b.state));
});

/**
 * Agreements per county on one list: agencies placed on a county or on a place within it. State-level and
 * unplaced agencies are in no county; `getAgenciesOfState` lists them. With `models`, only those models' agreements count.
 */
export const getAgreementsByCounty = cachedRead("getAgreementsByCounty", async (snapshotId: number, state?: string, models: ModelCode[] = []): Promise<CountyCounts[]> => {
  const chosen = models.length ? models : [...MODELS];
  const rows = await prisma().$queryRaw<Row[]>`
    SELECT p.county_fips AS key, o.model, count(DISTINCT o.agreement_id)::int AS agreements,
           count(DISTINCT o.agency_id)::int AS agencies
    FROM observation o JOIN agency_placement p ON p.agency_id = o.agency_id
    WHERE o.snapshot_id = ${snapshotId} AND p.county_fips IS NOT NULL AND (${state ?? null}::text IS NULL OR o.state = ${state ?? null})
      AND o.model::text = ANY(${chosen}::text[])
    GROUP BY GROUPING SETS ((p.county_fips, o.model), (p.county_fips))`;
  return [...tallies(rows)].map(([countyFips, c]) => ({ countyFips, ...c })).sort((a, b) => a.countyFips.localeCompare(b.countyFips));
});

export type PlacedAgency = Omit<Placement, "iceCountyFips"> & {
  id: number;
  slug: string;
  name: string;
  type: string;
  iceCounty: string | null;
  agreements: { model: ModelCode; signedOn: string | null }[];
};

/** The agencies of a state on one list, with their placement and the agreements that list shows for them. */
export const getAgenciesOfState = cachedRead("getAgenciesOfState", async (snapshotId: number, state: string): Promise<PlacedAgency[]> => {
  const rows = await prisma().$queryRaw<
    (Omit<PlacedAgency, "agreements" | "iceCounty"> & { ice_county: string | null; models: ModelCode[]; signed: (Date | null)[] })[]
  >`
    SELECT g.id, g.slug, g.name, g.type::text AS type, g.county AS ice_county, p.level::text AS level,
           p.method::text AS method, p.confidence::text AS confidence, p.county_fips AS "countyFips", p.county_name AS "countyName",
           p.place_name AS "placeName", p.latitude, p.longitude, p.note,
           array_agg(o.model::text ORDER BY o.model) AS models, array_agg(o.signed_on ORDER BY o.model) AS signed
    FROM observation o JOIN agency g ON g.id = o.agency_id JOIN agency_placement p ON p.agency_id = g.id
    WHERE o.snapshot_id = ${snapshotId} AND o.state = ${state}
    GROUP BY g.id, p.agency_id
    ORDER BY g.name`;
  return rows.map(({ ice_county, models, signed, ...r }) => ({
    ...r,
    iceCounty: ice_county,
    agreements: models.map((model, i) => ({ model, signedOn: signed[i] ? isoDay(signed[i]!) : null })),
  }));
});

/** Placement quality on the newest list, as `npm run report:geo` prints it. */
export const getPlacementQuality = () => geoReport(prisma());
