import type { ListSteps as Steps } from "@/lib/queries/lists";
import { formatDay } from "@/lib/view/format";

// The time control of a view: step to the list published before or after the one shown, or back to the newest,
// each a link that writes `asOf` into the URL like every other filter (no script; the keyboard reaches each link).

const step = "inline-flex items-center gap-1 rounded-md border border-slate-300 px-2.5 py-1 text-blue-800 underline-offset-2 hover:underline focus:outline-2 focus:outline-offset-2 focus:outline-blue-800";

export function ListSteps({ steps, hrefFor }: { steps: Steps; hrefFor: (asOf: string | null) => string }) {
  const { previous, next, shown, newest } = steps;
  return (
    <nav aria-label="Step through ICE's lists" className="flex flex-wrap items-center gap-2 text-sm">
      {previous ? (
        <a className={step} href={hrefFor(previous)} rel="prev">
          <span aria-hidden="true">←</span> List of {formatDay(previous)}
        </a>
      ) : (
        <span className="text-slate-600">The first list</span>
      )}
      <span className="font-medium tabular-nums" aria-current="date">
        Shown: list of {formatDay(shown)}
      </span>
      {next && (
        <a className={step} href={hrefFor(next)} rel="next">
          List of {formatDay(next)} <span aria-hidden="true">→</span>
        </a>
      )}
      {shown !== newest && (
        <a className={step} href={hrefFor(null)}>
          Newest list ({formatDay(newest)})
        </a>
      )}
    </nav>
  );
}
