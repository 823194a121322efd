import "server-only";
import { prisma } from "../db/client";
import { isoDay } from "../domain/days";
import { MODELS, type ModelCode } from "../domain/models";
import { cachedRead } from "./cache";
import { modelSet } from "./tallies";

// How many people live under 287(g) agreements, from the Census populations the seed loads (population table)
// and the area each agency is counted for (agency_placement.area_geoid, see lib/geo/census.ts):
// - local coverage: residents of counties whose county agency has an agreement, plus residents of towns whose police
//   have one, when the town's county is not already counted (nobody is counted twice);
// - statewide: a state agency's agreement, which covers its whole state; kept apart from the local figure.
// Every read takes a set of models (empty means all): "under any of these models".

/** The populations' credit, as the downloads, the API and the about page cite it. */
/** One list of the state's trend: residents under Task Force and under the other models (null when those are Task Force too). */
export type SharePoint = {
  publishedOn: string;
  population: number;
  taskForce: { residents: number; statewide: boolean };
  other: { residents: number; statewide: boolean } | null;
};

export const POPULATION_CREDIT =
  "U.S. Census Bureau, Population Division, Vintage 2024 Population Estimates; American Community Survey 2019–2023 5-year estimates (table B01003)";

export type StateCoverage = {
  state: string;
  /** Residents of the state (Census estimate); null where the Census Bureau publishes none (the island areas). */
  population: number | null;
  /** Residents of counties whose county agency holds an agreement. */
  countyResidents: number;
  /** Residents of towns whose police hold an agreement, in counties not counted above. */
  placeResidents: number;
  /** countyResidents + placeResidents. */
  localResidents: number;
  /** State agencies whose agreement covers the whole state, by name. */
  statewide: string[];
};

/** A state's entry in `states`, or zeros (and no population) when it has none. */
export function coverageOf(states: StateCoverage[], state: string): StateCoverage {
  return states.find((s) => s.state === state) ?? { state, population: null, countyResidents: 0, placeResidents: 0, localResidents: 0, statewide: [] };
}

type Row = { snapshot_id: number; state: string; county_residents: number; place_residents: number; statewide: string[] | null };

const chosen = (models: ModelCode[]) => (models.length ? models : [...MODELS]);

/**
 * Local and statewide coverage per list and state, for the given lists (and one state, or all): the figures stored at
 * import (table list_coverage, the SQL function refresh_list_coverage: the definition of what is counted), with the
 * state agencies' current names.
 */
async function coverageRows(snapshotIds: number[], state: string | null, models: ModelCode[]): Promise<Row[]> {
  return prisma().$queryRaw<Row[]>`
    SELECT c.snapshot_id, c.state, c.county_residents, c.place_residents,
      (SELECT array_agg(DISTINCT a.name COLLATE "C" ORDER BY a.name COLLATE "C") FROM agency a WHERE a.id = ANY(c.statewide_agencies)) AS statewide
    FROM list_coverage c
    WHERE c.snapshot_id = ANY(${snapshotIds}::int[]) AND c.models = ${modelSet(chosen(models))}::smallint
      AND (${state}::text IS NULL OR c.state = ${state})`;
}

/** Census population of every state (and DC and Puerto Rico), by USPS code. */
export const getStatePopulations = cachedRead("getStatePopulations", async (): Promise<Record<string, number>> => {
  const rows = await prisma().$queryRaw<{ state: string; population: number }[]>`
    SELECT state, population FROM population WHERE level = 'STATE'`;
  return Object.fromEntries(rows.map((r) => [r.state, r.population]));
});

function toCoverage(state: string, r: Row | undefined, populations: Record<string, number>): StateCoverage {
  const countyResidents = r?.county_residents ?? 0;
  const placeResidents = r?.place_residents ?? 0;
  return { state, population: populations[state] ?? null, countyResidents, placeResidents, localResidents: countyResidents + placeResidents, statewide: r?.statewide ?? [] };
}

/**
 * Coverage of every state with a population or an agreement, on one list, under `models`. States without an
 * agreement under them have zeros.
 */
export const getCoverageByState = cachedRead("getCoverageByState", async (snapshotId: number, models: ModelCode[] = []): Promise<StateCoverage[]> => {
  const [rows, populations] = await Promise.all([coverageRows([snapshotId], null, models), getStatePopulations()]);
  const byState = new Map(rows.map((r) => [r.state, r]));
  const states = new Set([...Object.keys(populations), ...byState.keys()]);
  return [...states].sort().map((s) => toCoverage(s, byState.get(s), populations));
});

