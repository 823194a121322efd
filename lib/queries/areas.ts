import "server-only";
import { prisma } from "../db/client";
import type { AgencyTypeCode } from "../domain/agency-types";
import type { CoverRole } from "../domain/areas";
import { isoDay } from "../domain/days";
import { MODELS, type ModelCode } from "../domain/models";
import { foldName, placeKeys } from "../domain/names";
import { STATE_OF_FIPS } from "../domain/states";
import { countiesCovered } from "../geo/manual";
import { countiesOfPlacesNamed } from "../geo/place-counties";
import { cachedRead } from "./cache";

// The reads of a county's page (/counties/[fips]) and a town's (/places/[geoid]): which agencies' 287(g) authority
// covers the place, and how. A county is covered by its own agencies (placed on it), the police of its towns (placed
// on a town in it), agencies placed on several counties that include it (lib/geo/manual.ts names them), and the
// state agencies, whose agreements cover the whole state.

export type Area = {
  kind: "county" | "place";
  geoid: string;
  state: string;
  /** The Census name: "Harris County", "Mesa city", "Capitol Planning Region". */
  name: string;
  population: number;
  /** The Census Bureau's figure the population is. */
  source: string;
  /** A county: itself. A town: the county (or counties) it lies in, as `countiesFrom` says. */
  counties: { fips: string; name: string }[];
  /** Where a town's county comes from: an agency placed on the town, the place list (GeoNames), or nowhere. */
  countiesFrom: "placement" | "gazetteer" | "none" | null;
};

/** The state's 2-digit FIPS code leads a county's or a place's code; an unknown one is no area of ours. */
const stateOfGeoid = (geoid: string) => STATE_OF_FIPS[geoid.slice(0, 2)] ?? null;

const countyNames = async (fips: string[]) =>
  fips.length
    ? (await prisma().population.findMany({ where: { geoid: { in: fips } }, select: { geoid: true, name: true } })).map((r) => ({ fips: r.geoid, name: r.name })).sort((a, b) => a.name.localeCompare(b.name))
    : [];

/** A county by its FIPS code, with its Census population; null when the Census Bureau has no such county. */
export const getCountyArea = cachedRead("getCountyArea", async (fips: string): Promise<Area | null> => {
  const state = stateOfGeoid(fips);
  if (!state) return null;
  const r = await prisma().population.findUnique({ where: { geoid: fips } });
  if (!r || r.level !== "COUNTY") return null;
  return { kind: "county", geoid: r.geoid, state, name: r.name, population: r.population, source: r.source, counties: [{ fips: r.geoid, name: r.name }], countiesFrom: null };
});

/**
 * The counties where the place list (GeoNames) has a place of this Census name. Read only when a town's page needs it
 * (the list is 17 MB); where it cannot be read, the town's county is left unknown and the page says so.
 */
function gazetteerCounties(state: string, censusName: string): string[] {
  try {
    return [...new Set(placeKeys(censusName).flatMap((k) => countiesOfPlacesNamed(state, k)))];
  } catch (e) {
    console.error("the place list could not be read:", e);
    return [];
  }
}

/**
 * A Census place by its GEOID, with the county it lies in: the county of an agency placed on it (its police), else
 * the county of the place of that name in the place list (GeoNames), when that names exactly one county. A town
 * spanning counties gets the county its police or its GeoNames entry is in.
 */
export const getPlaceArea = cachedRead("getPlaceArea", async (geoid: string): Promise<Area | null> => {
  const state = stateOfGeoid(geoid);
  if (!state) return null;
  const r = await prisma().population.findUnique({ where: { geoid } });
  if (!r || r.level !== "PLACE") return null;
  const placed = await prisma().agencyPlacement.findMany({ where: { areaGeoid: geoid, countyFips: { not: null } }, select: { countyFips: true }, distinct: ["countyFips"] });
  let fips = placed.map((p) => p.countyFips!);
  let from: Area["countiesFrom"] = fips.length ? "placement" : "none";
  if (!fips.length) {
    const named = gazetteerCounties(state, r.name);
    if (named.length === 1) [fips, from] = [named, "gazetteer"];
  }
  return { kind: "place", geoid: r.geoid, state, name: r.name, population: r.population, source: r.source, counties: await countyNames(fips), countiesFrom: from };
});

