import type { Metadata } from "next";
import { Cite } from "@/components/tables/Source";
import { permalink } from "@/lib/http/permalink";
import { getCitedList } from "@/lib/queries/views/cite";
import { TableFrame, captionId } from "@/components/tables/TableFrame";
import { TableHead } from "@/components/tables/TableHead";
import { KIND_WORD } from "@/lib/domain/lists";
import { getListsView } from "@/lib/queries/views/lists";
import { formatCount, formatDay } from "@/lib/view/format";
import { ledgerHref } from "@/lib/view/links";
import { FilterNotes } from "@/components/filters/FilterNotes";
import { Pager } from "@/components/tables/Pager";
import { listsPageView, type RawParams } from "@/lib/view/filters";

/** Lists per page: ICE publishes about two a week, so the page keeps its weight as the history grows. */
const LISTS_PAGE_SIZE = 50;

// Every list imported, on a page of its own: with every list ICE published since February 2025 there are hundreds,
// too many to sit inside the about page.
export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Every list imported",
  description: "Every ICE 287(g) list the dashboard holds: its publication date, kind, file, rows and the values repaired in it.",
};

export default async function ListsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { values, notes } = listsPageView.parse(await searchParams);
  const { lists, repairCounts } = await getListsView();
  const repairsOf = new Map(repairCounts.map((r) => [r.snapshotId, r.n]));
  const spreadsheets = lists.filter((l) => l.origin === "ICE_SPREADSHEET");
  const archived = lists.filter((l) => l.origin === "ARCHIVED_WEB_PAGE");
  const page = [...lists].reverse().slice((values.page - 1) * LISTS_PAGE_SIZE, values.page * LISTS_PAGE_SIZE);
  const href = (n: number) => `/lists${listsPageView.serialize({ page: n })}`;
  const [cited, link] = await Promise.all([getCitedList(), permalink(href(values.page))]);
  return (
    <div className="space-y-section">
      <header className="space-y-block">
        <h1 className="text-title">Every list imported</h1>
        <p className="max-w-3xl text-slate-800">
          {formatCount(spreadsheets.length)} ICE spreadsheets and {formatCount(archived.length)} archived-page tables, newest first.
          Each is dated by the first day ICE served it; two lists of the same day keep the order ICE served them. How they were
          collected, and what was repaired in them: <a className="text-blue-800 underline" href="/about#sources">about the data</a>.
        </p>
      </header>
      <FilterNotes notes={notes} />
      <Pager page={values.page} pageSize={LISTS_PAGE_SIZE} total={lists.length} hrefFor={href} noun="lists" />
      <TableFrame id="lists" caption="Every list imported, newest first">
        <table className="w-full border-collapse text-left text-sm" data-testid="lists-table" aria-labelledby={captionId("lists")}>
          <TableHead dense columns={["Published", "List", "File", { label: "Rows", align: "right" }, { label: "Repairs", align: "right" }]} />
          <tbody>
            {page.map((l) => (
              <tr key={l.id} className="border-b border-slate-200">
                <td className="py-1 pr-3 whitespace-nowrap">{formatDay(l.publishedOn)}</td>
                <td className="py-1 pr-3">{KIND_WORD[l.kind]}{l.origin === "ARCHIVED_WEB_PAGE" ? " (archived web page)" : ""}</td>
                <td className="min-w-56 py-1 pr-3 break-all"><code>{l.fileName}</code></td>
                <td className="py-1 pr-3 text-right tabular-nums">{formatCount(l.rowCount)}</td>
                <td className="py-1 text-right tabular-nums">
                  {repairsOf.get(l.id) ? (
                    <a className="text-blue-800 underline" href={ledgerHref({ list: { kind: l.kind, publishedOn: l.publishedOn } })}>
                      {formatCount(repairsOf.get(l.id)!)}
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
      <Pager page={values.page} pageSize={LISTS_PAGE_SIZE} total={lists.length} hrefFor={href} noun="lists" />
      <p className="text-small text-slate-700">
        Every list in one file: <a className="text-blue-800 underline" href="/api/v1/snapshots">/api/v1/snapshots</a> (JSON, oldest first).
      </p>
      {cited && <Cite list={cited} permalink={link} />}
    </div>
  );
}
