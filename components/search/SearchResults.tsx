import type { SearchHit } from "@/lib/geo/search";
import type { SearchGroup } from "@/lib/queries/views/search";
import { formatCount } from "@/lib/view/format";
import { placeHref, searchHitHref } from "@/lib/view/links";

const GROUP_TITLE: Record<SearchGroup["kind"], [one: string, many: string]> = {
  county: ["County", "Counties"],
  place: ["Town or city", "Towns and cities"],
  zip: ["ZIP code", "ZIP codes"],
  agency: ["Agency", "Agencies"],
};

/** The line under a match: a place's kind and residents, a ZIP code's county, an agency's state. */
function describe(h: SearchHit): string {
  if (h.kind === "zip") return `in ${h.detail}`;
  if (h.kind === "agency") return h.detail;
  const residents = `${formatCount(h.population)} residents`;
  return h.detail ? `${h.detail}, ${residents}` : residents;
}

/** The matches of a search, one list per kind (counties, places, ZIP codes, agencies), best first. */
export function SearchResults({ groups }: { groups: SearchGroup[] }) {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {groups
        .filter((g) => g.total > 0)
        .map((g) => (
          <section key={g.kind} aria-labelledby={`results-${g.kind}`} data-testid={`results-${g.kind}`} className="space-y-block">
            <h2 id={`results-${g.kind}`} className="text-heading">
              {GROUP_TITLE[g.kind][g.total === 1 ? 0 : 1]} <span className="text-base font-normal text-slate-700">({formatCount(g.total)})</span>
            </h2>
            <ul className="divide-y divide-slate-200 border-y border-slate-200">
              {g.hits.map((h) => (
                <li key={`${h.kind}-${h.id}-${h.county ?? ""}`} className="py-2">
                  <a href={searchHitHref(h)} className="font-medium text-blue-800 underline underline-offset-2">
                    {h.label}
                  </a>
                  <span className="block text-sm text-slate-700">{describe(h)}</span>
                  {h.town && (
                    <a href={placeHref(h.town)} className="text-sm text-blue-800 underline underline-offset-2">
                      The town: {h.label.replace(/^\d{5} /, "")}
                    </a>
                  )}
                </li>
              ))}
            </ul>
            {g.total > g.hits.length && (
              <p className="mt-2 text-sm text-slate-700">
                and {formatCount(g.total - g.hits.length)} more: add a word or the state (&ldquo;Springfield, IL&rdquo;) to narrow the search.
              </p>
            )}
          </section>
        ))}
    </div>
  );
}
