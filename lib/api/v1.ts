// The read-only JSON API: the pages' own filters, validated strictly (400 naming the parameter), and the pages'
// own queries, so the API and the pages cannot disagree.
import "server-only";
import { MODEL_SLUG, MODELS, type ModelCode } from "../domain/models";
import { stateName } from "../domain/states";
import { changesTable, agreementsTable } from "../export/tables";
import type { Placement } from "../geo/place";
import { getAgencyHistory, listAgencies } from "../queries/agencies";
import { coverageOf, getCoverageByState, nationCoverage, POPULATION_CREDIT, type StateCoverage } from "../queries/coverage";
import { citeList, KIND_WORD, type ListFallback } from "../domain/lists";
import { roundedShare } from "../domain/shares";
import { listPublishedLists, resolveList, type PublishedList } from "../queries/lists";
import { listStates } from "../queries/states";
import { listAgreementsView, listChangesView, type TableView } from "../queries/views/tables";
import { FORWARDED_VARY, linksVaryOnForwarded, publicOrigin } from "../http/origin";
import { agencyUrl, countyHref, placeHref, searchHitHref } from "../view/links";
import type { SearchHit } from "../geo/search";
import { getSearchView } from "../queries/views/search";
import { agenciesView, areaCodeOf, areaView, searchView, statesView, snapshotsView, type AnyParam, type View, type Values } from "../view/filters";
import { COVER_ROLE_SLUG } from "../domain/areas";
import { getCountyView, getPlaceView } from "../queries/views/area";
import { AGENCY_TYPE_SLUG } from "../domain/agency-types";

