import "server-only";
import type { ModelCode } from "../domain/models";
import { summarizeChanges } from "./changes";
import { getAgreementsByState, type StateCounts } from "./geo";
import { listPublishedLists, type PublishedList } from "./lists";

// The first screen's figures for the nation or one state, under the chosen models: the list shown, the list before
// it (and which states entered or left), and the first list of 2025 the growth is measured from. Every count is
// read from the per-state tallies the map and the table of states draw (getAgreementsByState), so the headline, the
// map and the table cannot disagree.

/** The growth is told from the first list of 2025: the program's expansion began with the administration of January 20, 2025. */
export const GROWTH_FROM = "2025-01-01";

export type AreaTotals = {
  agreements: number;
  agencies: number;
  /** The states and territories with at least one agreement, by USPS code in alphabetical order. */
  states: string[];
};

function totalsOf(rows: StateCounts[], state: string | null): AreaTotals {
  const mine = rows.filter((r) => r.agreements > 0 && (state === null || r.state === state));
  return {
    agreements: mine.reduce((n, r) => n + r.agreements, 0),
    // An agency is in one state: the states' distinct agencies add up to the nation's.
    agencies: mine.reduce((n, r) => n + r.agencies, 0),
    states: mine.map((r) => r.state).sort(),
  };
}

export type Headline = {
  list: PublishedList;
  now: AreaTotals;
  /** The list before the one shown, its totals, the states that have an agreement now and had none then (and the reverse), and the agreements added and removed. */
  previous: { list: PublishedList; totals: AreaTotals; entered: string[]; left: string[]; added: number; removed: number } | null;
  /** The first list of 2025, when the list shown is newer. */
  growthFrom: { list: PublishedList; totals: AreaTotals } | null;
};

export async function getHeadline(list: PublishedList, previous: PublishedList | null, state: string | null, models: ModelCode[]): Promise<Headline> {
  const lists = await listPublishedLists("PARTICIPATING");
  const first2025 = lists.find((l) => l.publishedOn >= GROWTH_FROM);
  const from = first2025 && first2025.publishedOn < list.publishedOn ? first2025 : null;
  const [now, before, start, changes] = await Promise.all([
    getAgreementsByState(list.id, models),
    previous ? getAgreementsByState(previous.id, models) : null,
    from ? getAgreementsByState(from.id, models) : null,
    previous ? summarizeChanges({ state, model: models, change: null, asOf: list.publishedOn }, { newestListOnly: true }) : [],
  ]);
  const totals = totalsOf(now, state);
  const count = (k: "added" | "removed") => changes.find((c) => c.snapshotId === list.id && c.change === k)?.count ?? 0;
  let prev: Headline["previous"] = null;
  if (previous && before) {
    const then = totalsOf(before, state);
    prev = {
      list: previous,
      totals: then,
      entered: totals.states.filter((s) => !then.states.includes(s)),
      left: then.states.filter((s) => !totals.states.includes(s)),
      added: count("added"),
      removed: count("removed"),
    };
  }
  return { list, now: totals, previous: prev, growthFrom: from && start ? { list: from, totals: totalsOf(start, state) } : null };
}
