// What became of an application on ICE's pending list.
export const PENDING_OUTCOMES = ["signed", "dropped", "pending"] as const;
export type PendingOutcome = (typeof PENDING_OUTCOMES)[number];
