import "server-only";
import type { ModelCode } from "../../domain/models";
import { summarizeChanges, summarizeWeek } from "../changes";
import { getCoverageByState, nationCoverage } from "../coverage";
import { getHeadline } from "../headline";
import { listSteps, previousList, resolveList } from "../lists";
import { countPendingOutcomes } from "../pending";
import { listStates } from "../states";
import { getListTotals } from "../summary";
import { getTrendsView } from "./trends";

// What the national view `/` shows for its filters: the newest list on or before the date, its totals and the list
// before it, the states (for the map), the latest changes, the trend charts and the residents under agreements.

export async function getNationalView(values: { model: ModelCode[]; asOf: string | null }) {
  const [{ list, fallback }, pending] = await Promise.all([resolveList("PARTICIPATING", values.asOf), resolveList("PENDING", values.asOf)]);
  if (!list) return { list: null, fallback } as const;
  const previous = await previousList(list);
  const [headline, now, states, changes, trends, taskForce, chosen, week, pendingOutcomes] = await Promise.all([
    getHeadline(list, previous, null, values.model),
    getListTotals(list.id),
    listStates(list.id, pending.list?.id ?? null, values.model),
    summarizeChanges({ state: null, model: values.model, change: null, asOf: list.publishedOn }, { newestListOnly: true }),
    getTrendsView({ state: null, models: values.model, asOf: values.asOf }),
    getCoverageByState(list.id, ["TASK_FORCE"]),
    getCoverageByState(list.id, values.model),
    summarizeWeek({ state: null, asOf: list.publishedOn }),
    // What became of each application, as the pending page counts it; only the newest lists have a "still pending".
    values.asOf ? null : countPendingOutcomes(null),
  ]);
  return {
    list,
    fallback,
    pendingList: pending.list,
    previous,
    /** The publication days before and after the list shown: the time control's steps. */
    steps: await listSteps(list),
    /** The first screen: the counts under the chosen models, the list before, the first list of 2025. */
    headline,
    /** Every model's counts on the list (the table by model). */
    now,
    /** Applications signed, dropped and still pending, as /pending counts them; null for a past date. */
    pendingOutcomes,
    /** Every state with its counts, in no particular order (the map's). */
    states,
    changes,
    /** Agreements added and removed over the seven days to the list shown, list by list. */
    week,
    trends,
    /** Residents under Task Force and under the chosen models (any when none), per state and for the nation. */
    coverage: { taskForce, chosen },
    nation: { taskForce: nationCoverage(taskForce), chosen: nationCoverage(chosen) },
  };
}

export type NationalViewData = Awaited<ReturnType<typeof getNationalView>>;
