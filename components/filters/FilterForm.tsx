import { STATES } from "@/lib/domain/states";

export type Field =
  | { kind: "state"; value: string | null }
  | { kind: "select"; name: string; label: string; value: string | null; options: { value: string; label: string }[] }
  | { kind: "search"; name: string; label: string; value: string }
  | { kind: "date"; name: string; label: string; value: string | null };

const box = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900";

const STATE_OPTIONS = [
  { value: "", label: "All states" },
  ...Object.entries(STATES)
    .sort((a, b) => a[1].localeCompare(b[1]))
    .map(([code, name]) => ({ value: code.toLowerCase(), label: name })),
];

/**
 * A plain GET form: submitting it writes the filters into the URL, with no script needed. Filters set elsewhere on
 * the page (models, sort) ride along as hidden fields, and the page goes back to 1.
 */
export function FilterForm({ action, fields, hidden }: { action: string; fields: Field[]; hidden: Record<string, string | undefined> }) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3" role="search" aria-label="Filters">
      {Object.entries(hidden).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
      {fields.map((f) => {
        const name = f.kind === "state" ? "state" : f.name;
        const id = `filter-${name}`;
        const label = f.kind === "state" ? "State" : f.label;
        let control: React.ReactNode;
        if (f.kind === "state" || f.kind === "select") {
          const options = f.kind === "state" ? STATE_OPTIONS : f.options;
          const value = f.kind === "state" ? (f.value?.toLowerCase() ?? "") : (f.value ?? "");
          control = (
            <select id={id} name={name} defaultValue={value} className={box}>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          );
        } else if (f.kind === "search") {
          control = <input id={id} type="search" name={name} defaultValue={f.value} maxLength={100} className={box} />;
        } else {
          control = <input id={id} type="date" name={name} defaultValue={f.value ?? ""} min="2021-01-01" className={box} />;
        }
        return (
          <div key={name} className="text-sm text-slate-800">
            <label htmlFor={id}>{label}</label>
            {control}
          </div>
        );
      })}
      <button type="submit" className="rounded-md bg-blue-800 px-4 py-1.5 text-sm font-medium text-white hover:bg-blue-900 focus:outline-2 focus:outline-offset-2 focus:outline-blue-800">
        Apply
      </button>
    </form>
  );
}
