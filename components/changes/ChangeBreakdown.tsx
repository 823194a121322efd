import { MODEL_LABEL, type ModelCode } from "@/lib/domain/models";
import { CHANGE_KINDS } from "@/lib/domain/changes";
import type { ChangeCount } from "@/lib/queries/changes";
import { formatDay } from "@/lib/view/format";
import { CHANGE_LABEL } from "./ChangeText";
import { TableHead } from "@/components/tables/TableHead";

/** One list's changes counted by state and model, folded away until asked for. */
export function ChangeBreakdown({ counts, hrefFor }: { counts: ChangeCount[]; hrefFor: (state: string, model: ModelCode) => string }) {
  if (counts.length === 0) return null;
  const rows = new Map<string, Map<string, number>>();
  for (const c of counts) {
    const key = `${c.state}|${c.model}`;
    const r = rows.get(key) ?? new Map<string, number>();
    r.set(c.change, (r.get(c.change) ?? 0) + c.count);
    rows.set(key, r);
  }
  const day = counts[0].publishedOn;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-blue-800 underline">By state and model</summary>
      <div className="table-scroll mt-2">
        <table className="w-full border-collapse text-left" data-testid="change-breakdown">
          <caption className="sr-only">Changes on the list of {formatDay(day)}, by state and model</caption>
          <TableHead dense columns={["State", "Model", ...CHANGE_KINDS.map((k) => ({ label: CHANGE_LABEL[k], align: "right" as const }))]} />
          <tbody>
            {[...rows.entries()].map(([key, r]) => {
              const [state, model] = key.split("|") as [string, ModelCode];
              return (
                <tr key={key} className="border-b border-slate-200">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    <a className="text-blue-800 underline" href={hrefFor(state, model)}>{state}</a>
                  </th>
                  <td className="py-1 pr-3">{MODEL_LABEL[model]}</td>
                  {CHANGE_KINDS.map((k) => (
                    <td key={k} className="py-1 pr-3 text-right tabular-nums">{r.get(k) ?? 0}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
