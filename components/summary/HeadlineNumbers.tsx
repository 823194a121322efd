import { formatCount } from "@/lib/view/format";

type Props = { agreements: number; agencies: number; states: number };

export function HeadlineNumbers({ agreements, agencies, states }: Props) {
  const items = [
    { label: "agreements", value: agreements, note: "one agency × one model" },
    { label: "agencies", value: agencies, note: "state and local law enforcement" },
    { label: "states and territories", value: states, note: "with at least one agreement" },
  ];
  return (
    <dl className="grid gap-4 sm:grid-cols-3">
      {items.map((i) => (
        <div key={i.label} className="rounded-lg border border-slate-200 p-4">
          <dt className="text-sm text-slate-700">{i.label}</dt>
          <dd className="text-3xl font-semibold tabular-nums" data-testid={`count-${i.label.split(" ")[0]}`}>
            {formatCount(i.value)}
          </dd>
          <dd className="text-xs text-slate-600">{i.note}</dd>
        </div>
      ))}
    </dl>
  );
}
