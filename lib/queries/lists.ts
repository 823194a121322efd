import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { cache } from "react";
import { prisma } from "../db/client";
import { isoDay } from "../domain/days";
import { type ListFallback, type ListKey, type ListKind } from "../domain/lists";

export type PublishedList = {
  id: number;
  kind: ListKind;
  publishedOn: string;
  /** 1 for the first list of its kind ICE published that day, 2 for a second one that day… */
  sameDayOrder: number;
  /** ICE's own file name when known (the shipped copies are renamed by date), else the imported file's name. */
  fileName: string;
  origin: "ICE_SPREADSHEET" | "ARCHIVED_WEB_PAGE";
  rowCount: number;
};

let iceNames: Map<string, string> | null = null;
/** The shipped manifest maps a file's checksum to the name ICE gave it. */
function iceFileName(sha256: string, fileName: string): string {
  if (!iceNames) {
    iceNames = new Map();
    try {
      // Read here rather than through lib/ingest/manifest, whose paths are relative to its own module file, which the
      // server bundle does not keep.
      const rows = parse(readFileSync(path.join(process.cwd(), "prisma/seed/ice/manifest.csv")), { columns: true, skip_empty_lines: true }) as { sha256: string; ice_file_name: string }[];
      for (const e of rows) if (e.ice_file_name && !iceNames.has(e.sha256)) iceNames.set(e.sha256, e.ice_file_name); // byte-identical files: the first name
    } catch {
      // Without the manifest (a deployment without the seed files) the imported file's own name is shown.
    }
  }
  return iceNames.get(sha256) ?? fileName;
}

/** Every published list, oldest first; read once per request however many parts of a page ask. */
export const listPublishedLists = cache(async (kind?: ListKind): Promise<PublishedList[]> => {
  const rows = await prisma().snapshot.findMany({
    where: kind ? { kind } : undefined,
    orderBy: [{ publishedOn: "asc" }, { kind: "asc" }, { sameDayOrder: "asc" }, { id: "asc" }],
  });
  return rows.map((s) => ({
    id: s.id,
    kind: s.kind,
    publishedOn: isoDay(s.publishedOn),
    sameDayOrder: s.sameDayOrder,
    fileName: iceFileName(s.sha256, s.fileName),
    origin: s.origin,
    rowCount: s.rowCount,
  }));
});

/**
 * The list a view shows: the newest of its kind published on or before asOf (the newest of all without asOf).
 * A day before the first list gives the first list and a fallback saying so (the view words it).
 */
export async function resolveList(kind: ListKind, asOf: string | null): Promise<{ list: PublishedList | null; fallback: ListFallback | null }> {
  const lists = await listPublishedLists(kind);
  if (lists.length === 0) return { list: null, fallback: null };
  if (!asOf) return { list: lists.at(-1)!, fallback: null };
  const onOrBefore = lists.filter((l) => l.publishedOn <= asOf);
  if (onOrBefore.length === 0) return { list: lists[0], fallback: { kind, requested: asOf, shown: lists[0].publishedOn } };
  return { list: onOrBefore.at(-1)!, fallback: null };
}

/** The list of a day: the last one of its kind ICE published that day. */
export async function findList(key: ListKey): Promise<PublishedList | null> {
  return (await listPublishedLists(key.kind)).findLast((l) => l.publishedOn === key.publishedOn) ?? null;
}

/** The list of the same kind published just before this one, if any. */
export async function previousList(list: PublishedList): Promise<PublishedList | null> {
  const lists = await listPublishedLists(list.kind);
  const i = lists.findIndex((l) => l.id === list.id);
  return i > 0 ? lists[i - 1] : null;
}

export type ListSteps = { first: string; previous: string | null; shown: string; next: string | null; newest: string };

/**
 * The publication days either side of a list's, for stepping through the lists a day at a time (a day with two
 * lists shows its last): what the views' time control links to.
 */
export async function listSteps(list: PublishedList): Promise<ListSteps> {
  const days = [...new Set((await listPublishedLists(list.kind)).map((l) => l.publishedOn))];
  const i = days.indexOf(list.publishedOn);
  return { first: days[0], previous: i > 0 ? days[i - 1] : null, shown: list.publishedOn, next: i >= 0 && i < days.length - 1 ? days[i + 1] : null, newest: days.at(-1)! };
}
