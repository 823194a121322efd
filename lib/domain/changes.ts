// How an agreement differs between a participating list and the one before it, in the one order every table,
// filter, feed and query shows them.
export const CHANGE_KINDS = ["added", "removed", "redated", "relinked"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * The changes page leads with what left and what joined the lists (removals first, being rarer), every list's, newest
 * list first; signed dates and MOA links that changed come after them.
 */
export const LEADING_CHANGES = ["removed", "added"] as const satisfies readonly ChangeKind[];
export const isLeadingChange = (k: ChangeKind) => (LEADING_CHANGES as readonly ChangeKind[]).includes(k);
