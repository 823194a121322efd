import "server-only";
import type { ListKey } from "../../domain/lists";
import { listPublishedLists } from "../lists";
import { countRepairsByList } from "../repairs";
import type { Paging } from "../sql";
import { listLedgerView } from "./tables";

// The repair ledger page: a page of the ledger (the rows its download holds) and each list's number of repairs, for
// the list chooser.

export async function getLedgerView(values: { list: ListKey | null }, paging: Paging) {
  const [lists, ledger, repairCounts] = await Promise.all([listPublishedLists(), listLedgerView(values, paging), countRepairsByList()]);
  return { lists, ledger, repairCounts };
}

export type LedgerViewData = Awaited<ReturnType<typeof getLedgerView>>;
