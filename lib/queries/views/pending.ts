import "server-only";
import { getPendingStandstill } from "../freshness";
import { countPendingOutcomes, type PendingFilters } from "../pending";
import type { Paging } from "../sql";
import { listPendingView } from "./tables";

// The pending applications page: a page of its table (the rows its download holds), how many applications signed,
// dropped off or are still pending, and whether ICE's pending list has stood still while the participating list moved.

export async function getPendingView(values: PendingFilters, paging: Paging) {
  const [table, outcomes, standstill] = await Promise.all([listPendingView(values, paging), countPendingOutcomes(values.state), getPendingStandstill()]);
  return { table, outcomes, standstill };
}

export type PendingViewData = Awaited<ReturnType<typeof getPendingView>>;
