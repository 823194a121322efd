import "server-only";
import { listPublishedLists } from "../lists";
import { countRepairsByList } from "../repairs";

// The table of every list imported (/lists): each list with its file, rows and the number of values repaired in it.

export async function getListsView() {
  const [lists, repairCounts] = await Promise.all([listPublishedLists(), countRepairsByList()]);
  return { lists, repairCounts };
}

export type ListsViewData = Awaited<ReturnType<typeof getListsView>>;