type PlacedRow = {
  id: number;
  slug: string;
  name: string;
  type: AgencyTypeCode;
  level: "COUNTY" | "PLACE" | "STATE" | "UNPLACED";
  county_fips: string | null;
  county_name: string | null;
  place_name: string | null;
  area_geoid: string | null;
};

/** Every agency of a state with where it is placed: what the groups are made from. */
const placedAgenciesOf = cachedRead("placedAgenciesOf", (state: string) =>
  prisma().$queryRaw<PlacedRow[]>`
    SELECT g.id, g.slug, g.name, g.type::text AS type, p.level::text AS level, p.county_fips, p.county_name, p.place_name, p.area_geoid
    FROM agency g JOIN agency_placement p ON p.agency_id = g.id
    WHERE g.state = ${state} AND p.level <> 'UNPLACED'`,
);

// A sheriff or a county police force is the county's, whatever type ICE wrote (lib/geo/census.ts reads it the same way).
const COUNTY_FORCE = /\bsheriff|\bcounty police\b/i;

/** How an agency covers an area, or null when it does not. */
function roleIn(a: PlacedRow, area: Area): CoverRole | null {
  if (a.level === "STATE") return "state";
  const counties = area.counties.map((c) => c.fips);
  const several = countiesCovered(area.state, a.name);
  if (several) return several.some((f) => counties.includes(f)) ? "regional" : null;
  if (!a.county_fips || !counties.includes(a.county_fips)) {
    return area.kind === "place" && a.area_geoid === area.geoid ? "town" : null;
  }
  // A town's police is on a town; a town the place list lacks is placed on its county, and still a town's police.
  const townPolice = a.level === "PLACE" || (a.type === "MUNICIPALITY" && !COUNTY_FORCE.test(a.name));
  if (area.kind === "county") return townPolice ? "town" : "county";
  if (!townPolice) return "county";
  // On a town's page, only the agencies of that town: counted for it, or placed on a place of its name.
  const keys = placeKeys(area.name);
  return a.area_geoid === area.geoid || (a.level === "PLACE" && a.place_name && keys.includes(foldName(a.place_name, "place"))) ? "town" : null;
}

export type CoveringAgency = {
  id: number;
  slug: string;
  name: string;
  type: AgencyTypeCode;
  role: CoverRole;
  countyFips: string | null;
  countyName: string | null;
  placeName: string | null;
  /** The Census area its residents are counted for (agency_placement.area_geoid). */
  censusGeoid: string | null;
};

/** The agencies whose authority covers the area, by how; whatever list they are on. */
export async function coveringAgencies(area: Area): Promise<CoveringAgency[]> {
  const out: CoveringAgency[] = [];
  for (const a of await placedAgenciesOf(area.state)) {
    const role = roleIn(a, area);
    if (role) out.push({ id: a.id, slug: a.slug, name: a.name, type: a.type, role, countyFips: a.county_fips, countyName: a.county_name, placeName: a.place_name, censusGeoid: a.area_geoid });
  }
  return out.sort((x, y) => x.name.localeCompare(y.name));
}

export type AreaAgreement = { model: ModelCode; signedOn: string | null; moaUrl: string | null; addendumUrl: string | null; firstListed: string };

const chosen = (models: ModelCode[]) => (models.length ? models : [...MODELS]);

/** The agreements of these agencies on one participating list, under the chosen models, by agency. */
export const listAreaAgreements = cachedRead("listAreaAgreements", async (snapshotId: number, agencyIds: number[], models: ModelCode[]): Promise<Record<number, AreaAgreement[]>> => {
  if (!agencyIds.length) return {};
  const rows = await prisma().$queryRaw<{ agency_id: number; model: ModelCode; signed_on: Date | null; moa_url: string | null; addendum_url: string | null; first_listed: Date }[]>`
    SELECT DISTINCT ON (o.agreement_id) o.agency_id, o.model::text AS model, o.signed_on, o.moa_url, o.addendum_url, s.published_on AS first_listed
    FROM observation o JOIN agreement a ON a.id = o.agreement_id JOIN snapshot s ON s.id = a.first_seen_snapshot_id
    WHERE o.snapshot_id = ${snapshotId} AND o.agency_id = ANY(${agencyIds}::int[]) AND o.model = ANY(${chosen(models)}::"Model"[])
    ORDER BY o.agreement_id, o.row_number`;
  const out: Record<number, AreaAgreement[]> = {};
  for (const r of rows) {
    (out[r.agency_id] ??= []).push({ model: r.model, signedOn: r.signed_on && isoDay(r.signed_on), moaUrl: r.moa_url, addendumUrl: r.addendum_url, firstListed: isoDay(r.first_listed) });
  }
  for (const list of Object.values(out)) list.sort((x, y) => MODELS.indexOf(x.model) - MODELS.indexOf(y.model));
  return out;
});

