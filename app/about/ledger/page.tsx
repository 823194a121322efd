import type { Metadata } from "next";
import { getCitedList } from "@/lib/queries/views/cite";
import { permalink } from "@/lib/http/permalink";
import { FilterForm } from "@/components/filters/FilterForm";
import { FilterNotes } from "@/components/filters/FilterNotes";
import { Downloads } from "@/components/tables/Downloads";
import { Pager } from "@/components/tables/Pager";
import { Source } from "@/components/tables/Source";
import { TableFrame, captionId } from "@/components/tables/TableFrame";
import { TableHead } from "@/components/tables/TableHead";
import { KIND_WORD } from "@/lib/domain/lists";
import { PAGE_SIZE } from "@/lib/queries/sql";
import { getLedgerView } from "@/lib/queries/views/ledger";
import { ledgerView, tableNotes, type RawParams } from "@/lib/view/filters";
import { formatCount, formatDay } from "@/lib/view/format";
import { ledgerHref } from "@/lib/view/links";

// The repair ledger on a page of its own: inside the about page it made that page 18,000 px tall on a phone.
export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Repair ledger",
  description: "Every value the importer repaired in ICE's 287(g) lists: what ICE printed, what the dashboard shows, and why.",
};

export default async function LedgerPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { values, notes } = ledgerView.parse(await searchParams);
  const { lists, ledger, repairCounts } = await getLedgerView(values, { page: values.page });
  const repairsOf = new Map(repairCounts.map((r) => [r.snapshotId, r.n]));
  const href = (changes: Partial<typeof values>) => ledgerHref({ ...values, ...changes });
  const caption = `Repairs${ledger.list ? ` to the ${KIND_WORD[ledger.list.kind]} list of ${formatDay(ledger.list.publishedOn)}` : " to every list"}, by row`;
  return (
    <div className="space-y-section">
      <header className="space-y-block">
        <p className="text-sm">
          <a className="text-blue-800 underline" href="/about">About the data</a>
        </p>
        <h1 className="text-title">Repair ledger</h1>
        <p className="max-w-3xl text-slate-800">
          Every value the importer changed in ICE&rsquo;s lists: ICE printed one thing, we show another, and why. Stray spaces are
          removed without an entry. Links ICE wrapped in e-mail safelinks are shown as the ICE address they wrap, never with the
          e-mail data. {formatCount(ledger.total)} {ledger.total === 1 ? "repair" : "repairs"}
          {ledger.list ? ` to this list` : ` to ${formatCount(repairCounts.length)} lists`}.
        </p>
      </header>
      <FilterNotes notes={[...notes, ...tableNotes(ledger)]} />
      <FilterForm
        action="/about/ledger"
        hidden={{}}
        fields={[
          {
            kind: "select",
            name: "list",
            label: "List",
            value: values.list ? `${KIND_WORD[values.list.kind]}-${values.list.publishedOn}` : null,
            options: [
              { value: "", label: "Every list" },
              ...[...lists]
                .reverse()
                .filter((l) => repairsOf.get(l.id))
                .map((l) => ({ value: `${KIND_WORD[l.kind]}-${l.publishedOn}`, label: `${KIND_WORD[l.kind]} ${formatDay(l.publishedOn)} (${repairsOf.get(l.id)})` })),
            ],
          },
        ]}
      />
      <Downloads table="ledger" query={ledgerView.serialize({ ...values, page: 1 })} what="repairs" />
      <Pager page={values.page} pageSize={PAGE_SIZE} total={ledger.total} hrefFor={(page) => href({ page })} noun="repairs" />
      <TableFrame id="ledger" caption={caption}>
        <table className="w-full min-w-[40rem] border-collapse text-left text-sm" data-testid="ledger-table" aria-labelledby={captionId("ledger")}>
          <TableHead dense columns={["List", "Row", "Column", "ICE printed", "We show", "Why"]} />
          <tbody>
            {ledger.rows.map((r, i) => (
              <tr key={i} className="border-b border-slate-200 align-top" data-testid="ledger-row">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {KIND_WORD[r.kind]} <span className="whitespace-nowrap">{formatDay(r.publishedOn)}</span>
                </th>
                <td className="py-1 pr-3">{r.rowNumber}</td>
                <td className="py-1 pr-3">{r.column}</td>
                <td className="max-w-xs py-1 pr-3 break-all"><code>{r.rawValue ?? "(empty)"}</code></td>
                <td className="max-w-xs py-1 pr-3 break-all"><code>{r.storedValue ?? "(empty)"}</code></td>
                <td className="py-1">{r.rule}{r.agency ? <span className="block text-xs text-slate-600">{r.agency}</span> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      <Pager page={values.page} pageSize={PAGE_SIZE} total={ledger.total} hrefFor={(page) => href({ page })} noun="repairs" />
      <Source list={ledger.list ?? (await getCitedList())} permalink={await permalink(href({}))}>{ledger.source}.</Source>
    </div>
  );
}
