import { MODEL_LABEL, MODEL_SLUG, MODELS, type ModelCode } from "@/lib/domain/models";
import { formatCount } from "@/lib/view/format";
import { TableHead } from "@/components/tables/TableHead";

type Row = { model: ModelCode | null; agreements: number; agencies: number; states: number };

const SWATCH: Record<ModelCode, string> = {
  JAIL_ENFORCEMENT: "bg-jail",
  TASK_FORCE: "bg-task-force",
  WARRANT_SERVICE_OFFICER: "bg-wso",
};

const DESCRIPTION: Record<ModelCode, string> = {
  JAIL_ENFORCEMENT: "screening people already booked into a jail",
  TASK_FORCE: "immigration enforcement during routine policing",
  WARRANT_SERVICE_OFFICER: "serving ICE administrative warrants in the jail",
};

/** Agreements per model (the chosen ones, every model when none), with the states (nationally) or the agencies (in one state) that hold them. */
export function ModelTable({ rows, caption, models = [], second = "states" }: { rows: Row[]; caption: string; models?: ModelCode[]; second?: "states" | "agencies" }) {
  const byModel = new Map(rows.map((r) => [r.model, r]));
  const shown = models.length ? MODELS.filter((m) => models.includes(m)) : MODELS;
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="mb-2 text-left text-base font-semibold">{caption}</caption>
      <TableHead columns={["Model", { label: "Agreements", align: "right" }, { label: second === "states" ? "States" : "Agencies", align: "right" }]} />
      <tbody>
        {shown.map((m) => {
          const r = byModel.get(m);
          return (
            <tr key={m} className="border-b border-slate-200" data-testid={`model-${MODEL_SLUG[m]}`}>
              <th scope="row" className="py-2 pr-4 font-normal">
                <span className="flex items-center gap-2">
                  <span aria-hidden className={`inline-block size-3 rounded-sm ${SWATCH[m]}`} />
                  <span>
                    <span className="font-medium">{MODEL_LABEL[m]}</span>
                    <span className="block text-xs text-slate-600">{DESCRIPTION[m]}</span>
                  </span>
                </span>
              </th>
              <td className="py-2 pr-4 text-right tabular-nums" data-testid="agreements">{formatCount(r?.agreements ?? 0)}</td>
              <td className="py-2 text-right tabular-nums" data-testid={second}>{formatCount(r?.[second] ?? 0)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
