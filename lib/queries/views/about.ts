import "server-only";
import type { ListKey } from "../../domain/lists";
import { getUncountedAgencies } from "../coverage";
import { getPlacementQuality } from "../geo";
import { listPublishedLists } from "../lists";
import { countRepairsByList } from "../repairs";
import type { Paging } from "../sql";
import { listLedgerView } from "./tables";

// The about page: every list imported, a page of the repair ledger (the rows its download holds) with each list's
// number of repairs, how well agencies are placed on the map, and the agencies counted for nobody.

export async function getAboutView(values: { list: ListKey | null }, paging: Paging) {
  const [lists, ledger, repairCounts, placement, uncounted] = await Promise.all([
    listPublishedLists(),
    listLedgerView(values, paging),
    countRepairsByList(),
    getPlacementQuality(),
    getUncountedAgencies(),
  ]);
  return { lists, ledger, repairCounts, placement, uncounted, uncountedList: uncounted && lists.find((l) => l.id === uncounted.snapshotId) };
}

export type AboutViewData = Awaited<ReturnType<typeof getAboutView>>;
