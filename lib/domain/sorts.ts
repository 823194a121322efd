// The orders a table can be sorted in: the words the URL carries and the queries understand.

/** Both directions of each sort key: "agreements" ascending, "-agreements" descending. */
const bothWays = <K extends string>(keys: readonly [K, ...K[]]) => keys.flatMap((k) => [k, `-${k}` as const]) as unknown as readonly [K | `-${K}`, ...(K | `-${K}`)[]];

export const AGREEMENT_SORTS = ["state", "agency", "signed", "-signed"] as const;
export type AgreementSort = (typeof AGREEMENT_SORTS)[number];

export const STATE_SORT_KEYS = ["state", "agreements", "agencies", "jail", "task-force", "wso", "pending", "population", "residents-task-force", "residents"] as const;
export type StateSortKey = (typeof STATE_SORT_KEYS)[number];
export const STATE_SORTS = bothWays(STATE_SORT_KEYS);
export type StateSort = (typeof STATE_SORTS)[number];

export const STATE_AGENCY_SORT_KEYS = ["agency", "county", "type", "signed"] as const;
export type StateAgencySortKey = (typeof STATE_AGENCY_SORT_KEYS)[number];
export const STATE_AGENCY_SORTS = bothWays(STATE_AGENCY_SORT_KEYS);
export type StateAgencySort = (typeof STATE_AGENCY_SORTS)[number];
