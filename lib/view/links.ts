// Where the pages link to, in one place. The state view (/states/[code]) is not built yet; until it is, a state
// links to the agreements listing filtered to it.
import { agreementsView } from "./filters";

export const stateHref = (code: string) => `/agreements${agreementsView.serialize({ state: code })}`;
export const agencyHref = (slug: string) => `/agencies/${slug}`;
export const ICE_287G_PAGE = "https://www.ice.gov/identify-and-arrest/287g";
