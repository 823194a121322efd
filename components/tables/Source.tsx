import { KIND_WORD, type ListKind } from "@/lib/domain/lists";
import { formatDay } from "@/lib/view/format";

export type CitedList = { kind: ListKind; publishedOn: string; origin: "ICE_SPREADSHEET" | "ARCHIVED_WEB_PAGE" };

/** Dates in a citation read as in every sentence of the site: "May 18, 2026", not "2026-05-18". */
const readable = (text: string) => text.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (iso) => formatDay(iso));

/**
 * "ICE 287(g) participating list of May 18, 2026, via the 287(g) agreements dashboard, https://…/states/tx?model=jail":
 * how to cite a view, with its permalink (the view's address with its filters).
 */
export function howToCite(list: CitedList, permalink?: string): string {
  const what =
    list.origin === "ARCHIVED_WEB_PAGE"
      ? `Archived copy of ICE's 287(g) page (${KIND_WORD[list.kind]} agencies) of ${formatDay(list.publishedOn)}`
      : `ICE 287(g) ${KIND_WORD[list.kind]} list of ${formatDay(list.publishedOn)}`;
  return `${what}, via the 287(g) agreements dashboard${permalink ? `, ${permalink}` : ""}`;
}

/** How to cite a view: its list and the view's permalink. Every view has one, at its foot. */
export function Cite({ list, permalink }: { list: CitedList; permalink: string }) {
  return (
    <p data-testid="cite" className="text-small text-slate-700">
      How to cite: <q className="break-words italic">{howToCite(list, permalink)}</q>.
    </p>
  );
}

/** The citation a view's numbers come from and, when they come from one list, how to cite it. */
export function Source({ children, list, permalink }: { children: string | string[]; list?: CitedList | null; permalink: string }) {
  return (
    <div className="space-y-1 text-small text-slate-700">
      <p data-testid="source">Source: {readable([children].flat().join(""))}</p>
      {list && <Cite list={list} permalink={permalink} />}
    </div>
  );
}
