// Where the pages link to, in one place.
import { searchView, stateMapView, stateView, type Values } from "./filters";

type StateValues = Values<typeof stateView.params>;

/** A state's view, with any of its filters (models, as-of date…) carried over. */
export const stateHref = (code: string, values: Partial<StateValues> = {}) => `/states/${code.toLowerCase()}${stateView.serialize(values)}`;
/** A state's county map as an SVG file, drawn for the filters that change it (models, what it shades, as of). */
export const stateMapHref = (code: string, values: Partial<Values<typeof stateMapView.params>> = {}) => `/states/${code.toLowerCase()}/map.svg${stateMapView.serialize(values)}`;
export const agencyHref = (slug: string) => `/agencies/${slug}`;
/** A county's page, by its 5-digit FIPS code. */
export const countyHref = (fips: string) => `/counties/${fips}`;
/** A Census place's page, by its 7-digit GEOID. */
export const placeHref = (geoid: string) => `/places/${geoid}`;
/** The search page for a query. */
export const searchHref = (q: string) => `/search${searchView.serialize({ q })}`;
/** Where a search result leads: its county, place or agency; a ZIP code, to the county it lies in. */
export const searchHitHref = (hit: { kind: "county" | "place" | "zip" | "agency"; id: string; county?: string }) =>
  hit.kind === "county" ? countyHref(hit.id) : hit.kind === "place" ? placeHref(hit.id) : hit.kind === "zip" ? countyHref(hit.county!) : agencyHref(hit.id);
export const ICE_287G_PAGE = "https://www.ice.gov/identify-and-arrest/287g";
