import "server-only";
import { prisma } from "../db/client";
import { MODEL_SLUG, MODELS, type ModelCode } from "../domain/models";
import { shareOf } from "../domain/shares";
import { stateName } from "../domain/states";
import type { StateAgencySort, StateSort, StateSortKey } from "../domain/sorts";
import type { AgencyTypeCode } from "../domain/agency-types";
import { cachedRead } from "./cache";
import { coverageOf, getCoverageByState, type StateCoverage } from "./coverage";
import { getAgreementsByState, type StateCounts } from "./geo";
import { containsPattern, modelIn, pageClause, pageTotal, Prisma, where, type Paging } from "./sql";

// The reads of the national table of states and of one state's view.

export type Coverage = Omit<StateCoverage, "state" | "population">;
export type StateRow = StateCounts & {
  pendingApplications: number;
  pendingAgencies: number;
  /** Census population; null where none is published (the island areas). */
  population: number | null;
  /** Residents under a Task Force agreement (whatever the model filter). */
  taskForce: Coverage;
  /** Residents under any of the chosen models (every model when none is chosen). */
  chosen: Coverage;
};

/** Pending applications per state on one pending list. */
const pendingByState = cachedRead("pendingByState", async (pendingSnapshotId: number | null) => {
  if (pendingSnapshotId === null) return [];
  return prisma().$queryRaw<{ state: string; applications: number; agencies: number }[]>`
    SELECT state, count(*)::int AS applications, count(DISTINCT agency_id)::int AS agencies
    FROM observation WHERE snapshot_id = ${pendingSnapshotId} GROUP BY state`;
});


/**
 * Every state with an agreement under the chosen models on the participating list, or an application on the
 * pending list, with both counts. States with neither are left out.
 */
export const listStates = cachedRead("listStates", async (snapshotId: number, pendingSnapshotId: number | null, models: ModelCode[]): Promise<StateRow[]> => {
  const [counts, pending, taskForce, chosen] = await Promise.all([
    getAgreementsByState(snapshotId, models),
    pendingByState(pendingSnapshotId),
    getCoverageByState(snapshotId, ["TASK_FORCE"]),
    getCoverageByState(snapshotId, models),
  ]);
  const coverage = (list: StateCoverage[], state: string): Coverage => {
    const { countyResidents, placeResidents, localResidents, statewide } = coverageOf(list, state);
    return { countyResidents, placeResidents, localResidents, statewide };
  };
  const row = (c: StateCounts): StateRow => ({
    ...c,
    pendingApplications: 0,
    pendingAgencies: 0,
    population: taskForce.find((x) => x.state === c.state)?.population ?? null,
    taskForce: coverage(taskForce, c.state),
    chosen: coverage(chosen, c.state),
  });
  const rows = new Map<string, StateRow>(counts.map((c) => [c.state, row(c)]));
  for (const p of pending) {
    const r = rows.get(p.state) ?? row({ state: p.state, agreements: 0, agencies: 0, byModel: Object.fromEntries(MODELS.map((m) => [m, 0])) as StateRow["byModel"] });
    rows.set(p.state, { ...r, pendingApplications: p.applications, pendingAgencies: p.agencies });
  }
  return [...rows.values()];
});

const MODEL_OF_SLUG = Object.fromEntries(MODELS.map((m) => [MODEL_SLUG[m], m])) as Record<string, ModelCode>;

/** What a row is sorted by: the state's name, a count, or a share of residents; no estimate sorts below every share. */
function sortValue(r: StateRow, key: StateSortKey): number | string {
  if (key === "state") return stateName(r.state);
  if (key === "agreements") return r.agreements;
  if (key === "agencies") return r.agencies;
  if (key === "pending") return r.pendingApplications;
  if (key === "population") return r.population ?? -1;
  if (key === "residents-task-force") return shareOf(r.taskForce.localResidents, r.population) ?? -1;
  if (key === "residents") return shareOf(r.chosen.localResidents, r.population) ?? -1;
  return r.byModel[MODEL_OF_SLUG[key]];
}

/** The rows in the order of the national table's sort (the URL's `sort`; a leading - reverses); ties by state name. */
export function sortStates(rows: StateRow[], sort: StateSort): StateRow[] {
  const key = sort.replace(/^-/, "") as StateSortKey;
  const dir = sort.startsWith("-") ? -1 : 1;
  return [...rows].sort((a, b) => {
    const [x, y] = [sortValue(a, key), sortValue(b, key)];
    const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return c * dir || stateName(a.state).localeCompare(stateName(b.state));
  });
}

export type StateAgreement = { model: ModelCode; signedOn: string | null; moaUrl: string | null; addendumUrl: string | null };
export type StateAgencyRow = {
  slug: string;
  name: string;
  type: AgencyTypeCode;
  /** The county the agency is placed in, else the county ICE wrote. */
  county: string | null;
  place: string | null;
  /** The county the agency is placed on (its page's FIPS code), and its town's Census GEOID when it counts for one. */
  countyFips: string | null;
  placeGeoid: string | null;
  agreements: StateAgreement[];
};

export type StateAgencyFilters = { model: ModelCode[]; type: AgencyTypeCode | null; q: string; sort: StateAgencySort };

