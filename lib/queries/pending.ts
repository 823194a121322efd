import "server-only";
import { prisma } from "../db/client";
import { MODELS, type ModelCode } from "../domain/models";
import type { PendingOutcome } from "../domain/pending";
import { containsPattern, pageClause, Prisma, where, type Paging } from "./sql";
import { cachedRead } from "./cache";
import type { Placed } from "./agreements";

export type PendingApplication = {
  agency: string;
  slug: string;
  state: string;
  /** Where the agency is placed (agency_placement): its county's 5-digit FIPS code, and the Census area its residents are counted for. */
  countyFips: string | null;
  censusGeoid: string | null;
  models: ModelCode[];
  firstPending: string;
  lastPending: string;
  listsOn: number;
  outcome: PendingOutcome;
  /** The first agreement that appeared on a participating list after the agency was first listed as pending. */
  signedModel: ModelCode | null;
  signedOn: string | null;
  firstListedOn: string | null;
  /** Days from the first pending list to the signing date; null when unsigned or signed before it was listed. */
  days: number | null;
  /** The county and town the agency is placed on (as on the agreements' table); county null when unplaced. */
  placed: Placed;
  /** The county ICE wrote for it. */
  iceCounty: string | null;
};

export type PendingFilters = { state: string | null; q: string; outcome: PendingOutcome | null };

/** Every agency that was ever on a pending list, and what became of its application. */
export const listPendingApplications = cachedRead("listPendingApplications", async (f: PendingFilters, paging: Paging): Promise<{ rows: PendingApplication[]; total: number }> => {
  const rows = await prisma().$queryRaw<
    {
      agency: string; slug: string; state: string; county_fips: string | null; area_geoid: string | null; models: string[] | null; first_pending: string; last_pending: string; lists_on: number;
      outcome: PendingOutcome; ice_county: string | null; placed_county: string | null; placed_town: string | null; place_geoid: string | null; signed_model: ModelCode | null; signed_on: string | null; first_listed_on: string | null; days: number | null; total: number;
    }[]
  >`
    WITH r AS (
      -- The stored applications (table pending_application; their definition: the SQL function refresh_pending_applications).
      SELECT g.name AS agency, g.slug, g.state, g.county AS ice_county, p.county_name AS placed_county, p.place_name AS placed_town, p.county_fips, p.area_geoid,
        CASE WHEN length(p.area_geoid) = 7 THEN p.area_geoid END AS place_geoid, app.models, app.first_pending, app.last_pending, app.lists_on,
        app.outcome, app.signed_model::text AS signed_model, app.signed_on, app.first_listed_on, app.days
      FROM pending_application app JOIN agency g ON g.id = app.agency_id LEFT JOIN agency_placement p ON p.agency_id = app.agency_id)
    SELECT agency, slug, state, county_fips, area_geoid, models, to_char(first_pending, 'YYYY-MM-DD') AS first_pending,
      to_char(last_pending, 'YYYY-MM-DD') AS last_pending, lists_on, outcome, ice_county, placed_county, placed_town, place_geoid, signed_model,
      to_char(signed_on, 'YYYY-MM-DD') AS signed_on, to_char(first_listed_on, 'YYYY-MM-DD') AS first_listed_on, days,
      count(*) OVER ()::int AS total
    FROM r
    WHERE ${where([
      f.state && Prisma.sql`state = ${f.state}`,
      // The county ICE wrote, and the county and town the agency is placed on, count too (as on the agreements' search).
      f.q &&
        Prisma.sql`(agency ILIKE ${containsPattern(f.q)} OR ice_county ILIKE ${containsPattern(f.q)} OR placed_county ILIKE ${containsPattern(f.q)}
          OR placed_town ILIKE ${containsPattern(f.q)})`,
      f.outcome && Prisma.sql`outcome = ${f.outcome}`,
    ])}
    ORDER BY first_pending DESC, state, agency
    ${pageClause(paging)}`;
  return {
    total: rows[0]?.total ?? 0,
    rows: rows.map((r) => ({
      agency: r.agency,
      slug: r.slug,
      state: r.state,
      countyFips: r.county_fips,
      censusGeoid: r.area_geoid,
      models: MODELS.filter((m) => r.models?.includes(m)),
      firstPending: r.first_pending,
      lastPending: r.last_pending,
      listsOn: r.lists_on,
      outcome: r.outcome,
      signedModel: r.signed_model,
      signedOn: r.signed_on,
      firstListedOn: r.first_listed_on,
      days: r.days,
      placed: { countyFips: r.county_fips, county: r.placed_county, place: r.placed_town, placeGeoid: r.place_geoid },
      iceCounty: r.ice_county,
    })),
  };
});

/** How many applications ended each way, for the filters' state. */
export const countPendingOutcomes = cachedRead("countPendingOutcomes", async (state: string | null): Promise<Record<PendingOutcome, number>> => {
  const all = await listPendingApplications({ state, q: "", outcome: null }, "all");
  const out: Record<PendingOutcome, number> = { signed: 0, dropped: 0, pending: 0 };
  for (const r of all.rows) out[r.outcome]++;
  return out;
});
