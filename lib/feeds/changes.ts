import "server-only";
import { Feed } from "feed";
import { CHANGE_KINDS } from "../domain/changes";
import { MODEL_LABEL } from "../domain/models";
import { stateName } from "../domain/states";
import { listChanges, listPendingChanges, type AgreementChange } from "../queries/changes";
import { listPublishedLists, type PublishedList } from "../queries/lists";
import { changesView } from "../view/filters";
import { formatDay } from "../view/format";
import { FORWARDED_VARY, linksVaryOnForwarded } from "../http/origin";
import { agencyHref } from "../view/links";

// ICE sometimes published two lists of a kind the same day: each is an entry of its own, with its place that day.
const sameDay = (l: PublishedList) => (l.sameDayOrder > 1 ? `-${l.sameDayOrder}` : "");
const ORDINAL = ["", "first", "second", "third", "fourth", "fifth"];
const ofTheDay = (l: PublishedList) => (l.sameDayOrder > 1 ? ` (the ${ORDINAL[l.sameDayOrder] ?? `${l.sameDayOrder}th`} of the day)` : "");

const LABEL = { added: "added", removed: "removed", redated: "re-dated", relinked: "re-linked" } as const;
const ENTRIES = 24;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A county's feed: the agencies covering it (by slug), its name and its addresses. */
export type FeedArea = { slugs: Set<string>; name: string; feedPath: string; pagePath: string; idPart: string };

/**
 * An Atom feed of what each ICE list changed, national or for one state: one entry per list, newest first, naming
 * every agreement added, removed, re-dated or re-linked, and the agencies that joined or left the pending list.
 */
export async function changesFeed(origin: string, state: string | null, area?: FeedArea): Promise<string> {
  const [all, allPending, lists] = await Promise.all([
    listChanges({ state, model: [], change: null, asOf: null }, "all"),
    listPendingChanges({ state, asOf: null }),
    listPublishedLists(),
  ]);
  // A county's feed: the state's changes of the agencies covering it.
  const rows = area ? all.rows.filter((r) => area.slugs.has(r.slug)) : all.rows;
  const pending = area ? allPending.filter((r) => area.slugs.has(r.slug)) : allPending;
  const listById = new Map(lists.map((l) => [l.id, l]));
  const where = area ? `${area.name}, ${stateName(state!)}` : state ? stateName(state) : "the United States";
  const selfPath = area ? area.feedPath : state ? `/states/${state.toLowerCase()}/feed.xml` : "/changes/feed.xml";
  const pagePath = area ? area.pagePath : `/changes${changesView.serialize({ state })}`;
  const newest = lists.filter((l) => l.kind === "PARTICIPATING").at(-1);

  const feed = new Feed({
    id: `${origin}${selfPath}`,
    title: `287(g) agreement changes: ${where}`,
    description: `What each of ICE's published 287(g) lists changed${area ? ` for the agencies covering ${where}` : state ? ` in ${stateName(state)}` : ""}.`,
    link: `${origin}${pagePath}`,
    language: "en",
    updated: newest ? new Date(`${newest.publishedOn}T00:00:00Z`) : new Date(0),
    generator: "287(g) agreements dashboard",
    feedLinks: { atom: `${origin}${selfPath}` },
    copyright: "Data: U.S. Immigration and Customs Enforcement (public domain)",
  });

  type Entry = { date: string; id: string; title: string; link: string; html: string };
  const entries: Entry[] = [];
  const groups = new Map<number, AgreementChange[]>();
  for (const r of rows) groups.set(r.snapshotId, [...(groups.get(r.snapshotId) ?? []), r]);
  for (const [id, changes] of groups) {
    const list = listById.get(id)!;
    const counts = CHANGE_KINDS
      .map((k) => [k, changes.filter((c) => c.change === k).length] as const)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${LABEL[k]}`);
    const items = changes
      .map((c) => `<li>${LABEL[c.change]}: <a href="${origin}${agencyHref(c.slug)}">${escape(c.agency)}</a> (${c.state}), ${MODEL_LABEL[c.model]}${c.change === "redated" ? `, signed ${c.previousSignedOn ?? "—"} → ${c.signedOn ?? "—"}` : ""}</li>`)
      .join("");
    entries.push({
      date: list.publishedOn,
      id: `${origin}/changes/participating-${list.publishedOn}${sameDay(list)}${area ? `/${area.idPart}` : state ? `/${state.toLowerCase()}` : ""}`,
      title: `ICE list of ${formatDay(list.publishedOn)}${ofTheDay(list)}: ${counts.join(", ")}`,
      link: `${origin}/changes${changesView.serialize({ state, asOf: list.publishedOn })}`,
      html: `<p>ICE's participating list of ${formatDay(list.publishedOn)} (file ${escape(list.fileName)}) compared with the list of ${formatDay(changes[0].previousPublishedOn)}${area ? `, for the agencies covering ${escape(where)}` : state ? `, in ${stateName(state)}` : ""}.</p><ul>${items}</ul>`,
    });
  }
  const pendingGroups = new Map<number, typeof pending>();
  for (const p of pending) pendingGroups.set(p.snapshotId, [...(pendingGroups.get(p.snapshotId) ?? []), p]);
  for (const [id, changes] of pendingGroups) {
    const list = listById.get(id)!;
    const joined = changes.filter((c) => c.change === "added").length;
    const left = changes.length - joined;
    entries.push({
      date: list.publishedOn,
      id: `${origin}/changes/pending-${list.publishedOn}${sameDay(list)}${area ? `/${area.idPart}` : state ? `/${state.toLowerCase()}` : ""}`,
      title: `ICE pending list of ${formatDay(list.publishedOn)}${ofTheDay(list)}: ${joined} now pending, ${left} left the pending list`,
      link: `${origin}/pending${state ? `?state=${state.toLowerCase()}` : ""}`,
      html: `<ul>${changes.map((c) => `<li>${c.change === "added" ? "now pending" : "left the pending list"}: <a href="${origin}${agencyHref(c.slug)}">${escape(c.agency)}</a> (${c.state})</li>`).join("")}</ul>`,
    });
  }
  entries
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .slice(0, ENTRIES)
    .forEach((e) =>
      feed.addItem({ id: e.id, title: e.title, link: e.link, date: new Date(`${e.date}T00:00:00Z`), content: e.html, author: [{ name: "U.S. Immigration and Customs Enforcement (data)" }] }),
    );
  return feed.atom1();
}

export function atomResponse(xml: string): Response {
  return new Response(xml, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=300",
      // The feed's links name the public origin; when the forwarded headers choose it, a shared cache must key on them.
      ...(linksVaryOnForwarded() && { Vary: FORWARDED_VARY }),
    },
  });
}
