import { MODELS, type ModelCode } from "@/lib/domain/models";
import { eventsWithin } from "@/lib/domain/events";
import { stateName } from "@/lib/domain/states";
import type { TrendsViewData } from "@/lib/queries/views/trends";
import { modelSeries, trendSvg, type TrendSeries } from "./trend-svg";
import { COVERAGE_LINES } from "./CoverageKey";
import { otherModelsWords, percentExact, shareTicks } from "@/lib/view/coverage";
import { dayTime, signedSpan } from "./time-ticks";
import { describeListTrend, describeShareTrend, describeSignedTrend } from "./trend-words";

// The two trend charts of a view as SVG files (app/trends/lists.svg, app/trends/signed.svg), from the same view
// data as the interactive charts and the tables (lib/queries/views/trends.ts).


const shownOf = (models: ModelCode[]) => MODELS.filter((m) => models.length === 0 || models.includes(m));

export function listTrendSvg(view: TrendsViewData, state: string | null, models: ModelCode[]): string {
  const shown = shownOf(models);
  const points = view.listTrend;
  const archived = points.filter((p) => p.origin === "ARCHIVED_WEB_PAGE");
  const events = points.length ? eventsWithin(points[0].publishedOn, points.at(-1)!.publishedOn) : [];
  return trendSvg({
    title: describeListTrend(points, state ? stateName(state) : null, shown),
    yLabel: "Agreements on the list",
    series: shown.map((m) => modelSeries(m, points.map((p) => ({ t: dayTime(p.publishedOn), v: p.byModel[m] })))),
    band: archived.length ? { from: dayTime(archived[0].publishedOn), to: dayTime(archived.at(-1)!.publishedOn), label: "Archived copies of ICE’s page" } : null,
    events,
  });
}

export function signedTrendSvg(view: TrendsViewData, state: string | null, models: ModelCode[]): string {
  const shown = shownOf(models);
  const trend = view.signedTrend;
  const first = view.listTrend[0]?.publishedOn;
  // The same span as the list chart.
  const points = signedSpan(trend?.points ?? [], first);
  const last = trend?.publishedOn;
  return trendSvg({
    title: trend ? describeSignedTrend(trend, state ? stateName(state) : null, shown, view.listTrend[0]?.publishedOn) : "No list has been imported.",
    yLabel: "Agreements signed, cumulative",
    // The first point sits on the first list's day, where the list chart starts.
    series: shown.map((m) => modelSeries(m, points.map(({ t, point }) => ({ t, v: point.byModel[m] })))),
    events: first && last ? eventsWithin(`${first.slice(0, 7)}-01`, last) : [],
  });
}

/** A state's share of residents under local agreements, list by list: Task Force, and any or the chosen models. */
export function sharesTrendSvg(view: TrendsViewData, state: string, models: ModelCode[]): string {
  const points = view.shareTrend ?? [];
  const words = otherModelsWords(models);
  const line = (key: keyof typeof COVERAGE_LINES, name: string, v: (p: (typeof points)[number]) => number | null): TrendSeries => ({
    name,
    color: COVERAGE_LINES[key].color,
    dash: COVERAGE_LINES[key].dash,
    points: points.flatMap((p) => {
      const value = v(p);
      return value === null ? [] : [{ t: dayTime(p.publishedOn), v: value }];
    }),
  });
  const series = [
    line("taskForce", "Task Force", (p) => percentExact(p.taskForce.residents, p.population)),
    ...(points.some((p) => p.other) ? [line("other", words[0].toUpperCase() + words.slice(1), (p) => (p.other ? percentExact(p.other.residents, p.population) : null))] : []),
  ];
  const max = Math.max(0, ...series.flatMap((s) => s.points.map((p) => p.v)));
  return trendSvg({
    title: describeShareTrend(points, stateName(state), words),
    yLabel: "Share of residents",
    series,
    yTicks: shareTicks(max),
    yFormat: (v) => `${v}\u00a0%`,
    events: points.length ? eventsWithin(points[0].publishedOn, points.at(-1)!.publishedOn) : [],
  });
}
