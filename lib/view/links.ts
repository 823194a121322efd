// Where the pages link to, in one place.
import { stateView, type Values } from "./filters";

type StateValues = Values<typeof stateView.params>;

/** A state's view, with any of its filters (models, as-of date…) carried over. */
export const stateHref = (code: string, values: Partial<StateValues> = {}) => `/states/${code.toLowerCase()}${stateView.serialize(values)}`;
export const agencyHref = (slug: string) => `/agencies/${slug}`;
export const ICE_287G_PAGE = "https://www.ice.gov/identify-and-arrest/287g";
