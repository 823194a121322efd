import { SortableHead } from "@/components/tables/SortableHead";
import { MODEL_LABEL } from "@/lib/domain/models";
import type { StateAgencyRow } from "@/lib/queries/states";
import type { StateAgencySort, StateAgencySortKey } from "@/lib/domain/sorts";
import { AGENCY_TYPE_LABEL } from "@/lib/domain/agency-types";
import { agencyHref, countyHref, placeHref } from "@/lib/view/links";

/** One state's agencies: type, county, and each agreement's model, signed date and MOA. */
export function AgencyTable({ rows, sort, hrefFor, caption }: { rows: StateAgencyRow[]; sort: StateAgencySort; hrefFor: (s: StateAgencySort) => string; caption: string }) {
  return (
    <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label={`${caption} (scrolls sideways)`}>
      {/* Cell styles set once on the table, not on each of its hundreds of cells. */}
      <table
        className="w-full min-w-[40rem] border-collapse text-left text-sm [&_tbody_tr]:align-top [&_tbody_th]:py-1.5 [&_tbody_th]:pr-3 [&_tbody_th]:font-normal [&_td]:py-1.5 [&_td]:pr-3"
        data-testid="agency-table"
      >
        <caption className="mb-2 text-left text-base font-semibold">{caption}</caption>
        <SortableHead<StateAgencySortKey>
          sort={sort}
          hrefFor={hrefFor}
          columns={[
            { label: "Agency", key: "agency" },
            { label: "Type", key: "type" },
            { label: "County", key: "county" },
            { label: "Model" },
            { label: "Signed", key: "signed" },
            { label: "MOA" },
          ]}
        />
        <tbody>
          {rows.map((r) =>
            r.agreements.map((a, i) => (
              <tr key={`${r.slug}-${a.model}`} className={i === r.agreements.length - 1 ? "border-b border-slate-200" : undefined}>
                {i === 0 && (
                  <>
                    <th scope="rowgroup" rowSpan={r.agreements.length}>
                      <a className="text-blue-800 underline" href={agencyHref(r.slug)}>{r.name}</a>
                    </th>
                    <td rowSpan={r.agreements.length}>{AGENCY_TYPE_LABEL[r.type]}</td>
                    <td rowSpan={r.agreements.length}>
                      {r.countyFips && r.county ? <a className="text-blue-800 underline" href={countyHref(r.countyFips)}>{r.county}</a> : (r.county ?? "—")}
                      {r.place && (
                        <span className="block text-xs text-slate-600">
                          {r.placeGeoid ? <a className="text-blue-800 underline" href={placeHref(r.placeGeoid)}>{r.place}</a> : r.place}
                        </span>
                      )}
                    </td>
                  </>
                )}
                <td className="whitespace-nowrap">{MODEL_LABEL[a.model]}</td>
                <td className="whitespace-nowrap tabular-nums">{a.signedOn ?? "—"}</td>
                <td>
                  {a.moaUrl ? (
                    <a className="text-blue-800 underline" href={a.moaUrl}>
                      MOA<span className="sr-only"> of {r.name}, {MODEL_LABEL[a.model]}</span>
                    </a>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
