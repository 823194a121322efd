import { formatCount, formatDay } from "@/lib/view/format";

type Counts = { agreements: number; agencies: number; states: number };
type Props = Counts & {
  /** The previous list's counts, for the change since it. */
  previous?: (Counts & { publishedOn: string }) | null;
  /** Hide the states figure (a state's own view). */
  withStates?: boolean;
};

function change(now: number, before: number): string {
  const d = now - before;
  return d === 0 ? "no change" : `${d > 0 ? "+" : "−"}${formatCount(Math.abs(d))}`;
}

export function HeadlineNumbers({ agreements, agencies, states, previous, withStates = true }: Props) {
  const items = [
    { label: "agreements", value: agreements, before: previous?.agreements, note: "one agency × one model" },
    { label: "agencies", value: agencies, before: previous?.agencies, note: "state and local law enforcement" },
    ...(withStates ? [{ label: "states and territories", value: states, before: previous?.states, note: "with at least one agreement" }] : []),
  ];
  return (
    <dl className={`grid gap-4 ${withStates ? "sm:grid-cols-3" : "sm:grid-cols-2"}`}>
      {items.map((i) => (
        <div key={i.label} className="rounded-lg border border-slate-200 p-4">
          <dt className="text-sm text-slate-700">{i.label}</dt>
          <dd className="text-3xl font-semibold tabular-nums" data-testid={`count-${i.label.split(" ")[0]}`}>
            {formatCount(i.value)}
          </dd>
          {previous && i.before !== undefined && (
            <dd className="text-sm text-slate-800" data-testid={`change-${i.label.split(" ")[0]}`}>
              <span className="font-semibold tabular-nums">{change(i.value, i.before)}</span> since the list of {formatDay(previous.publishedOn)}
            </dd>
          )}
          <dd className="text-xs text-slate-600">{i.note}</dd>
        </div>
      ))}
    </dl>
  );
}
