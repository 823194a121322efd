import "server-only";
import { listPendingChanges } from "../changes";
import { listPublishedLists } from "../lists";

// One pending list's comings and goings: every pending list change (of a state, or all), and the pending lists they
// come from; the view picks the list on or before its date and links the lists before and after it.

export async function getPendingListChangesView(values: { state: string | null }) {
  const [changes, lists] = await Promise.all([listPendingChanges({ state: values.state, asOf: null }), listPublishedLists("PENDING")]);
  return { changes, lists };
}

export type PendingListChangesViewData = Awaited<ReturnType<typeof getPendingListChangesView>>;
