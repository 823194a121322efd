import "server-only";
import type { AgencyTypeCode } from "../../domain/agency-types";
import { otherModelsOf, type ModelCode } from "../../domain/models";
import type { StateAgencySort } from "../../domain/sorts";
import { coverageOf, getCoverageByState } from "../coverage";
import { getAgreementsByState } from "../geo";
import { getHeadline } from "../headline";
import { listSteps, previousList, resolveList } from "../lists";
import { summarizeWeek } from "../changes";
import { loadStateMap } from "../state-map";
import { listPendingOfState, listStateAgencies } from "../states";
import { getListTotals } from "../summary";
import { getTrendsView } from "./trends";

// What one state's view shows for its filters: the list, its totals and rank, the county map's counts (and residents'
// shares when the map shades them), a page of agencies, the residents under agreements, the trends and the pending list.

export type StateViewFilters = {
  model: ModelCode[];
  type: AgencyTypeCode | null;
  q: string;
  sort: StateAgencySort;
  asOf: string | null;
  page: number;
  /** The models whose residents the county map shades; null when it shades agreements. */
  shaded: ModelCode[] | null;
};

/** Agencies a page of the state view shows: its map comes first, and a page stays light (the download has them all). */
const AGENCIES_PAGE_SIZE = 25;

export async function getStateView(state: string, values: StateViewFilters) {
  const [{ list, fallback }, pending] = await Promise.all([resolveList("PARTICIPATING", values.asOf), resolveList("PENDING", values.asOf)]);
  if (!list) return { list: null, fallback } as const;
  const previous = await previousList(list);
  const filters = { model: values.model, type: values.type, q: values.q, sort: values.sort };
  // Residents: under Task Force, and under the chosen models (any when none) unless that is Task Force alone.
  const otherModels = otherModelsOf(values.model);
  const { shaded } = values;
  const [taskForceNow, otherNow, trends, map] = await Promise.all([
    getCoverageByState(list.id, ["TASK_FORCE"]),
    otherModels ? getCoverageByState(list.id, otherModels) : null,
    getTrendsView({ state, models: values.model, asOf: values.asOf }),
    // The same reads as the map's own file (/states/[code]/map.svg).
    loadStateMap(list.id, state, values.model, shaded),
  ]);
  const [headline, now, table, allStates, pendingHere, week] = await Promise.all([
    getHeadline(list, previous, state, values.model),
    getListTotals(list.id, state),
    listStateAgencies(list.id, state, filters, { page: values.page, pageSize: AGENCIES_PAGE_SIZE }),
    getAgreementsByState(list.id, values.model),
    pending.list ? listPendingOfState(pending.list.id, state) : [],
    summarizeWeek({ state, asOf: list.publishedOn }),
  ]);
  const mine = allStates.find((s) => s.state === state)?.agreements ?? 0;
  return {
    list,
    fallback,
    pendingList: pending.list,
    previous,
    /** The publication days before and after the list shown: the time control's steps. */
    steps: await listSteps(list),
    /** The state's agreements added and removed over the seven days to the list shown, list by list. */
    week,
    /** The first screen: the state's counts under the chosen models, the list before, the first list of 2025. */
    headline,
    /** Every model's counts in the state (the table by model). */
    now,
    /** The state's agreements (of the chosen models), its rank among the states by them, and how many states rank. */
    rank: { agreements: mine, rank: 1 + allStates.filter((s) => s.agreements > mine).length, of: allStates.length },
    /** The county map: agreements per county, the placed agencies with agreements of the chosen models, and residents' shares when it shades them. */
    counties: map.counties,
    placed: map.agencies,
    countyCoverage: map.coverage?.counties ?? null,
    countedAreas: map.coverage?.counted ?? null,
    /** Residents under Task Force, and under the other chosen models (null when that is Task Force alone). */
    residents: { taskForce: coverageOf(taskForceNow, state), other: otherNow ? coverageOf(otherNow, state) : null },
    /** One page of the agency table, its size, and how many agencies match. */
    table: { ...table, pageSize: AGENCIES_PAGE_SIZE },
    pendingHere,
    trends,
  };
}

/** The view of a state when a list has been imported (the page is not found otherwise). */
export type StateViewData = Exclude<Awaited<ReturnType<typeof getStateView>>, { list: null }>;