export type NationCoverage = {
  /** Residents of the states, DC and Puerto Rico. */
  population: number;
  localResidents: number;
  /** Residents of states where a state agency holds an agreement. */
  statewideResidents: number;
  /** States (with DC and Puerto Rico) where a state agency holds an agreement: those with a Census estimate. */
  statewideStates: string[];
  /** Every state or territory where a state agency holds an agreement, the island areas without an estimate too. */
  statewideAreas: string[];
};

/** The nation: the states' sums. */
export function nationCoverage(states: StateCoverage[]): NationCoverage {
  const known = states.filter((s) => s.population !== null);
  const statewide = known.filter((s) => s.statewide.length > 0);
  return {
    population: known.reduce((n, s) => n + s.population!, 0),
    localResidents: known.reduce((n, s) => n + s.localResidents, 0),
    statewideResidents: statewide.reduce((n, s) => n + s.population!, 0),
    statewideStates: statewide.map((s) => s.state),
    statewideAreas: states.filter((s) => s.statewide.length > 0).map((s) => s.state),
  };
}

export type CoveragePoint = { publishedOn: string; population: number | null; localResidents: number; statewide: boolean };

/**
 * Coverage on every participating list since the first, for one state or (state null) the nation: the share of
 * residents over time. The archived web pages' lists count as lists, as in the other trends.
 */
export const getCoverageTrend = cachedRead("getCoverageTrend", async (state: string | null, models: ModelCode[] = []): Promise<CoveragePoint[]> => {
  const lists = await prisma().$queryRaw<{ id: number; published_on: Date }[]>`
    SELECT id, published_on FROM snapshot WHERE kind = 'PARTICIPATING' ORDER BY published_on, same_day_order, id`;
  const [rows, populations] = await Promise.all([coverageRows(lists.map((l) => l.id), state, models), getStatePopulations()]);
  return lists.map((l) => {
    const mine = rows.filter((r) => r.snapshot_id === l.id);
    if (state) {
      const c = toCoverage(state, mine[0], populations);
      return { publishedOn: isoDay(l.published_on), population: c.population, localResidents: c.localResidents, statewide: c.statewide.length > 0 };
    }
    const byState = new Map(mine.map((r) => [r.state, r]));
    const n = nationCoverage(Object.keys(populations).map((s) => toCoverage(s, byState.get(s), populations)));
    return { publishedOn: isoDay(l.published_on), population: n.population, localResidents: n.localResidents, statewide: n.statewideStates.length > 0 };
  });
});

export type CountyCoverage = {
  countyFips: string;
  name: string;
  population: number;
  /** The county's own agency holds an agreement: all its residents are counted. */
  countyAgency: boolean;
  /** Residents of its towns whose police hold one (0 when the county is counted whole). */
  placeResidents: number;
  /** Residents counted in this county, at most its population. */
  residents: number;
};

/** Every county of a state with its coverage under `models` on one list. */
export const getCountyCoverage = cachedRead("getCountyCoverage", async (snapshotId: number, state: string, models: ModelCode[] = []): Promise<CountyCoverage[]> => {
  const rows = await prisma().$queryRaw<{ geoid: string; name: string; population: number; county_agency: boolean; place_residents: number }[]>`
    WITH counted AS (
      SELECT DISTINCT p.area_geoid, p.county_fips, pop.level, pop.population
      FROM observation o
      JOIN agency_placement p ON p.agency_id = o.agency_id
      JOIN population pop ON pop.geoid = p.area_geoid
      WHERE o.snapshot_id = ${snapshotId} AND o.state = ${state} AND o.model = ANY(${chosen(models)}::"Model"[])
    ),
    places AS (SELECT DISTINCT area_geoid, county_fips, population FROM counted WHERE level = 'PLACE')
    SELECT c.geoid, c.name, c.population,
      EXISTS (SELECT 1 FROM counted k WHERE k.level = 'COUNTY' AND k.area_geoid = c.geoid) AS county_agency,
      coalesce((SELECT sum(population) FROM places pl WHERE pl.county_fips = c.geoid), 0)::int AS place_residents
    FROM population c WHERE c.level = 'COUNTY' AND c.state = ${state}
    ORDER BY c.name`;
  return rows.map((r) => ({
    countyFips: r.geoid,
    name: r.name,
    population: r.population,
    countyAgency: r.county_agency,
    placeResidents: r.county_agency ? 0 : r.place_residents,
    residents: r.county_agency ? r.population : Math.min(r.population, r.place_residents),
  }));
});

