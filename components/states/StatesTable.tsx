import { TableFrame, captionId } from "@/components/tables/TableFrame";
import { SortableHead, type SortColumn } from "@/components/tables/SortableHead";
import { MODEL_LABEL, MODEL_SLUG, MODELS, type ModelCode } from "@/lib/domain/models";
import { stateName } from "@/lib/domain/states";
import type { Coverage, StateRow } from "@/lib/queries/states";
import type { StateSort, StateSortKey } from "@/lib/domain/sorts";
import { formatCount, formatShare } from "@/lib/view/format";

/** A share with the residents it counts under it; "+ statewide" where a state agency's agreement covers the state. */
function CoverageCell({ c, population, statewideMark }: { c: Coverage; population: number | null; statewideMark: boolean }) {
  return (
    <td className="whitespace-nowrap py-1.5 pr-3 text-right tabular-nums">
      {population === null ? (
        <span className="text-slate-700">no estimate</span>
      ) : (
        <>
          {formatShare(c.localResidents, population, 1)}
          <span className="block text-xs text-slate-700">{formatCount(c.localResidents)}</span>
        </>
      )}
      {statewideMark && c.statewide.length > 0 && (
        <span className="block text-xs text-slate-700" title={c.statewide.join("; ")}>
          + statewide
        </span>
      )}
    </td>
  );
}

/** The state agencies whose Task Force agreement covers the whole state, counted; named in the cell's title. */
function StatewideCell({ names, states }: { names: string[]; states?: number }) {
  return (
    // The total's "22 states and territories" may wrap: kept on one line it widened the table past the page's column.
    <td className={`${states === undefined ? "whitespace-nowrap " : ""}py-1.5 pr-3 text-right tabular-nums`} title={names.join("; ") || undefined}>
      {names.length === 0 ? "—" : states !== undefined ? `${formatCount(states)} ${states === 1 ? "state or territory" : "states and territories"}` : names.length === 1 ? "1 agency" : `${names.length} agencies`}
    </td>
  );
}

/**
 * Every state with agreements or pending applications: per model, agencies, pending, population and the share of
 * residents under Task Force and under the chosen models; sortable by each column. The rows come in the order of
 * `sort`, as the table's loader (listStatesView) sorts them for the page and the download alike.
 */
export function StatesTable({ rows, sort, hrefFor, stateHref, caption, models, chosenLabel, population }: { rows: StateRow[]; sort: StateSort; hrefFor: (s: StateSort) => string; stateHref: (code: string) => string; caption: string; models: ModelCode[]; chosenLabel: string; population: number }) {
  // One model chosen: its column would repeat the agreements, and its agencies too (each holds one agreement of it).
  const shown = models.length === 1 ? [] : models.length ? MODELS.filter((m) => models.includes(m)) : [...MODELS];
  const withAgencies = models.length !== 1;
  // Task Force alone chosen: residents under the chosen models are those under Task Force.
  const withChosen = !(models.length === 1 && models[0] === "TASK_FORCE");
  const columns: SortColumn<StateSortKey>[] = [
    { label: "State", key: "state" },
    { label: "Agreements", key: "agreements", align: "right", firstDescending: true },
    ...shown.map((m): SortColumn<StateSortKey> => ({ label: MODEL_LABEL[m], key: MODEL_SLUG[m] as StateSortKey, align: "right", firstDescending: true })),
    ...(withAgencies ? [{ label: "Agencies", key: "agencies", align: "right", firstDescending: true } as const] : []),
    { label: "Pending applications", key: "pending", align: "right", firstDescending: true },
    { label: "Residents", key: "population", align: "right", firstDescending: true },
    { label: "Residents under Task Force", key: "residents-task-force", align: "right", firstDescending: true },
    { label: "Statewide Task Force" },
    ...(withChosen ? [{ label: `Residents under ${chosenLabel}`, key: "residents", align: "right", firstDescending: true } as const] : []),
  ];
  // The totals name statewide agencies in the states' order by code, whatever the table's sort.
  const byCode = [...rows].sort((a, b) => a.state.localeCompare(b.state));
  const known = rows.filter((r) => r.population !== null);
  const sumOf = (f: (r: StateRow) => Coverage): Coverage => ({
    countyResidents: known.reduce((s, r) => s + f(r).countyResidents, 0),
    placeResidents: known.reduce((s, r) => s + f(r).placeResidents, 0),
    localResidents: known.reduce((s, r) => s + f(r).localResidents, 0),
    statewide: byCode.flatMap((r) => f(r).statewide),
  });
  const total = (f: (r: StateRow) => number) => formatCount(rows.reduce((s, r) => s + f(r), 0));
  return (
    // Headings a size smaller and narrower gaps: the eleven columns fit the page's 992 px column at 1280 px and wider.
    <TableFrame id="states-table" caption={caption}>
      <table className="w-full border-collapse text-left text-sm [&_td]:pr-2 [&_th]:pr-2 [&_thead]:text-xs" data-testid="states-table" aria-labelledby={captionId("states-table")}>
        <SortableHead columns={columns} sort={sort} hrefFor={hrefFor} />
        <tbody>
          {rows.map((r) => (
            <tr key={r.state} className="border-b border-slate-200">
              <th scope="row" className="py-1.5 pr-3 font-normal">
                <a className="text-blue-800 underline" href={stateHref(r.state)}>{stateName(r.state)}</a>
              </th>
              <td className="py-1.5 pr-3 text-right font-semibold tabular-nums">{formatCount(r.agreements)}</td>
              {shown.map((m) => (
                <td key={m} className="py-1.5 pr-3 text-right tabular-nums">{formatCount(r.byModel[m])}</td>
              ))}
              {withAgencies && <td className="py-1.5 pr-3 text-right tabular-nums">{formatCount(r.agencies)}</td>}
              <td className="py-1.5 pr-3 text-right tabular-nums">{formatCount(r.pendingApplications)}</td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{r.population === null ? <span className="text-slate-700">no estimate</span> : formatCount(r.population)}</td>
              <CoverageCell c={r.taskForce} population={r.population} statewideMark={false} />
              <StatewideCell names={r.taskForce.statewide} />
              {withChosen && <CoverageCell c={r.chosen} population={r.population} statewideMark />}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-400 font-semibold">
            <th scope="row" className="py-1.5 pr-3 text-left">All {rows.length} states and territories</th>
            <td className="py-1.5 pr-3 text-right tabular-nums">{total((r) => r.agreements)}</td>
            {shown.map((m) => (
              <td key={m} className="py-1.5 pr-3 text-right tabular-nums">{total((r) => r.byModel[m])}</td>
            ))}
            {withAgencies && <td className="py-1.5 pr-3 text-right tabular-nums">{total((r) => r.agencies)}</td>}
            <td className="py-1.5 pr-3 text-right tabular-nums">{total((r) => r.pendingApplications)}</td>
            <td className="py-1.5 pr-3 text-right tabular-nums">
              {formatCount(population)}
              <span className="block text-xs font-normal text-slate-700">50 states, DC, Puerto Rico</span>
            </td>
            <CoverageCell c={sumOf((r) => r.taskForce)} population={population} statewideMark={false} />
            <StatewideCell names={byCode.flatMap((r) => r.taskForce.statewide)} states={rows.filter((r) => r.taskForce.statewide.length > 0).length} />
            {withChosen && <CoverageCell c={sumOf((r) => r.chosen)} population={population} statewideMark />}
          </tr>
        </tfoot>
      </table>
    </TableFrame>
  );
}
