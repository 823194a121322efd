import "server-only";
import { countChanges, listPendingChanges, totalChanges, type ChangeFilters } from "../changes";
import { listPublishedLists } from "../lists";
import type { Paging } from "../sql";
import { listChangesView } from "./tables";

// The changes page: a page of the changes table (the rows its download holds; the page leads with the removed and added
// agreements of every list, then the re-dated and re-linked), how many changes of each kind each list brought, every list (for its date and file), and the pending list's comings and goings.

export async function getChangesView(values: ChangeFilters, paging: Paging) {
  const table = await listChangesView(values, paging, "leading");
  const asOf = table.list?.publishedOn ?? null;
  const [counts, lists, pendingChanges] = await Promise.all([countChanges({ ...values, asOf }), listPublishedLists(), listPendingChanges({ state: values.state, asOf })]);
  return { table, counts, summary: totalChanges(counts), lists, pendingChanges };
}

export type ChangesViewData = Awaited<ReturnType<typeof getChangesView>>;