/** The models each of these agencies applied for on one pending list (a row without a model counts as an application too). */
export const listAreaPending = cachedRead("listAreaPending", async (pendingSnapshotId: number, agencyIds: number[], models: ModelCode[]): Promise<Record<number, ModelCode[]>> => {
  if (!agencyIds.length) return {};
  const rows = await prisma().$queryRaw<{ agency_id: number; models: (ModelCode | null)[] }[]>`
    SELECT agency_id, array_agg(DISTINCT model::text) AS models FROM observation
    WHERE snapshot_id = ${pendingSnapshotId} AND agency_id = ANY(${agencyIds}::int[])
      AND (${models.length === 0} OR model = ANY(${chosen(models)}::"Model"[]))
    GROUP BY agency_id`;
  return Object.fromEntries(rows.map((r) => [r.agency_id, MODELS.filter((m) => r.models.includes(m))]));
});

export type AreaHistoryPoint = { publishedOn: string; sameDayOrder: number; local: number; statewide: number };

/**
 * The agreements of these agencies on every participating list up to one (its date and place that day), under the
 * chosen models: those of the local agencies (county, towns, several counties) and the state agencies apart.
 */
export const getAreaHistory = cachedRead(
  "getAreaHistory",
  async (upTo: { publishedOn: string; sameDayOrder: number }, local: number[], statewide: number[], models: ModelCode[]): Promise<AreaHistoryPoint[]> => {
    const all = [...local, ...statewide];
    const rows = await prisma().$queryRaw<{ published_on: Date; same_day_order: number; local: number; statewide: number }[]>`
      SELECT s.published_on, s.same_day_order,
        count(DISTINCT o.agreement_id) FILTER (WHERE o.agency_id = ANY(${local}::int[]))::int AS local,
        count(DISTINCT o.agreement_id) FILTER (WHERE o.agency_id = ANY(${statewide}::int[]))::int AS statewide
      FROM snapshot s
      LEFT JOIN observation o ON o.snapshot_id = s.id AND o.agency_id = ANY(${all}::int[]) AND o.agreement_id IS NOT NULL
        AND o.model = ANY(${chosen(models)}::"Model"[])
      WHERE s.kind = 'PARTICIPATING' AND (s.published_on, s.same_day_order) <= (${upTo.publishedOn}::date, ${upTo.sameDayOrder})
      GROUP BY s.id ORDER BY s.published_on, s.same_day_order, s.id`;
    return rows.map((r) => ({ publishedOn: isoDay(r.published_on), sameDayOrder: r.same_day_order, local: r.local, statewide: r.statewide }));
  },
);

// "Harris County", "Orleans Parish", "Capitol Planning Region", "Alexandria city": the county's name without its kind.
const COUNTY_KIND = /\s+(county|parish|borough|city and borough|census area|municipality|municipio|planning region|city)$/;

/**
 * The county of a state a friendly address names (`/counties/tx/harris`, `/counties/va/alexandria-city`): its FIPS
 * code when exactly one county's name, with or without its kind ("county", "parish", "city"), folds to the text.
 */
export const findCountyNamed = cachedRead("findCountyNamed", async (state: string, text: string): Promise<string | null> => {
  const want = foldName(text.replace(/-/g, " "), "place");
  if (!want) return null;
  const counties = await prisma().population.findMany({ where: { state, level: "COUNTY" }, select: { geoid: true, name: true } });
  const full = counties.filter((c) => foldName(c.name, "place") === want);
  if (full.length === 1) return full[0].geoid;
  const bare = counties.filter((c) => foldName(c.name, "place").replace(COUNTY_KIND, "") === want);
  return bare.length === 1 ? bare[0].geoid : null;
});
