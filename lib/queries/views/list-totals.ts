import "server-only";
import { resolveList } from "../lists";
import { getListTotals } from "../summary";

// The newest list on or before a day and its totals, of the nation or one state: the social cards and a state's
// link preview text.

export async function getListTotalsView({ state, asOf }: { state: string | null; asOf: string | null }) {
  const { list } = await resolveList("PARTICIPATING", asOf);
  if (!list) return { list: null, totals: null } as const;
  return { list, totals: await getListTotals(list.id, state) };
}

export type ListTotalsViewData = Awaited<ReturnType<typeof getListTotalsView>>;
