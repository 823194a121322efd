import type { Metadata } from "next";
import { Cite } from "@/components/tables/Source";
import { permalink } from "@/lib/http/permalink";
import { getCitedList } from "@/lib/queries/views/cite";
import { redirect } from "next/navigation";
import { FilterNotes } from "@/components/filters/FilterNotes";
import { SearchField } from "@/components/search/SearchField";
import { SearchResults } from "@/components/search/SearchResults";
import { getSearchView } from "@/lib/queries/views/search";
import { searchView, type RawParams } from "@/lib/view/filters";
import { formatCount } from "@/lib/view/format";
import { searchHitHref, searchHref } from "@/lib/view/links";

export const dynamic = "force-dynamic";

export async function generateMetadata({ searchParams }: { searchParams: Promise<RawParams> }): Promise<Metadata> {
  const { values } = searchView.parse(await searchParams);
  return {
    title: values.q ? `Search: ${values.q}` : "Search",
    description: "Find the agencies that work with ICE under 287(g) agreements where you live: by county, town, ZIP code or agency.",
    robots: { index: false },
  };
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { values, notes } = searchView.parse(await searchParams);
  const view = values.q ? await getSearchView(values.q) : null;
  // One exact match: its page, directly.
  if (view?.exact) redirect(searchHitHref(view.exact));
  const [cited, link] = await Promise.all([getCitedList(), permalink(values.q ? searchHref(values.q) : "/search")]);
  return (
    <div className="space-y-section">
      <header className="space-y-block">
        <h1 className="text-title">{values.q ? <>Search: &ldquo;{values.q}&rdquo;</> : "Search"}</h1>
        <p className="max-w-3xl text-slate-800">
          Which agencies work with ICE where you live: type your county, town or city, ZIP code, or an agency&rsquo;s name. A ZIP code
          leads to its county; a ZIP code that spans counties lists each.
        </p>
      </header>
      <FilterNotes notes={notes.filter((n) => n.parameter === "q")} />
      <SearchField id="search-page-q" defaultValue={values.q} size="page" />
      {!view ? (
        <p className="text-slate-800" data-testid="search-empty">
          {notes.some((n) => n.parameter === "q")
            ? "That search is too long or holds characters that cannot be searched: type at most 100 letters, digits and spaces."
            : "Type a county, town, ZIP code or agency above to search."}
        </p>
      ) : view.total === 0 ? (
        <p className="text-slate-800" data-testid="search-none">
          Nothing matches &ldquo;{values.q}&rdquo;. Try the town&rsquo;s name alone, its county, or a five-digit ZIP code.
        </p>
      ) : (
        <>
          <p className="text-slate-800" data-testid="search-total">
            {formatCount(view.total)} {view.total === 1 ? "match" : "matches"}, the closest and largest first.
          </p>
          <SearchResults groups={view.groups} />
        </>
      )}
      <p className="text-sm text-slate-700">
        Places and counties: U.S. Census Bureau. ZIP codes: SimpleMaps&rsquo; U.S. ZIP code list (CC BY 4.0); see{" "}
        <a className="underline" href="/about#zip-codes">
          credits
        </a>
        .
      </p>
      {cited && <Cite list={cited} permalink={link} />}
    </div>
  );
}
