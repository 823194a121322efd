import "server-only";
import { getUncountedAgencies } from "../coverage";
import { getPlacementQuality } from "../geo";
import { listPublishedLists } from "../lists";
import { countRepairsByList } from "../repairs";

// The about page: every list imported, the number of repairs in all (the ledger is its own page, views/ledger.ts),
// how well agencies are placed on the map, and the agencies counted for nobody.

export async function getAboutView() {
  const [lists, repairCounts, placement, uncounted] = await Promise.all([listPublishedLists(), countRepairsByList(), getPlacementQuality(), getUncountedAgencies()]);
  return {
    lists,
    repairs: repairCounts.reduce((sum, r) => sum + r.n, 0),
    placement,
    uncounted,
    uncountedList: uncounted && lists.find((l) => l.id === uncounted.snapshotId),
  };
}

export type AboutViewData = Awaited<ReturnType<typeof getAboutView>>;