export type CountedArea = {
  /** The county the area is in: the county itself, or the town's county. */
  countyFips: string;
  level: "COUNTY" | "PLACE";
  geoid: string;
  /** The Census name: "Cass County", "Dickinson city". */
  name: string;
  population: number;
  /** The agencies whose agreements under `models` count this area's residents. */
  agencies: string[];
};

/**
 * The counties and towns of a state whose residents `getCountyCoverage` counts, with the agencies that make them
 * count: what the map's labels and the county table say a share comes from. A town here is counted only when its
 * county is not (see getCountyCoverage).
 */
export const getCountedAreas = cachedRead("getCountedAreas", async (snapshotId: number, state: string, models: ModelCode[] = []): Promise<CountedArea[]> => {
  const rows = await prisma().$queryRaw<{ county_fips: string; level: "COUNTY" | "PLACE"; geoid: string; name: string; population: number; agencies: string[] }[]>`
    SELECT CASE WHEN pop.level = 'COUNTY' THEN p.area_geoid ELSE p.county_fips END AS county_fips, pop.level::text AS level,
      p.area_geoid AS geoid, pop.name, pop.population, array_agg(DISTINCT a.name ORDER BY a.name) AS agencies
    FROM observation o
    JOIN agency a ON a.id = o.agency_id
    JOIN agency_placement p ON p.agency_id = o.agency_id
    JOIN population pop ON pop.geoid = p.area_geoid
    WHERE o.snapshot_id = ${snapshotId} AND o.state = ${state} AND o.model = ANY(${chosen(models)}::"Model"[])
      AND pop.level IN ('COUNTY', 'PLACE')
    GROUP BY 1, pop.level, p.area_geoid, pop.name, pop.population
    ORDER BY pop.name`;
  return rows
    .filter((r) => r.county_fips)
    .map((r) => ({ countyFips: r.county_fips, level: r.level, geoid: r.geoid, name: r.name, population: r.population, agencies: r.agencies }));
});

export type UncountedAgencies = {
  /** The newest participating list. */
  snapshotId: number;
  /** Agencies on it. */
  agencies: number;
  /** Agencies whose agreements count for no Census area (townships, New England towns, constables' precincts,
   * campus, airport and task-force agencies, agencies not placed, towns of an ambiguous name). */
  noArea: number;
  /** Agencies counted for an area without a Census estimate (the island areas). */
  noEstimate: number;
};

/** How many agencies on the newest participating list count for nobody's residents, and why in two kinds. */
export const getUncountedAgencies = cachedRead("getUncountedAgencies", async (): Promise<UncountedAgencies | null> => {
  const [r] = await prisma().$queryRaw<{ snapshot_id: number | null; agencies: number; no_area: number; no_estimate: number }[]>`
    WITH newest AS (
      SELECT id FROM snapshot WHERE kind = 'PARTICIPATING' ORDER BY published_on DESC, same_day_order DESC, id DESC LIMIT 1
    ),
    listed AS (
      SELECT DISTINCT o.agency_id, p.area_geoid, pop.geoid AS estimated
      FROM observation o JOIN newest n ON n.id = o.snapshot_id
      LEFT JOIN agency_placement p ON p.agency_id = o.agency_id
      LEFT JOIN population pop ON pop.geoid = p.area_geoid
    )
    SELECT (SELECT id FROM newest) AS snapshot_id, count(*)::int AS agencies,
      count(*) FILTER (WHERE area_geoid IS NULL)::int AS no_area,
      count(*) FILTER (WHERE area_geoid IS NOT NULL AND estimated IS NULL)::int AS no_estimate
    FROM listed`;
  if (!r || r.snapshot_id === null) return null;
  return { snapshotId: r.snapshot_id, agencies: r.agencies, noArea: r.no_area, noEstimate: r.no_estimate };
});

export type CensusArea = { geoid: string; level: "STATE" | "COUNTY" | "PLACE"; name: string; population: number; source: string };

/** One Census area with its population (population.geoid), or null when the Census Bureau publishes none. */
export const getCensusArea = cachedRead("getCensusArea", async (geoid: string): Promise<CensusArea | null> => {
  const area = await prisma().population.findUnique({ where: { geoid } });
  return area && { geoid: area.geoid, level: area.level, name: area.name, population: area.population, source: area.source };
});
