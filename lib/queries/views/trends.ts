import "server-only";
import { otherModelsOf, type ModelCode } from "../../domain/models";
import type { ListFallback } from "../../domain/lists";
import { getCoverageTrend, type SharePoint } from "../coverage";
import { resolveList, type PublishedList } from "../lists";
import { getListTrend, getSignedTrend, type ListTrendPoint, type SignedTrend } from "../trends";

// What a view's trend charts and their tables show, read once here: the pages draw it, the charts fetch it as JSON
// (app/trends/data.json) only when they come into view, so no page carries the points in its HTML.

export type TrendsViewData = {
  list: PublishedList | null;
  /** Set when no list was published on or before the date asked for (the view words it). */
  fallback: ListFallback | null;
  /** Every participating list up to the one shown, oldest first. */
  listTrend: ListTrendPoint[];
  /** The list shown, by month signed. */
  signedTrend: SignedTrend | null;
  /** A state's share of residents list by list (none for the nation); `other` is null when the models are Task Force alone. */
  shareTrend: SharePoint[] | null;
};

export async function getTrendsView({ state, models, asOf }: { state: string | null; models: ModelCode[]; asOf: string | null }): Promise<TrendsViewData> {
  const { list, fallback } = await resolveList("PARTICIPATING", asOf);
  if (!list) return { list, fallback, listTrend: [], signedTrend: null, shareTrend: null };
  const otherModels = otherModelsOf(models);
  const [listTrend, signedTrend, taskForceTrend, otherTrend] = await Promise.all([
    getListTrend({ state, models }),
    getSignedTrend({ snapshotId: list.id, state, models }),
    state ? getCoverageTrend(state, ["TASK_FORCE"]) : null,
    state && otherModels ? getCoverageTrend(state, otherModels) : null,
  ]);
  const shareTrend = taskForceTrend
    ? taskForceTrend
        .map((p, i) => ({ p, o: otherTrend?.[i] }))
        .filter(({ p }) => p.publishedOn <= list.publishedOn && p.population !== null)
        .map(({ p, o }) => ({
          publishedOn: p.publishedOn,
          population: p.population!,
          taskForce: { residents: p.localResidents, statewide: p.statewide },
          other: o ? { residents: o.localResidents, statewide: o.statewide } : null,
        }))
    : null;
  return { list, fallback, listTrend: listTrend.filter((p) => p.publishedOn <= list.publishedOn), signedTrend, shareTrend };
}