const ORDER: Record<StateAgencySort, Prisma.Sql> = {
  agency: Prisma.sql`name, slug`,
  "-agency": Prisma.sql`name DESC, slug`,
  county: Prisma.sql`county NULLS LAST, name`,
  "-county": Prisma.sql`county DESC NULLS LAST, name`,
  type: Prisma.sql`type, name`,
  "-type": Prisma.sql`type DESC, name`,
  signed: Prisma.sql`first_signed ASC NULLS LAST, name`,
  "-signed": Prisma.sql`first_signed DESC NULLS LAST, name`,
};

/**
 * One state's agencies on one participating list, one row per agency with its agreements under the chosen models,
 * matching the type and the search text (agency, county or town), sorted and paged.
 */
export const listStateAgencies = cachedRead(
  "listStateAgencies",
  async (snapshotId: number, state: string, f: StateAgencyFilters, paging: Paging): Promise<{ rows: StateAgencyRow[]; total: number }> => {
    const conds = where([
      Prisma.sql`o.snapshot_id = ${snapshotId}`,
      Prisma.sql`o.state = ${state}`,
      Prisma.sql`o.agreement_id IS NOT NULL`,
      modelIn(Prisma.sql`o.model`, f.model),
      f.type && Prisma.sql`COALESCE(o.agency_type, g.type) = ${f.type}::"AgencyType"`,
      f.q &&
        Prisma.sql`(g.name ILIKE ${containsPattern(f.q)} OR o.agency_name ILIKE ${containsPattern(f.q)} OR o.county ILIKE ${containsPattern(f.q)}
          OR p.county_name ILIKE ${containsPattern(f.q)} OR p.place_name ILIKE ${containsPattern(f.q)})`,
    ]);
    const rows = await prisma().$queryRaw<
      { slug: string; name: string; type: AgencyTypeCode; county: string | null; place: string | null; county_fips: string | null; place_geoid: string | null; models: ModelCode[]; signed: (string | null)[]; moa: (string | null)[]; addendum: (string | null)[]; total: number }[]
    >`
      WITH one AS (
        -- A list can carry one agreement twice (names with straight and curly apostrophes): one row per agreement.
        SELECT DISTINCT ON (o.agreement_id) o.agency_id, o.model, o.signed_on, o.moa_url, o.addendum_url,
          COALESCE(o.agency_type, g.type) AS type, COALESCE(p.county_name, o.county) AS county, p.place_name AS place,
          p.county_fips, CASE WHEN length(p.area_geoid) = 7 THEN p.area_geoid END AS place_geoid
        FROM observation o JOIN agency g ON g.id = o.agency_id LEFT JOIN agency_placement p ON p.agency_id = g.id
        WHERE ${conds}
        ORDER BY o.agreement_id, o.row_number),
      agencies AS (
        SELECT g.slug, g.name, min(one.type::text) AS type, min(one.county) AS county, min(one.place) AS place,
          min(one.county_fips) AS county_fips, min(one.place_geoid) AS place_geoid,
          array_agg(one.model::text ORDER BY one.model) AS models,
          array_agg(to_char(one.signed_on, 'YYYY-MM-DD') ORDER BY one.model) AS signed,
          array_agg(one.moa_url ORDER BY one.model) AS moa, array_agg(one.addendum_url ORDER BY one.model) AS addendum,
          min(one.signed_on) AS first_signed
        FROM one JOIN agency g ON g.id = one.agency_id
        GROUP BY g.id)
      SELECT *, count(*) OVER ()::int AS total FROM agencies
      ORDER BY ${ORDER[f.sort]}
      ${pageClause(paging)}`;
    const total = await pageTotal(rows, paging, async () => {
      const [c] = await prisma().$queryRaw<{ n: number }[]>`
        SELECT count(DISTINCT o.agency_id)::int AS n
        FROM observation o JOIN agency g ON g.id = o.agency_id LEFT JOIN agency_placement p ON p.agency_id = g.id WHERE ${conds}`;
      return c.n;
    });
    return {
      total,
      rows: rows.map((r) => ({
        slug: r.slug,
        name: r.name,
        type: r.type,
        county: r.county,
        place: r.place,
        countyFips: r.county_fips,
        placeGeoid: r.place_geoid,
        agreements: r.models.map((model, i) => ({ model, signedOn: r.signed[i], moaUrl: r.moa[i], addendumUrl: r.addendum[i] })),
      })),
    };
  },
);

export type PendingOfState = { slug: string; name: string; models: ModelCode[] };

/** A state's applications on one pending list, one row per agency. */
export const listPendingOfState = cachedRead("listPendingOfState", async (pendingSnapshotId: number, state: string): Promise<PendingOfState[]> => {
  const rows = await prisma().$queryRaw<{ slug: string; name: string; models: (ModelCode | null)[] }[]>`
    SELECT g.slug, g.name, array_agg(DISTINCT o.model::text) AS models
    FROM observation o JOIN agency g ON g.id = o.agency_id
    WHERE o.snapshot_id = ${pendingSnapshotId} AND o.state = ${state}
    GROUP BY g.id ORDER BY g.name`;
  return rows.map((r) => ({ slug: r.slug, name: r.name, models: MODELS.filter((m) => r.models.includes(m)) }));
});