export const API_PAGE_SIZE = 100;
const JSON_HEADERS = { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" };

export function apiError(parameter: string, message: string, status = 400): Response {
  return new Response(JSON.stringify({ error: { parameter, message } }), { status, headers: JSON_HEADERS });
}

/**
 * An endpoint that fails (most often a database that does not answer) still answers in JSON, with the CORS header;
 * the error is logged on the server and the client sees no stack trace and no SQL.
 */
export function apiRoute<A extends unknown[]>(endpoint: (request: Request, ...rest: A) => Promise<Response>) {
  return async (request: Request, ...rest: A): Promise<Response> => {
    try {
      return await endpoint(request, ...rest);
    } catch (e) {
      console.error(`${new URL(request.url).pathname}: could not answer:`, e);
      return new Response(JSON.stringify({ error: { parameter: null, message: "the data cannot be loaded right now; please try again in a minute" } }), {
        status: 503,
        headers: { ...JSON_HEADERS, "Cache-Control": "no-store" },
      });
    }
  };
}

// Links in an answer name the public origin; when the forwarded headers choose it, a shared cache must key on them.
const json = (body: unknown) =>
  new Response(JSON.stringify(body, null, 1), { headers: { ...JSON_HEADERS, ...(linksVaryOnForwarded() && { Vary: FORWARDED_VARY }) } });

function listRef(l: PublishedList) {
  return { kind: KIND_WORD[l.kind], publishedOn: l.publishedOn, file: l.fileName, origin: l.origin === "ARCHIVED_WEB_PAGE" ? "archived_web_page" : "ice_spreadsheet" };
}

/** The request's address with the public origin (lib/http/origin.ts), for absolute links. */
export function requestUrl(request: Request): URL {
  const url = new URL(request.url);
  const origin = new URL(publicOrigin(request));
  url.protocol = origin.protocol;
  url.host = origin.host;
  url.port = origin.port;
  return url;
}

/** Parses the request's parameters with the view's schemas, or answers 400. */
function parse<P extends Record<string, AnyParam>>(view: View<P>, request: Request): { values: Values<P>; url: URL } | Response {
  const url = requestUrl(request);
  const r = view.parseStrict(url.searchParams);
  if (!r.ok) return apiError(r.error.parameter, r.error.message);
  return { values: r.values, url };
}

/** asOf before the first list is an error for the API (a page shows the oldest list with a note). */
function asOfError(loaded: { fallback: ListFallback | null }): Response | null {
  if (!loaded.fallback) return null;
  return apiError("asOf", `no list was published on or before this day; the oldest is of ${loaded.fallback.shown}`);
}

function pageLinks<P extends Record<string, AnyParam>>(view: View<P>, url: URL, values: Values<P>, total: number) {
  const page = (values as { page: number }).page;
  const pages = Math.max(1, Math.ceil(total / API_PAGE_SIZE));
  const at = (p: number) => `${url.origin}${url.pathname}${view.serialize({ ...values, page: p } as Partial<Values<P>>)}`;
  return { self: at(page), first: at(1), last: at(pages), next: page < pages ? at(page + 1) : null, prev: page > 1 ? at(Math.min(page - 1, pages)) : null };
}

function paged<R, P extends Record<string, AnyParam>>(view: View<P>, url: URL, values: Values<P>, loaded: TableView<R>, map: (r: R) => unknown) {
  const query = view.serialize({ ...values, page: 1 } as Partial<Values<P>>);
  return {
    source: loaded.source,
    list: loaded.list && listRef(loaded.list),
    filters: Object.fromEntries(new URLSearchParams(query.slice(1))),
    page: (values as { page: number }).page,
    pageSize: API_PAGE_SIZE,
    total: loaded.total,
    links: pageLinks(view, url, values, loaded.total),
    data: loaded.rows.map(map),
  };
}

export async function agreementsEndpoint(request: Request): Promise<Response> {
  const p = parse(agreementsTable.view, request);
  if (p instanceof Response) return p;
  const loaded = await listAgreementsView(p.values, { page: p.values.page, pageSize: API_PAGE_SIZE });
  return asOfError(loaded) ?? json(paged(agreementsTable.view, p.url, p.values, loaded, (r) => agreementsTable.json(r, { origin: p.url.origin })));
}

export async function changesEndpoint(request: Request): Promise<Response> {
  const p = parse(changesTable.view, request);
  if (p instanceof Response) return p;
  const loaded = await listChangesView(p.values, { page: p.values.page, pageSize: API_PAGE_SIZE });
  return asOfError(loaded) ?? json(paged(changesTable.view, p.url, p.values, loaded, (r) => changesTable.json(r, { origin: p.url.origin })));
}

/** Where an agency is placed on the map, for API readers (lib/geo/place.ts explains the rules). */
function placementJson(p: Placement | null) {
  if (!p) return null;
  return {
    level: p.level.toLowerCase(),
    countyFips: p.countyFips,
    county: p.countyName,
    place: p.placeName,
    latitude: p.latitude,
    longitude: p.longitude,
    method: p.method.toLowerCase().replace("_", "-"),
    confidence: p.confidence.toLowerCase(),
    note: p.note,
  };
}

export async function agenciesEndpoint(request: Request): Promise<Response> {
  const p = parse(agenciesView, request);
  if (p instanceof Response) return p;
  const { list, fallback } = await resolveList("PARTICIPATING", p.values.asOf);
  if (fallback) return asOfError({ fallback })!;
  if (!list) return apiError("asOf", "no list has been imported", 404);
  const { rows, total } = await listAgencies(list.id, p.values, { page: p.values.page, pageSize: API_PAGE_SIZE });
  const loaded: TableView<(typeof rows)[number]> = { source: citeList(list), list, fallback: null, rows, total };
  return json(
    paged(agenciesView, p.url, p.values, loaded, (r) => ({
      state: r.state,
      agency: r.name,
      agencyType: AGENCY_TYPE_SLUG[r.type],
      county: r.county,
      countyFips: r.placement?.countyFips ?? null,
      censusGeoid: r.censusGeoid,
      models: r.models.map((m: ModelCode) => MODEL_SLUG[m]),
      placement: placementJson(r.placement),
      agencyPage: agencyUrl(p.url.origin, r.slug),
    })),
  );
}

type Residents = { local: number; localShare: number | null; countyResidents: number; placeResidents: number; statewideAgencies: string[] };
const residents = (c: Omit<StateCoverage, "state" | "population">, population: number | null): Residents => ({
  local: c.localResidents,
  localShare: roundedShare(c.localResidents, population),
  countyResidents: c.countyResidents,
  placeResidents: c.placeResidents,
  statewideAgencies: c.statewide,
});

function nationResidents(states: StateCoverage[]) {
  const n = nationCoverage(states);
  return {
    local: n.localResidents,
    localShare: roundedShare(n.localResidents, n.population),
    statewideStates: n.statewideStates,
    statewideResidents: n.statewideResidents,
    statewideShare: roundedShare(n.statewideResidents, n.population),
  };
}

/**
 * Agreements, pending applications and residents under agreements per state. `anyModel` is any of the models the
 * filter chose (every model without one); each model's own entry ignores the filter.
 */
export async function statesEndpoint(request: Request): Promise<Response> {
  const p = parse(statesView, request);
  if (p instanceof Response) return p;
  const [{ list, fallback }, pending] = await Promise.all([resolveList("PARTICIPATING", p.values.asOf), resolveList("PENDING", p.values.asOf)]);
  if (fallback) return asOfError({ fallback })!;
  if (!list) return apiError("asOf", "no list has been imported", 404);
  const [rows, anyModel, ...perModel] = await Promise.all([
    listStates(list.id, pending.list?.id ?? null, p.values.model),
    getCoverageByState(list.id, p.values.model),
    ...MODELS.map((m) => getCoverageByState(list.id, [m])),
  ]);
  const byModel = MODELS.map((m, i) => [MODEL_SLUG[m], perModel[i]] as const);
  return json({
    source: `${citeList(list)}; pending applications: ${pending.list ? citeList(pending.list) : "no pending list"}; population: ${POPULATION_CREDIT}`,
    list: listRef(list),
    pendingList: pending.list && listRef(pending.list),
    filters: Object.fromEntries(new URLSearchParams(statesView.serialize(p.values).slice(1))),
    nation: {
      population: nationCoverage(anyModel).population,
      residents: { anyModel: nationResidents(anyModel), ...Object.fromEntries(MODELS.map((m, i) => [MODEL_SLUG[m], nationResidents(perModel[i])])) },
    },
    total: rows.length,
    data: [...rows]
      .sort((a, b) => a.state.localeCompare(b.state))
      .map((r) => ({
        state: r.state,
        name: stateName(r.state),
        agreements: r.agreements,
        agencies: r.agencies,
        byModel: Object.fromEntries(Object.entries(r.byModel).map(([m, n]) => [MODEL_SLUG[m as ModelCode], n])),
        pendingApplications: r.pendingApplications,
        pendingAgencies: r.pendingAgencies,
        population: r.population,
        residents: {
          anyModel: residents(r.chosen, r.population),
          ...Object.fromEntries(byModel.map(([slug, of]) => [slug, residents(coverageOf(of, r.state), r.population)])),
        },
      })),
  });
}

export async function snapshotsEndpoint(request: Request): Promise<Response> {
  const p = parse(snapshotsView, request);
  if (p instanceof Response) return p;
  const lists = await listPublishedLists(p.values.kind === "pending" ? "PENDING" : p.values.kind === "participating" ? "PARTICIPATING" : undefined);
  return json({
    source: "every ICE list imported, oldest first",
    total: lists.length,
    data: lists.map((l) => ({ ...listRef(l), rows: l.rowCount, citation: citeList(l) })),
  });
}

/** One agency's record: its agreements with their lists, and its pending periods. */
export async function agencyEndpoint(request: Request, slug: string): Promise<Response> {
  const url = requestUrl(request);
  const extra = [...new Set(url.searchParams.keys())][0];
  if (extra) return apiError(extra, "unknown parameter; this endpoint takes none");
  const h = await getAgencyHistory(slug);
  if (!h) return apiError("slug", `no agency has the slug "${slug}"`, 404);
  const ref = (l: PublishedList) => listRef(l);
  return json({
    source: `every ICE list that names the agency, up to the ${citeList(h.newestParticipating)}`,
    data: {
      slug: h.slug,
      agency: h.name,
      state: h.state,
      agencyType: AGENCY_TYPE_SLUG[h.type],
      county: h.county,
      countyFips: h.placement?.countyFips ?? null,
      censusGeoid: h.area?.geoid ?? null,
      agencyPage: agencyUrl(url.origin, h.slug),
      placement: placementJson(h.placement),
      agreements: h.agreements.map((a) => ({
        model: MODEL_SLUG[a.model],
        signedOn: a.signedOn,
        moaUrl: a.moaUrl,
        addendumUrl: a.addendumUrl,
        firstList: ref(a.firstList),
        lastList: ref(a.lastList),
        listsOn: a.listsOn,
        noLongerListedSince: a.goneSince ? a.goneSince.publishedOn : null,
      })),
      pendingPeriods: h.pendingPeriods.map((p) => ({
        from: p.from.publishedOn,
        to: p.to.publishedOn,
        offThePendingListSince: p.goneSince?.publishedOn ?? null,
        models: p.models.map((m) => MODEL_SLUG[m]),
      })),
    },
  });
}

/**
 * One county (`/api/v1/counties/{fips}`) or town (`/api/v1/places/{geoid}`): what its page shows, for `model` and
 * `asOf`: every agency covering it, grouped by how, with agreements and pending applications; residents; history.
 */
export async function areaEndpoint(request: Request, kind: "county" | "place", text: string): Promise<Response> {
  const parameter = kind === "county" ? "fips" : "geoid";
  const code = areaCodeOf(kind, text);
  if (!code) return apiError(parameter, kind === "county" ? "is not a county FIPS code (five digits, like 48201)" : "is not a Census place GEOID (seven digits, like 0446000)", 404);
  const p = parse(areaView, request);
  if (p instanceof Response) return p;
  const view = await (kind === "county" ? getCountyView : getPlaceView)(code, p.values);
  if (!view) return apiError(parameter, kind === "county" ? "no county has this FIPS code" : "no Census place has this GEOID", 404);
  if (!view.list) return apiError("asOf", "no list has been imported", 404);
  const asOf = asOfError(view);
  if (asOf) return asOf;
  const { area, list, pendingList, groups, residents, history, noLocalAgreement } = view;
  const page = (kind === "county" ? countyHref : placeHref)(area.geoid, p.values);
  return json({
    source: `${citeList(list)}${pendingList ? `; pending applications: ${citeList(pendingList)}` : ""}; population: ${area.source}`,
    list: listRef(list),
    pendingList: pendingList && listRef(pendingList),
    filters: Object.fromEntries(new URLSearchParams(areaView.serialize(p.values).slice(1))),
    data: {
      kind,
      geoid: area.geoid,
      name: area.name,
      state: area.state,
      counties: area.counties,
      countiesFrom: area.countiesFrom,
      page: `${p.url.origin}${page}`,
      population: area.population,
      residents: { local: residents.local, through: residents.through, towns: residents.towns, statewide: residents.statewide },
      noLocalAgreement,
      groups: groups.map((g) => ({
        coversAs: COVER_ROLE_SLUG[g.role],
        agencies: g.agencies.map((a) => ({
          agency: a.name,
          agencyType: AGENCY_TYPE_SLUG[a.type],
          placedOnCounty: a.countyName,
          placedOnTown: a.placeName,
          countyFips: a.countyFips,
          censusGeoid: a.censusGeoid,
          agreements: a.agreements.map((x) => ({ model: MODEL_SLUG[x.model], signedOn: x.signedOn, moaUrl: x.moaUrl, addendumUrl: x.addendumUrl, onIceListSince: x.firstListed })),
          pendingApplication: a.pending && { models: a.pending.map((m) => MODEL_SLUG[m]) },
          agencyPage: agencyUrl(p.url.origin, a.slug),
        })),
      })),
      history: {
        firstLocalAgreementList: history.first,
        firstStatewideAgreementList: history.firstStatewide,
        lists: history.lists,
        changes: history.changes.map((h) => ({ publishedOn: h.publishedOn, sameDayOrder: h.sameDayOrder, localAgreements: h.local, statewideAgreements: h.statewide })),
      },
    },
  });
}

/** Counties, places, ZIP codes and agencies matching `q`, best first (what the search field suggests). */
export async function searchEndpoint(request: Request): Promise<Response> {
  const p = parse(searchView, request);
  if (p instanceof Response) return p;
  if (!p.values.q) return apiError("q", "is required: a county, town, ZIP code or agency");
  const view = await getSearchView(p.values.q);
  const hit = (h: SearchHit) => ({
    kind: h.kind,
    id: h.id,
    ...(h.kind === "zip" && { countyFips: h.county, town: h.town ? `${p.url.origin}${placeHref(h.town)}` : null }),
    label: h.label,
    detail: h.detail,
    exact: h.tier === 0,
    href: `${p.url.origin}${searchHitHref(h)}`,
  });
  return json({
    query: p.values.q,
    total: view.total,
    totals: Object.fromEntries(view.groups.map((g) => [g.kind, g.total])),
    exact: view.exact && hit(view.exact),
    data: view.ranked.slice(0, p.values.limit).map(hit),
  });
}
