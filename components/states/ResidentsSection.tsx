import type { ReactNode } from "react";
import { CoverageFigure } from "@/components/charts/CoverageFigure";
import { CoverageKey } from "@/components/charts/CoverageKey";
import { describeShareTrend } from "@/components/charts/trend-words";
import type { StateCoverage } from "@/lib/queries/coverage";
import type { SharePoint } from "@/lib/view/coverage";
import { formatCount, formatDay, formatShare } from "@/lib/view/format";

// How many of a state's residents live under 287(g) agreements: the local count (counties whose county agency
// holds one, towns whose police do) with its share, a state agency's statewide agreement said apart and never
// added in, and the share list by list.

export type ResidentsSectionProps = {
  stateName: string;
  publishedOn: string;
  taskForce: StateCoverage;
  /** Under any model, or the chosen ones; null when that is Task Force alone (the same figures). */
  other: StateCoverage | null;
  /** "any model", "the chosen models (Jail Enforcement or Warrant Service Officer)". */
  otherWords: string;
  /** The share list by list, for the chart's summary; the chart fetches the points from `src`. */
  trend: SharePoint[];
  src: string;
  /** The trends page, whose table gives the share on each list. */
  tablesHref: string;
};

const names = (xs: string[]) => (xs.length <= 2 ? xs.join(" and ") : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}`);

function Reading({ id, title, words, c, population, stateName }: { id: string; title: ReactNode; words: string; c: StateCoverage; population: number; stateName: string }) {
  return (
    <div className="space-y-2 rounded-lg border border-slate-200 p-card" data-testid={`residents-${id}`}>
      <h3 className="text-subheading">{title}</h3>
      <p>
        <strong className="text-2xl tabular-nums" data-testid={`residents-${id}-local`}>{formatCount(c.localResidents)}</strong>{" "}
        residents, <strong data-testid={`residents-${id}-share`}>{formatShare(c.localResidents, population, 1)}</strong> of {stateName}, live where a
        local agency holds {words === "Task Force" ? "a Task Force agreement" : `an agreement of ${words}`}:
      </p>
      <ul className="list-disc space-y-0.5 pl-5 text-sm tabular-nums">
        <li>{formatCount(c.countyResidents)} in counties whose county agency (the sheriff) holds one;</li>
        <li>{formatCount(c.placeResidents)} in towns whose police hold one, in counties not counted whole.</li>
      </ul>
      {c.statewide.length > 0 ? (
        <div className="space-y-1 text-sm" data-testid={`residents-${id}-statewide`}>
          <p>
            <strong>Statewide:</strong> {c.statewide.length <= 4 ? names(c.statewide) : `${formatCount(c.statewide.length)} state agencies`}{" "}
            {c.statewide.length === 1 ? "holds" : "hold"}{" "}
            {words === "Task Force" ? (c.statewide.length === 1 ? "a Task Force agreement" : "Task Force agreements") : `agreements of ${words}`} covering all{" "}
            {formatCount(population)} residents of {stateName}. This is a separate reading, not added to the local count above.
          </p>
          {c.statewide.length > 4 && (
            <details>
              <summary className="cursor-pointer text-blue-800 underline">Which state agencies</summary>
              <ul className="mt-1 list-disc pl-5">
                {c.statewide.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      ) : (
        <p className="text-sm text-slate-700">No state agency holds a statewide {words === "Task Force" ? "Task Force " : ""}agreement{words === "Task Force" ? "" : ` of ${words}`}.</p>
      )}
    </div>
  );
}

export function ResidentsSection({ stateName, publishedOn, taskForce, other, otherWords, trend, src, tablesHref }: ResidentsSectionProps) {
  const population = taskForce.population;
  const capitalized = otherWords[0].toUpperCase() + otherWords.slice(1);
  return (
    <section aria-labelledby="residents-title" className="space-y-block">
      <h2 id="residents-title" className="text-heading">Residents under 287(g) agreements</h2>
      {population === null ? (
        <p className="max-w-3xl" data-testid="residents-population">
          The Census Bureau publishes no population estimate for {stateName}, so its residents under agreements are not counted.
        </p>
      ) : (
        <>
          <p className="max-w-3xl" data-testid="residents-population">
            {stateName} has <strong>{formatCount(population)}</strong> residents (Census Bureau estimate for July 1, 2024). On ICE&rsquo;s list of{" "}
            {formatDay(publishedOn)}:
          </p>
          <div className="grid gap-4 md:grid-cols-2">
            <Reading id="task-force" title="Under Task Force agreements" words="Task Force" c={taskForce} population={population} stateName={stateName} />
            {other && <Reading id="other" title={`Under agreements of ${otherWords}`} words={otherWords} c={other} population={population} stateName={stateName} />}
          </div>
          <p className="text-sm">
            <a className="text-blue-800 underline" href="/about#residents">How residents are counted</a>
          </p>

          <h3 id="residents-trend-title" className="text-subheading">Share of residents over time</h3>
          <p className="max-w-3xl text-sm text-slate-700">
            The local share on each participating list ICE published (a point is one list), with the populations above; statewide agreements are not in
            the lines.
          </p>
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label="Key to the lines">
            <li className="flex items-center gap-2">
              <CoverageKey line="taskForce" />
              Task Force
            </li>
            {other && (
              <li className="flex items-center gap-2">
                <CoverageKey line="other" />
                {capitalized}
              </li>
            )}
          </ul>
          <CoverageFigure src={src} otherWords={capitalized} label={describeShareTrend(trend, stateName, otherWords)} />
          <p className="text-sm">
            <a className="text-blue-800 underline" href={`${tablesHref}#residents`}>
              Table of these numbers<span className="sr-only">: the share of {stateName}&rsquo;s residents on each list</span>
            </a>
          </p>
        </>
      )}
    </section>
  );
}
