import "server-only";
import type { PublishedList } from "../lists";
import { resolveList } from "../lists";

/**
 * The list a view is cited by when it shows no list of its own (the about, lists, API, status and search pages, the
 * ledger of every list): the newest participating list, the one the site's figures stand on.
 */
export async function getCitedList(): Promise<PublishedList | null> {
  return (await resolveList("PARTICIPATING", null)).list;
}
