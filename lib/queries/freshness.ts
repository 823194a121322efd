import "server-only";
import { prisma } from "../db/client";
import { isoDay } from "../domain/days";
import { listAgeDays, STALE_AFTER_DAYS, staleReason, type CheckSummary } from "../domain/freshness";

export type Freshness = {
  /** The newest participating list: the one every count on the site comes from. */
  newestList: { publishedOn: string; ageDays: number; stale: boolean } | null;
  lastCheck: CheckSummary | null;
  /** The end of the last check that completed (nothing new, or lists imported). */
  lastSuccessAt: Date | null;
  failuresInARow: number;
  /** Why the figures may be out of date, when they may be; null while the newest list is fresh. */
  staleReason: string | null;
};

/** How current the data is and what the last checks of ICE's page found. */
export async function getFreshness(now: Date = new Date()): Promise<Freshness> {
  const db = prisma();
  const [newest, recent, success] = await Promise.all([
    db.snapshot.findFirst({ where: { kind: "PARTICIPATING" }, orderBy: [{ publishedOn: "desc" }, { sameDayOrder: "desc" }, { id: "desc" }], select: { publishedOn: true } }),
    db.fetchCheck.findMany({ orderBy: { startedAt: "desc" }, take: 20, select: { startedAt: true, finishedAt: true, outcome: true, error: true } }),
    db.fetchCheck.findFirst({ where: { outcome: { in: ["NOTHING_NEW", "IMPORTED"] } }, orderBy: { startedAt: "desc" }, select: { finishedAt: true } }),
  ]);
  const finished = recent.filter((c) => c.outcome !== "RUNNING");
  const failuresInARow = finished.findIndex((c) => c.outcome !== "FAILED");
  const fails = failuresInARow < 0 ? finished.length : failuresInARow;
  const lastCheck = finished[0] ?? recent[0] ?? null;
  const lastSuccessAt = success?.finishedAt ?? null;
  const newestList = newest
    ? (() => {
        const publishedOn = isoDay(newest.publishedOn);
        const ageDays = listAgeDays(publishedOn, now);
        return { publishedOn, ageDays, stale: ageDays > STALE_AFTER_DAYS };
      })()
    : null;
  return {
    newestList,
    lastCheck,
    lastSuccessAt,
    failuresInARow: fails,
    staleReason: newestList ? staleReason(lastCheck, fails, lastSuccessAt) : null,
  };
}

export type CheckRow = {
  id: number;
  pageUrl: string;
  startedAt: Date;
  finishedAt: Date | null;
  outcome: CheckSummary["outcome"];
  filesSeen: number;
  listsImported: number;
  error: string | null;
  report: string[];
};

/** The last checks of ICE's page, newest first. */
export async function listChecks(limit = 30): Promise<CheckRow[]> {
  return prisma().fetchCheck.findMany({ orderBy: { startedAt: "desc" }, take: limit });
}

/** The files fetched from ICE's page and kept, newest first (without their bytes). */
export async function listArchivedFiles(limit = 30) {
  const rows = await prisma().iceFile.findMany({
    orderBy: { fetchedAt: "desc" },
    take: limit,
    select: { fileName: true, url: true, sha256: true, byteCount: true, fetchedAt: true, publishedOn: true, publishedRule: true, fileNameDate: true, snapshot: { select: { kind: true } } },
  });
  return rows.map((r) => ({ ...r, publishedOn: isoDay(r.publishedOn), fileNameDate: r.fileNameDate ? isoDay(r.fileNameDate) : null, kind: r.snapshot?.kind ?? null }));
}

/**
 * The pending list's standstill, from the data: the day of ICE's newest pending list, and the participating lists
 * published after it (ICE kept publishing those).
 */
export async function getPendingStandstill(): Promise<{ pendingOn: string; participatingSince: number; newestParticipatingOn: string | null } | null> {
  const db = prisma();
  const pending = await db.snapshot.findFirst({ where: { kind: "PENDING" }, orderBy: [{ publishedOn: "desc" }, { sameDayOrder: "desc" }, { id: "desc" }], select: { publishedOn: true } });
  if (!pending) return null;
  const after = await db.snapshot.findMany({ where: { kind: "PARTICIPATING", publishedOn: { gt: pending.publishedOn } }, orderBy: { publishedOn: "desc" }, select: { publishedOn: true } });
  return { pendingOn: isoDay(pending.publishedOn), participatingSince: after.length, newestParticipatingOn: after[0] ? isoDay(after[0].publishedOn) : null };
}
