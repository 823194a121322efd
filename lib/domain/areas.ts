// How an agency's 287(g) authority reaches a county or a town: the groups a county's or a town's page lists.
export const COVER_ROLES = ["county", "town", "regional", "state"] as const;
export type CoverRole = (typeof COVER_ROLES)[number];

/** A county page's groups, in the order it shows them. */
export const COUNTY_ROLE_TITLE: Record<CoverRole, string> = {
  county: "The county's own agencies",
  town: "Police of towns in the county",
  regional: "Agencies of several counties, this one included",
  state: "State agencies whose agreements cover the whole state",
};

/** A town page's groups. */
export const PLACE_ROLE_TITLE: Record<CoverRole, string> = {
  county: "Agencies of the county it lies in",
  town: "The town's own police and agencies placed in it",
  regional: "Agencies of several counties, its county included",
  state: "State agencies whose agreements cover the whole state",
};

/** The group in one word, for downloads and the API. */
export const COVER_ROLE_SLUG: Record<CoverRole, string> = { county: "county", town: "town", regional: "several-counties", state: "statewide" };

/** A county's 5-digit FIPS code, a Census place's 7-digit GEOID: the state's 2-digit FIPS code comes first. */
export const COUNTY_FIPS_PATTERN = /^\d{5}$/;
export const PLACE_GEOID_PATTERN = /^\d{7}$/;
