import { TableFrame, captionId } from "@/components/tables/TableFrame";
import { formatDay } from "@/lib/view/format";
import { SortableHead } from "@/components/tables/SortableHead";
import { MODEL_LABEL } from "@/lib/domain/models";
import type { StateAgencyRow } from "@/lib/queries/states";
import type { StateAgencySort, StateAgencySortKey } from "@/lib/domain/sorts";
import { AGENCY_TYPE_LABEL } from "@/lib/domain/agency-types";
import { agencyHref, countyHref, placeHref } from "@/lib/view/links";

/** One state's agencies: type, county, and each agreement's model, signed date and MOA. */
export function AgencyTable({ rows, sort, hrefFor, caption }: { rows: StateAgencyRow[]; sort: StateAgencySort; hrefFor: (s: StateAgencySort) => string; caption: string }) {
  return (
    <TableFrame id="agency-table" caption={caption}>
      {/*
        Cell and link styles set once on the table, not on each of its hundreds of cells and links: links are blue and
        underlined; a "wide" cell shows from 640 px; a "phone" line under the agency's name shows below it.
      */}
      <table
        aria-labelledby={captionId("agency-table")}
        className="w-full border-collapse text-left text-sm [&_tbody_a]:text-blue-800 [&_tbody_a]:underline [&_tbody_tr]:align-top [&_tbody_th]:py-1.5 [&_tbody_th]:pr-3 [&_tbody_th]:font-normal [&_td]:py-1.5 [&_td]:pr-3 [&_.wide]:hidden sm:[&_.wide]:table-cell [&_.phone]:block [&_.phone]:text-xs [&_.phone]:text-slate-600 sm:[&_.phone]:hidden"
        data-testid="agency-table"
      >
        <SortableHead<StateAgencySortKey>
          sort={sort}
          hrefFor={hrefFor}
          columns={[
            { label: "Agency", key: "agency" },
            // On a phone the type and county move under the agency's name, so the model is in view beside it.
            { label: "Type", key: "type", className: "hidden sm:table-cell" },
            { label: "County", key: "county", className: "hidden sm:table-cell" },
            { label: "Model" },
            { label: "Signed", key: "signed" },
            { label: "MOA" },
          ]}
        />
        <tbody>
          {rows.map((r) =>
            r.agreements.map((a, i) => (
              // A row under the agency's first one starts with its model, not a row heading: it does not stay in view.
              <tr key={`${r.slug}-${a.model}`} className={i === r.agreements.length - 1 ? "border-b border-slate-200" : undefined} data-continued={i > 0 || undefined}>
                {i === 0 && (
                  <>
                    <th scope="rowgroup" rowSpan={r.agreements.length}>
                      <a href={agencyHref(r.slug)}>{r.name}</a>
                      <span className="phone">
                        {AGENCY_TYPE_LABEL[r.type]}
                        {r.county && `, ${r.county}`}
                      </span>
                    </th>
                    <td rowSpan={r.agreements.length} className="wide">{AGENCY_TYPE_LABEL[r.type]}</td>
                    <td rowSpan={r.agreements.length} className="wide">
                      {r.countyFips && r.county ? <a href={countyHref(r.countyFips)}>{r.county}</a> : (r.county ?? "—")}
                      {r.place && (
                        <span className="block text-xs text-slate-600">
                          {r.placeGeoid ? <a href={placeHref(r.placeGeoid)}>{r.place}</a> : r.place}
                        </span>
                      )}
                    </td>
                  </>
                )}
                <td>{MODEL_LABEL[a.model]}</td>
                <td className="whitespace-nowrap">{a.signedOn ? formatDay(a.signedOn) : "—"}</td>
                <td>
                  {a.moaUrl ? (
                    <a href={a.moaUrl}>
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
    </TableFrame>
  );
}
