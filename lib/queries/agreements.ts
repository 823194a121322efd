import "server-only";
import { prisma } from "../db/client";
import type { ModelCode } from "../domain/models";
import type { AgencyTypeCode } from "../domain/agency-types";
import type { AgreementSort } from "../domain/sorts";
import { containsPattern, modelIn, pageClause, pageTotal, Prisma, where, type Paging } from "./sql";
import { cachedRead } from "./cache";

export type AgreementFilters = {
  state: string | null;
  model: ModelCode[];
  type: AgencyTypeCode | null;
  q: string;
  sort: AgreementSort;
};

/** Where an agency is placed, as tables show it under its name: its county's FIPS code and name, its town and the town's Census GEOID (county null when unplaced). */
export type Placed = { countyFips: string | null; county: string | null; place: string | null; placeGeoid: string | null };

export type AgreementRow = {
  agency: string;
  slug: string;
  state: string;
  type: AgencyTypeCode;
  county: string | null;
  model: ModelCode;
  signedOn: string | null;
  moaUrl: string | null;
  addendumUrl: string | null;
  /** The county the agency is placed in (agency_placement.county_fips, 5 digits), null for state-level or unplaced agencies. */
  countyFips: string | null;
  /** The Census area whose residents its agreements count for (agency_placement.area_geoid: state, county or place). */
  censusGeoid: string | null;
  /** Where the agency is placed (lib/geo/place.ts). */
  placed: Placed;
};

const ORDER: Record<AgreementFilters["sort"], Prisma.Sql> = {
  state: Prisma.sql`state, agency, model`,
  agency: Prisma.sql`agency, state, model`,
  signed: Prisma.sql`signed_on ASC NULLS LAST, state, agency, model`,
  "-signed": Prisma.sql`signed_on DESC NULLS LAST, state, agency, model`,
};

/** The agreements on one participating list that match the filters, one row per agreement, and how many match. */
export const listAgreements = cachedRead("listAgreements", async (snapshotId: number, f: AgreementFilters, paging: Paging): Promise<{ rows: AgreementRow[]; total: number }> => {
  const conds = where([
    Prisma.sql`o.snapshot_id = ${snapshotId}`,
    Prisma.sql`o.agreement_id IS NOT NULL`,
    f.state && Prisma.sql`o.state = ${f.state}`,
    modelIn(Prisma.sql`o.model`, f.model),
    f.type && Prisma.sql`COALESCE(o.agency_type, g.type) = ${f.type}::"AgencyType"`,
    // The county or town the agency is placed on counts too: "Maricopa" finds Mesa Police Department, for which ICE gave no county.
    f.q &&
      Prisma.sql`(o.agency_name ILIKE ${containsPattern(f.q)} OR o.county ILIKE ${containsPattern(f.q)}
        OR p.county_name ILIKE ${containsPattern(f.q)} OR p.place_name ILIKE ${containsPattern(f.q)})`,
  ]);
  const rows = await prisma().$queryRaw<
    (Omit<AgreementRow, "signedOn" | "moaUrl" | "addendumUrl" | "placed" | "countyFips" | "censusGeoid"> & {
      signed_on: string | null;
      moa_url: string | null;
      addendum_url: string | null;
      county_fips: string | null;
      area_geoid: string | null;
      placed_county: string | null;
      place_name: string | null;
      place_geoid: string | null;
      total: number;
    })[]
  >`
    WITH one AS (
      -- A list can carry one agreement twice (participating_2026-05-18 has names with straight and curly apostrophes).
      SELECT DISTINCT ON (o.agreement_id) o.agency_name AS agency, g.slug, o.state, COALESCE(o.agency_type, g.type)::text AS type,
        o.county, o.model::text AS model, to_char(o.signed_on, 'YYYY-MM-DD') AS signed_on, o.moa_url, o.addendum_url,
        p.county_fips, p.area_geoid, p.county_name AS placed_county, p.place_name, CASE WHEN length(p.area_geoid) = 7 THEN p.area_geoid END AS place_geoid
      FROM observation o JOIN agency g ON g.id = o.agency_id LEFT JOIN agency_placement p ON p.agency_id = g.id
      WHERE ${conds}
      ORDER BY o.agreement_id, o.row_number
    )
    SELECT *, count(*) OVER ()::int AS total FROM one
    ORDER BY ${ORDER[f.sort]}
    ${pageClause(paging)}`;
  const total = await pageTotal(rows, paging, async () => {
    const [c] = await prisma().$queryRaw<{ n: number }[]>`
      SELECT count(DISTINCT o.agreement_id)::int AS n
      FROM observation o JOIN agency g ON g.id = o.agency_id LEFT JOIN agency_placement p ON p.agency_id = g.id WHERE ${conds}`;
    return c.n;
  });
  return {
    total,
    rows: rows.map((r) => ({
      agency: r.agency,
      slug: r.slug,
      state: r.state,
      type: r.type,
      county: r.county,
      model: r.model,
      signedOn: r.signed_on,
      moaUrl: r.moa_url,
      addendumUrl: r.addendum_url,
      countyFips: r.county_fips,
      censusGeoid: r.area_geoid,
      placed: { countyFips: r.county_fips, county: r.placed_county, place: r.place_name, placeGeoid: r.place_geoid },
    })),
  };
});
