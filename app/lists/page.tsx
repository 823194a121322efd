import type { Metadata } from "next";
import { FilterNotes } from "@/components/filters/FilterNotes";
import { Downloads } from "@/components/tables/Downloads";
import { Cite } from "@/components/tables/Source";
import { permalink } from "@/lib/http/permalink";
import { getCitedList } from "@/lib/queries/views/cite";
import { Pager } from "@/components/tables/Pager";
import { TableFrame, captionId } from "@/components/tables/TableFrame";
import { TableHead } from "@/components/tables/TableHead";
import { KIND_WORD } from "@/lib/domain/lists";
import { PAGE_SIZE } from "@/lib/queries/sql";
import { getListsView } from "@/lib/queries/views/lists";
import { listsView, type RawParams } from "@/lib/view/filters";
import { formatCount, formatDay } from "@/lib/view/format";
import { ledgerHref, listsHref } from "@/lib/view/links";

// Every list imported, on a page of its own: with every list ICE published since February 2025 there are hundreds,
// too many to sit inside the about page, and too many for one page (482 rows were 576 KB of HTML): 50 a page.
export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Every list imported",
  description: "Every ICE 287(g) list the dashboard holds: its publication date, kind, file, rows and the values repaired in it.",
};

export default async function ListsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { values, notes } = listsView.parse(await searchParams);
  const [{ table, spreadsheets, archived }, cited, link] = await Promise.all([getListsView({ page: values.page }), getCitedList(), permalink(listsHref({ page: values.page }))]);
  const pager = <Pager page={values.page} pageSize={PAGE_SIZE} total={table.total} hrefFor={(page) => listsHref({ page })} noun="lists" />;
  return (
    <div className="space-y-section">
      <header className="space-y-block">
        <h1 className="text-title">Every list imported</h1>
        <p className="max-w-3xl text-slate-800">
          {formatCount(table.total)} lists: {formatCount(spreadsheets)} ICE spreadsheets and {formatCount(archived)} archived-page tables,
          newest first. Each is dated by the first day ICE served it; two lists of the same day keep the order ICE served them (the later
          one first here). How they were collected, and what was repaired in them:{" "}
          <a className="text-blue-800 underline" href="/about#sources">about the data</a>.
        </p>
      </header>
      <FilterNotes notes={notes} />
      <Downloads table="lists" query="" what="lists" />
      {pager}
      <TableFrame id="lists" caption="Every list imported, newest first">
        <table className="w-full border-collapse text-left text-sm" data-testid="lists-table" aria-labelledby={captionId("lists")}>
          <TableHead dense columns={["Published", "List", "File", { label: "Rows", align: "right" }, { label: "Repairs", align: "right" }]} />
          <tbody>
            {table.rows.map((l) => (
              <tr key={l.id} className="border-b border-slate-200">
                <td className="py-1 pr-3 whitespace-nowrap">{formatDay(l.publishedOn)}</td>
                <td className="py-1 pr-3">{KIND_WORD[l.kind]}{l.origin === "ARCHIVED_WEB_PAGE" ? " (archived web page)" : ""}</td>
                <td className="min-w-56 py-1 pr-3 break-all"><code>{l.fileName}</code></td>
                <td className="py-1 pr-3 text-right tabular-nums">{formatCount(l.rowCount)}</td>
                <td className="py-1 text-right tabular-nums">
                  {l.repairs ? (
                    <a className="text-blue-800 underline" href={ledgerHref({ list: { kind: l.kind, publishedOn: l.publishedOn } })}>
                      {formatCount(l.repairs)}
                    </a>
                  ) : (
                    0
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      {pager}
      {cited && <Cite list={cited} permalink={link} />}
    </div>
  );
}
