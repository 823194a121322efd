import "server-only";
import { cache } from "react";
import { COVER_ROLES, type CoverRole } from "../../domain/areas";
import type { ModelCode } from "../../domain/models";
import { coveringAgencies, getAreaHistory, getCountyArea, getPlaceArea, listAreaAgreements, listAreaPending, type Area, type AreaAgreement, type CoveringAgency } from "../areas";
import { getCountedAreas, getCountyCoverage } from "../coverage";
import { resolveList } from "../lists";

// A county's page (/counties/[fips]) and a town's (/places/[geoid]), their downloads, feed and API: every agency whose
// 287(g) authority covers the place on the list the filters choose, grouped by how it covers it, with its agreements,
// pending applications, the residents covered and the place's history.

export type AreaFilters = { model: ModelCode[]; asOf: string | null };

export type AreaAgency = Omit<CoveringAgency, "id"> & {
  /** Its agreements on the list shown, under the chosen models; empty when it only has a pending application. */
  agreements: AreaAgreement[];
  /** The models it applied for on the pending list shown (null when it is not on it). */
  pending: ModelCode[] | null;
};

export type AreaResidents = {
  population: number;
  /** Residents under an agreement of a local agency, as the state's coverage counts them (lib/queries/coverage.ts). */
  local: number;
  /** How: the county's own agency (all its residents), towns' police (their residents), or none. */
  through: "county" | "towns" | "none";
  /** The towns whose residents are counted (a county's page). */
  towns: { geoid: string; name: string; population: number }[];
  /** A state agency holds an agreement: every resident of the state, read apart. */
  statewide: boolean;
};

/** One area's view for the filters; null when there is no such county or place. */
async function areaView(area: Area | null, f: AreaFilters) {
  if (!area) return null;
  const [{ list, fallback }, pending] = await Promise.all([resolveList("PARTICIPATING", f.asOf), resolveList("PENDING", f.asOf)]);
  if (!list) return { area, list: null, fallback } as const;
  const covering = await coveringAgencies(area);
  const ids = covering.map((a) => a.id);
  const [agreements, pendingOf, coverage, counted, history] = await Promise.all([
    listAreaAgreements(list.id, ids, f.model),
    pending.list ? listAreaPending(pending.list.id, ids, f.model) : {},
    getCountyCoverage(list.id, area.state, f.model),
    getCountedAreas(list.id, area.state, f.model),
    getAreaHistory(
      { publishedOn: list.publishedOn, sameDayOrder: list.sameDayOrder },
      covering.filter((a) => a.role !== "state").map((a) => a.id),
      covering.filter((a) => a.role === "state").map((a) => a.id),
      f.model,
    ),
  ]);
  const agencies: AreaAgency[] = covering
    .filter((a) => agreements[a.id] || (pendingOf as Record<number, ModelCode[]>)[a.id])
    .map(({ id, ...a }) => ({ ...a, agreements: agreements[id] ?? [], pending: (pendingOf as Record<number, ModelCode[]>)[id] ?? null }));
  const groups = COVER_ROLES.map((role) => ({ role, agencies: agencies.filter((a) => a.role === role) }));
  const withAgreement = (role: CoverRole) => agencies.some((a) => a.role === role && a.agreements.length > 0);

  // Residents: the same count as the state's map and table (one definition), read for this county or this town.
  const countyFips = area.counties.map((c) => c.fips);
  const countyAgency = coverage.some((c) => countyFips.includes(c.countyFips) && c.countyAgency);
  const towns = counted.filter((c) => c.level === "PLACE" && countyFips.includes(c.countyFips) && (area.kind === "county" || c.geoid === area.geoid));
  const local =
    area.kind === "county"
      ? (coverage.find((c) => c.countyFips === area.geoid)?.residents ?? 0)
      : countyAgency || towns.length > 0
        ? area.population
        : 0;
  const residents: AreaResidents = {
    population: area.population,
    local,
    through: countyAgency ? "county" : local > 0 ? "towns" : "none",
    towns: countyAgency ? [] : towns.map((t) => ({ geoid: t.geoid, name: t.name, population: t.population })),
    statewide: withAgreement("state"),
  };

  const first = history.find((h) => h.local > 0) ?? null;
  const firstStatewide = history.find((h) => h.statewide > 0) ?? null;
  // The lists where the count changed, oldest first: the place's history without 200 repeated rows.
  const changes = history.filter((h, i) => i === 0 || h.local !== history[i - 1].local || h.statewide !== history[i - 1].statewide);
  return {
    area,
    list,
    fallback,
    pendingList: pending.list,
    groups,
    /** No local agency (county, town, several counties) holds an agreement under the chosen models. */
    noLocalAgreement: !withAgreement("county") && !withAgreement("town") && !withAgreement("regional"),
    residents,
    history: { first: first && first.publishedOn, firstStatewide: firstStatewide && firstStatewide.publishedOn, changes, lists: history.length },
  };
}

// Read once per request (the page's title and its body ask for the same); React's cache compares arguments by
// identity, so the filters are passed as strings.
const countyView = cache(async (fips: string, models: string, asOf: string | null) => areaView(await getCountyArea(fips), { model: modelsOf(models), asOf }));
const placeView = cache(async (geoid: string, models: string, asOf: string | null) => areaView(await getPlaceArea(geoid), { model: modelsOf(models), asOf }));
const modelsOf = (s: string) => (s ? (s.split(",") as ModelCode[]) : []);

/** A county's view for the filters; null when the Census Bureau has no such county. */
export const getCountyView = (fips: string, f: AreaFilters) => countyView(fips, f.model.join(","), f.asOf);
/** A town's (a Census place's) view; null when the Census Bureau has no such place. */
export const getPlaceView = (geoid: string, f: AreaFilters) => placeView(geoid, f.model.join(","), f.asOf);

export type AreaViewData = Exclude<NonNullable<Awaited<ReturnType<typeof getCountyView>>>, { list: null }>;

/** A county's feed: the county, and every agency covering it on any list (its changes are the feed's). */
export async function getCountyFeedView(fips: string) {
  const area = await getCountyArea(fips);
  if (!area) return null;
  return { area, slugs: new Set((await coveringAgencies(area)).map((a) => a.slug)) };
}
