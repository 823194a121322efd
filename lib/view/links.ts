// Where the pages link to, in one place.
import { areaView, changesView, ledgerView, listsView, searchView, stateMapView, stateView, type Values } from "./filters";

type StateValues = Values<typeof stateView.params>;

/** A state's view, with any of its filters (models, as-of date…) carried over. */
export const stateHref = (code: string, values: Partial<StateValues> = {}) => `/states/${code.toLowerCase()}${stateView.serialize(values)}`;
/** A state's county map as an SVG file, drawn for the filters that change it (models, what it shades, as of). */
export const stateMapHref = (code: string, values: Partial<Values<typeof stateMapView.params>> = {}) => `/states/${code.toLowerCase()}/map.svg${stateMapView.serialize(values)}`;
export const agencyHref = (slug: string) => `/agencies/${slug}`;
/**
 * An agency's page as an absolute address, for downloads and the API (the CSV's `agency_page`, the JSON's `agencyPage`):
 * the public origin (lib/http/origin.ts `publicOrigin`) and the page's path.
 */
export const agencyUrl = (origin: string, slug: string) => `${origin}${agencyHref(slug)}`;
/** The changes page, filtered (a kind of change, a state, up to a list…). */
export const changesHref = (values: Partial<Values<typeof changesView.params>> = {}) => `/changes${changesView.serialize(values)}`;
/** The search page for a query. */
export const searchHref = (q: string) => `/search${searchView.serialize({ q })}`;
/** Where a search result leads: its county, place or agency; a ZIP code, to the county it lies in. */
export const searchHitHref = (hit: { kind: "county" | "place" | "zip" | "agency"; id: string; county?: string }) =>
  hit.kind === "county" ? countyHref(hit.id) : hit.kind === "place" ? placeHref(hit.id) : hit.kind === "zip" ? countyHref(hit.county!) : agencyHref(hit.id);
export const ICE_287G_PAGE = "https://www.ice.gov/identify-and-arrest/287g";
/** The repair ledger, for one list or every list, on a page of its own. */
export const ledgerHref = (values: Partial<Values<typeof ledgerView.params>> = {}) => `/about/ledger${ledgerView.serialize(values)}`;
/** Every list imported, newest first, on the given page. */
export const listsHref = (values: Partial<Values<typeof listsView.params>> = {}) => `/lists${listsView.serialize(values)}`;
type AreaValues = Partial<Values<typeof areaView.params>>;
/** A county's page, by its 5-digit FIPS code, with the view's filters (models, as of). */
export const countyHref = (fips: string, values: AreaValues = {}) => `/counties/${fips}${areaView.serialize(values)}`;
/** A town's page, by its 7-digit Census place GEOID. */
export const placeHref = (geoid: string, values: AreaValues = {}) => `/places/${geoid}${areaView.serialize(values)}`;
/** The site's search (a plain GET form: `/search?q=`). */
export const SEARCH_PATH = "/search";
