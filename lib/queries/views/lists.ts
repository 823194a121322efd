import "server-only";
import { listPublishedLists } from "../lists";
import type { Paging } from "../sql";
import { listListsView } from "./tables";

// The table of every list imported (/lists), newest first a page at a time, with how many of each origin there are.

export async function getListsView(paging: Paging) {
  const [table, all] = await Promise.all([listListsView(null, paging), listPublishedLists()]);
  const spreadsheets = all.filter((l) => l.origin === "ICE_SPREADSHEET").length;
  return { table, spreadsheets, archived: all.length - spreadsheets };
}

export type ListsViewData = Awaited<ReturnType<typeof getListsView>>;
