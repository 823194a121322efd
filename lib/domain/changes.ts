// How an agreement differs between a participating list and the one before it, in the one order every table,
// filter, feed and query shows them.
export const CHANGE_KINDS = ["added", "removed", "redated", "relinked"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
