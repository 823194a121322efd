import { KIND_WORD, type ListKind } from "@/lib/domain/lists";
import { formatDay } from "@/lib/view/format";
import { siteUrl } from "@/lib/view/social";

type CitedList = { kind: ListKind; publishedOn: string; origin: "ICE_SPREADSHEET" | "ARCHIVED_WEB_PAGE" };

/** Dates in a citation read as in every sentence of the site: "May 18, 2026", not "2026-05-18". */
const readable = (text: string) => text.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (iso) => formatDay(iso));

/** "ICE 287(g) participating list of May 18, 2026, via the 287(g) agreements dashboard": how to cite a view. */
export function howToCite(list: CitedList, path?: string): string {
  const what =
    list.origin === "ARCHIVED_WEB_PAGE"
      ? `Archived copy of ICE's 287(g) page (${KIND_WORD[list.kind]} agencies) of ${formatDay(list.publishedOn)}`
      : `ICE 287(g) ${KIND_WORD[list.kind]} list of ${formatDay(list.publishedOn)}`;
  const site = siteUrl();
  return `${what}, via the 287(g) agreements dashboard${site ? `, ${new URL(path ?? "/", site).href}` : ""}`;
}

/** The citation a view's numbers come from and, when they come from one list, how to cite it. */
export function Source({ children, list, path }: { children: string | string[]; list?: CitedList | null; path?: string }) {
  return (
    <div className="space-y-1 text-sm text-slate-700">
      <p data-testid="source">Source: {readable([children].flat().join(""))}</p>
      {list && (
        <p data-testid="cite">
          How to cite: <q className="italic">{howToCite(list, path)}</q>.
        </p>
      )}
    </div>
  );
}
