import "server-only";
import { SEARCH_KINDS, type SearchHit, type SearchKind } from "../../geo/search";
import { searchEverything } from "../search";

// The search page and the search API: every match, grouped by kind, and the one exact match when there is one.

/** How many matches of a kind the page lists (the rest are counted). */
export const SEARCH_GROUP_SIZE = 25;

export type SearchGroup = { kind: SearchKind; total: number; hits: SearchHit[] };

export async function getSearchView(q: string, groupSize = SEARCH_GROUP_SIZE) {
  const hits = await searchEverything(q);
  const exact = hits.filter((h) => h.tier === 0);
  const groups: SearchGroup[] = SEARCH_KINDS.map((kind) => {
    const of = hits.filter((h) => h.kind === kind);
    return { kind, total: of.length, hits: of.slice(0, groupSize) };
  });
  return { q, total: hits.length, ranked: hits.slice(0, 25), groups, exact: exact.length === 1 ? exact[0] : null };
}

export type SearchViewData = Awaited<ReturnType<typeof getSearchView>>;
