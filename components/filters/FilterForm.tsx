import { STATES } from "@/lib/domain/states";

export type Field =
  | { kind: "state"; value: string | null }
  | { kind: "select"; name: string; label: string; value: string | null; options: { value: string; label: string }[] }
  | { kind: "search"; name: string; label: string; value: string }
  | { kind: "date"; name: string; label: string; value: string | null };

const box = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900";

/**
 * A plain GET form: submitting it writes the filters into the URL, with no script needed. Filters set elsewhere on
 * the page (models, sort) ride along as hidden fields, and the page goes back to 1.
 */
export function FilterForm({ action, fields, hidden }: { action: string; fields: Field[]; hidden: Record<string, string | undefined> }) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3" role="search" aria-label="Filters">
      {Object.entries(hidden).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
      {fields.map((f) => {
        if (f.kind === "state")
          return (
            <label key="state" className="text-sm text-slate-800">
              State
              <select name="state" defaultValue={f.value?.toLowerCase() ?? ""} className={box}>
                <option value="">All states</option>
                {Object.entries(STATES)
                  .sort((a, b) => a[1].localeCompare(b[1]))
                  .map(([code, name]) => (
                    <option key={code} value={code.toLowerCase()}>
                      {name}
                    </option>
                  ))}
              </select>
            </label>
          );
        if (f.kind === "select")
          return (
            <label key={f.name} className="text-sm text-slate-800">
              {f.label}
              <select name={f.name} defaultValue={f.value ?? ""} className={box}>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          );
        if (f.kind === "search")
          return (
            <label key={f.name} className="text-sm text-slate-800">
              {f.label}
              <input type="search" name={f.name} defaultValue={f.value} maxLength={100} className={box} />
            </label>
          );
        return (
          <label key={f.name} className="text-sm text-slate-800">
            {f.label}
            <input type="date" name={f.name} defaultValue={f.value ?? ""} min="2021-01-01" className={box} />
          </label>
        );
      })}
      <button type="submit" className="rounded-md bg-blue-800 px-4 py-1.5 text-sm font-medium text-white hover:bg-blue-900 focus:outline-2 focus:outline-offset-2 focus:outline-blue-800">
        Apply
      </button>
    </form>
  );
}
