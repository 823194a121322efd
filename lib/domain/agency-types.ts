// The four kinds of agency ICE's TYPE column names: enum names in code, labels on screen, slugs in URLs.
export const AGENCY_TYPES = ["COUNTY", "MUNICIPALITY", "STATE_AGENCY", "OTHER"] as const;
export type AgencyTypeCode = (typeof AGENCY_TYPES)[number];
export const AGENCY_TYPE_SLUG: Record<AgencyTypeCode, string> = { COUNTY: "county", MUNICIPALITY: "municipality", STATE_AGENCY: "state", OTHER: "other" };
export const AGENCY_TYPE_LABEL: Record<AgencyTypeCode, string> = { COUNTY: "County", MUNICIPALITY: "Municipality", STATE_AGENCY: "State agency", OTHER: "Other" };
