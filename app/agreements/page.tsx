import type { Metadata } from "next";
import { permalink } from "@/lib/http/permalink";
import { pageTitle } from "@/lib/view/titles";
import { FilterForm } from "@/components/filters/FilterForm";
import { FilterNotes } from "@/components/filters/FilterNotes";
import { ModelLinks } from "@/components/filters/ModelLinks";
import { Downloads } from "@/components/tables/Downloads";
import { Pager } from "@/components/tables/Pager";
import { PlacedOn } from "@/components/tables/PlacedOn";
import { Source } from "@/components/tables/Source";
import { MODEL_LABEL } from "@/lib/domain/models";
import { stateName } from "@/lib/domain/states";
import { citeList } from "@/lib/domain/lists";
import { PAGE_SIZE } from "@/lib/queries/sql";
import { listAgreementsView } from "@/lib/queries/views/tables";
import { agreementsView, tableNotes, type RawParams } from "@/lib/view/filters";
import { AGENCY_TYPE_LABEL, AGENCY_TYPE_SLUG, AGENCY_TYPES } from "@/lib/domain/agency-types";
import { formatDay } from "@/lib/view/format";
import { agencyHref } from "@/lib/view/links";
import { TableFrame, captionId } from "@/components/tables/TableFrame";
import { TableHead } from "@/components/tables/TableHead";

export const dynamic = "force-dynamic";
export async function generateMetadata({ searchParams }: { searchParams: Promise<RawParams> }): Promise<Metadata> {
  const { values } = agreementsView.parse(await searchParams);
  return { title: pageTitle("Agreements", values), description: "Every 287(g) agreement on an ICE list, filterable by state, model, agency type and date." };
}

const SORT_LABEL = { state: "State, then agency", agency: "Agency name", signed: "Signed, oldest first", "-signed": "Signed, newest first" } as const;

export default async function AgreementsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { values, notes } = agreementsView.parse(await searchParams);
  const loaded = await listAgreementsView(values, { page: values.page });
  const allNotes = [...notes, ...tableNotes(loaded)];
  const href = (changes: Partial<typeof values>) => `/agreements${agreementsView.with(values, changes)}`;
  const heading = `${values.state ? `${stateName(values.state)}: ` : ""}287(g) agreements`;
  return (
    <div className="space-y-section">
      <header className="space-y-block">
        <h1 className="text-title">{heading}</h1>
        {loaded.list && (
          <p className="max-w-3xl text-slate-800">
            The agreements on ICE&rsquo;s list of <strong data-testid="list-date">{formatDay(loaded.list.publishedOn)}</strong>
            {values.asOf ? <> (the newest list published on or before {formatDay(values.asOf)})</> : null}. One agreement is one agency
            under one model.
          </p>
        )}
      </header>
      <FilterNotes notes={allNotes} />
      <ModelLinks selected={values.model} hrefFor={(model) => href({ model })} />
      <FilterForm
        action="/agreements"
        hidden={{ model: agreementsView.params.model.format(values.model), sort: agreementsView.params.sort.format(values.sort) }}
        fields={[
          { kind: "state", value: values.state },
          {
            kind: "select",
            name: "type",
            label: "Agency type",
            value: values.type ? AGENCY_TYPE_SLUG[values.type] : null,
            options: [{ value: "", label: "All types" }, ...AGENCY_TYPES.map((t) => ({ value: AGENCY_TYPE_SLUG[t], label: AGENCY_TYPE_LABEL[t] }))],
          },
          { kind: "search", name: "q", label: "Agency or county", value: values.q },
          { kind: "date", name: "asOf", label: "As of (date)", value: values.asOf },
        ]}
      />
      <nav aria-label="Sort" className="flex flex-wrap gap-3 text-sm">
        <span className="text-slate-700">Sort:</span>
        {(Object.keys(SORT_LABEL) as (keyof typeof SORT_LABEL)[]).map((s) => (
          <a key={s} href={href({ sort: s })} aria-current={values.sort === s ? "true" : undefined} className={values.sort === s ? "font-semibold text-slate-900" : "text-blue-800 underline"}>
            {SORT_LABEL[s]}
          </a>
        ))}
      </nav>
      <Downloads table="agreements" query={agreementsView.serialize({ ...values, page: 1 })} what="agreements" />
      <Pager page={values.page} pageSize={PAGE_SIZE} total={loaded.total} hrefFor={(page) => href({ page })} noun="agreements" />
      <TableFrame
        id="agreements"
        caption={
          `Agreements${values.state ? ` in ${stateName(values.state)}` : ""}` +
          `${values.model.length ? `, ${values.model.map((m) => MODEL_LABEL[m]).join(" or ")}` : ""}` +
          `${loaded.list ? ` on the list of ${formatDay(loaded.list.publishedOn)}` : ""}`
        }
      >
        <table className="w-full border-collapse text-left text-sm" data-testid="agreements-table" aria-labelledby={captionId("agreements")}>
          <TableHead columns={["Agency", "State", { label: "Type", className: "hidden sm:table-cell" }, "Model", "Signed", "MOA"]} />
          <tbody>
            {loaded.rows.map((r) => (
              <tr key={`${r.slug}-${r.model}`} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-3 font-normal">
                  <a className="text-blue-800 underline" href={agencyHref(r.slug)}>{r.agency}</a>
                  <PlacedOn placed={r.placed} iceCounty={r.county} />
                </th>
                <td className="py-2 pr-3">{r.state}</td>
                <td className="hidden py-2 pr-3 sm:table-cell">{AGENCY_TYPE_LABEL[r.type]}</td>
                <td className="py-2 pr-3">{MODEL_LABEL[r.model]}</td>
                <td className="py-2 pr-3 whitespace-nowrap">{r.signedOn ? formatDay(r.signedOn) : "—"}</td>
                <td className="py-2">
                  {r.moaUrl ? <a className="text-blue-800 underline" href={r.moaUrl}>MOA<span className="sr-only"> of {r.agency}, {MODEL_LABEL[r.model]}</span></a> : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      <Pager page={values.page} pageSize={PAGE_SIZE} total={loaded.total} hrefFor={(page) => href({ page })} noun="agreements" />
      {loaded.list && <Source list={loaded.list} permalink={await permalink(href({}))}>{citeList(loaded.list)}.</Source>}
    </div>
  );
}
