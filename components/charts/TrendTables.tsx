import { TableHead } from "@/components/tables/TableHead";
import { MODEL_LABEL, type ModelCode } from "@/lib/domain/models";
import type { ListTrendPoint, SignedTrend } from "@/lib/queries/trends";
import type { SharePoint } from "@/lib/view/coverage";
import { formatCount, formatDay, formatShare } from "@/lib/view/format";
import { formatMonth } from "./trend-words";

// The tables of the trend charts' numbers, the charts' alternative: on the trends page (/trends), linked from each
// chart, so the views themselves carry neither the tables nor the charts' points.

const ORIGIN_TEXT = { ICE_SPREADSHEET: "ICE spreadsheet", ARCHIVED_WEB_PAGE: "Archived page" } as const;

// Cell styles set once on the table, not on each of its hundreds of cells.
const ROWS = "[&_tbody_tr]:border-b [&_tbody_tr]:border-slate-200 [&_tbody_th]:py-1 [&_tbody_th]:pr-3 [&_tbody_th]:font-normal [&_tbody_th]:whitespace-nowrap [&_td]:py-1 [&_td]:pr-3 [&_td]:text-right [&_td]:tabular-nums";

/** A table in a box of its own that scrolls sideways at phone width, reachable and scrollable by keyboard. */
function TableBox({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div tabIndex={0} role="region" aria-label={label} className="table-scroll rounded text-sm focus:outline-2 focus:outline-offset-2 focus:outline-blue-700">
      {children}
    </div>
  );
}

/** Agreements on each participating list, by model. */
export function ListTrendTable({ points, models, where }: { points: ListTrendPoint[]; models: ModelCode[]; where: string }) {
  return (
    <TableBox label={`Agreements${where} on each list, by model`}>
      <table className={`w-full min-w-[36rem] border-collapse text-left ${ROWS}`} data-testid="list-trend-table">
        <caption className="mb-1 text-left text-xs text-slate-600">Agreements{where} on each participating list, by model, newest list first</caption>
        <TableHead
          dense
          columns={["List of", "Source", ...models.map((m) => ({ label: MODEL_LABEL[m], align: "right" as const })), { label: "Agreements", align: "right" }, { label: "Agencies", align: "right" }]}
        />
        <tbody>
          {points.map((p) => (
            <tr key={p.publishedOn}>
              <th scope="row">{formatDay(p.publishedOn)}</th>
              <td className="whitespace-nowrap text-left!">{ORIGIN_TEXT[p.origin]}</td>
              {models.map((m) => (
                <td key={m}>{formatCount(p.byModel[m])}</td>
              ))}
              <td>{formatCount(p.agreements)}</td>
              <td>{formatCount(p.agencies)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}

/** One list's agreements signed by the end of each month, cumulative. */
export function SignedTrendTable({ trend, models, where }: { trend: SignedTrend; models: ModelCode[]; where: string }) {
  return (
    <TableBox label={`Agreements${where} by month signed`}>
      <table className={`w-full min-w-[32rem] border-collapse text-left ${ROWS}`} data-testid="signed-trend-table">
        <caption className="mb-1 text-left text-xs text-slate-600">
          Agreements{where} on the list of {formatDay(trend.publishedOn)} signed by the end of each month, by model, cumulative
        </caption>
        <TableHead dense columns={["Month", ...models.map((m) => ({ label: MODEL_LABEL[m], align: "right" as const })), { label: "All models", align: "right" }]} />
        <tbody>
          {trend.points.map((p) => (
            <tr key={p.month}>
              <th scope="row">{formatMonth(p.month)}</th>
              {models.map((m) => (
                <td key={m}>{formatCount(p.byModel[m])}</td>
              ))}
              <td>{formatCount(p.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}

function statewideCell(p: SharePoint, otherWords: string): string {
  const parts = [...(p.taskForce.statewide ? ["Task Force"] : []), ...(p.other?.statewide && !p.taskForce.statewide ? [otherWords] : [])];
  return parts.length ? `Yes: ${parts.join(", ")}` : "—";
}

/** The local share of a state's residents under Task Force (and the other models) on each list. */
export function ShareTrendTable({ points, stateName, otherWords }: { points: SharePoint[]; stateName: string; otherWords: string | null }) {
  return (
    <TableBox label={`Share of ${stateName}'s residents under agreements on each list`}>
      <table className={`w-full min-w-[30rem] border-collapse text-left ${ROWS}`} data-testid="residents-trend-table">
        <caption className="mb-1 text-left text-xs text-slate-600">
          Share of {stateName}&rsquo;s residents under local agreements on each participating list, newest first; the last column marks lists on which a
          state agency&rsquo;s statewide agreement stood
        </caption>
        <TableHead
          dense
          columns={["List of", { label: "Share under Task Force", align: "right" }, ...(otherWords ? [{ label: `Share under ${otherWords}`, align: "right" as const }] : []), "Statewide agreement"]}
        />
        <tbody>
          {points.map((p) => (
            <tr key={p.publishedOn}>
              <th scope="row">{formatDay(p.publishedOn)}</th>
              <td>{formatShare(p.taskForce.residents, p.population, 1)}</td>
              {otherWords && <td>{p.other ? formatShare(p.other.residents, p.population, 1) : "—"}</td>}
              <td className="text-left!">{statewideCell(p, otherWords ?? "")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}
