// The two lists ICE publishes: the participating agencies and the pending applications.
export const LIST_KINDS = ["PARTICIPATING", "PENDING"] as const;
export type ListKind = (typeof LIST_KINDS)[number];
/** The kind in a sentence, a URL and the API: "the participating list". */
export const KIND_WORD: Record<ListKind, string> = { PARTICIPATING: "participating", PENDING: "pending" };

/** A published list, named by its kind and date: participating-2025-03-31 (stable across databases, unlike ids). */
export type ListKey = { kind: ListKind; publishedOn: string };

/** A view asked for the list as of a day before the first one: the day asked for and the list shown instead. */
export type ListFallback = { kind: ListKind; requested: string; shown: string };

/** "ICE participating list published 2026-05-18 (file participatingAgencies05182026am.xlsx)": the citation. */
export function citeList(l: { kind: ListKind; publishedOn: string; fileName: string; origin: "ICE_SPREADSHEET" | "ARCHIVED_WEB_PAGE" }): string {
  const what = l.origin === "ARCHIVED_WEB_PAGE" ? `archived copy of ICE's 287(g) page (${KIND_WORD[l.kind]} agencies)` : `ICE ${KIND_WORD[l.kind]} list`;
  return `${what} published ${l.publishedOn} (file ${l.fileName})`;
}
