// One check of ICE's 287(g) page: read the page, find the spreadsheet links, download each, archive and import every
// file the database does not have, and record the check with its outcome in words. Each list goes through the
// importer's one transaction, so a list is imported whole or not at all, whatever happens to the others.
import { createHash } from "node:crypto";
import type { Db } from "../db/client";
import { isoDay } from "../domain/days";
import { KIND_WORD } from "../domain/lists";
import { ImportRejected } from "../ingest/errors";
import { importBytes } from "../ingest/import";
import { daysBetween, fileNameDate, publicationDate } from "./dates";
import { download, DownloadFailed, type Limits } from "./download";
import { spreadsheetLinks } from "./links";
import { recogniseXlsx } from "./xlsx";

/** Serialises the start of checks on one database. */
export const FETCH_LOCK = 287_288;

export const DEFAULT_LIMITS = {
  page: { timeoutMs: 30_000, maxBytes: 5 * 1_048_576 },
  // ICE's participating list is about 230 KB; 20 MB is far above any list and far below harm.
  file: { timeoutMs: 60_000, maxBytes: 20 * 1_048_576 },
} satisfies Record<string, Limits>;

export type CheckOptions = {
  pageUrl: string;
  limits?: { page?: Limits; file?: Limits };
  /** Each line as it happens (the command prints them). */
  log?: (line: string) => void;
};

export type CheckResult = {
  /** Null when another server held the lock and this one did not check. */
  checkId: number | null;
  outcome: "NOTHING_NEW" | "IMPORTED" | "FAILED" | "BUSY";
  filesSeen: number;
  listsImported: number;
  lines: string[];
  error: string | null;
};


/** A check still RUNNING after this long was cut short (its process stopped): it no longer holds the turn. */
export const CHECK_LEASE_MS = 15 * 60_000;

/**
 * Checks ICE's page unless another server is checking it now. The checks' own records are the lock: under a
 * transaction-level advisory lock, a check starts only when no check younger than the lease is still running, so
 * two servers on one database never check at once (this also holds on the embedded database, whose connections
 * share one session and so cannot exclude each other with session-level locks).
 */
export async function checkIcePage(db: Db, opts: CheckOptions): Promise<CheckResult> {
  const checkId = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FETCH_LOCK})`;
    const since = new Date(Date.now() - CHECK_LEASE_MS);
    if (await tx.fetchCheck.findFirst({ where: { outcome: "RUNNING", startedAt: { gte: since } }, select: { id: true } })) return null;
    await tx.fetchCheck.updateMany({
      where: { outcome: "RUNNING", startedAt: { lt: since } },
      data: { outcome: "FAILED", finishedAt: new Date(), error: "the check did not finish: its process stopped" },
    });
    return (await tx.fetchCheck.create({ data: { pageUrl: opts.pageUrl }, select: { id: true } })).id;
  });
  if (checkId === null) {
    const line = "another server is checking ICE's page right now; this one did not check";
    opts.log?.(line);
    return { checkId: null, outcome: "BUSY", filesSeen: 0, listsImported: 0, lines: [line], error: null };
  }
  return runCheck(db, checkId, opts);
}

async function runCheck(db: Db, checkId: number, opts: CheckOptions): Promise<CheckResult> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const lines: string[] = [];
  const problems: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    opts.log?.(line);
  };
  let filesSeen = 0;
  let imported = 0;

  try {
    let html: string;
    try {
      html = (await download(opts.pageUrl, limits.page)).bytes.toString("utf8");
    } catch (e) {
      throw new Error(`could not read ICE's page: ${e instanceof DownloadFailed ? e.reason : (e as Error).message}`);
    }
    const links = spreadsheetLinks(html, opts.pageUrl);
    if (links.length === 0) {
      throw new Error(`ICE's page (${opts.pageUrl}) has no links to spreadsheets on its own host: the page may have been redesigned`);
    }
    say(`ICE's page links to ${links.length} possible ${links.length === 1 ? "spreadsheet" : "spreadsheets"}`);

    for (const link of links) {
      const label = `"${link.text || "(no text)"}" (${link.url})`;
      let file;
      const fetchedAt = new Date();
      try {
        file = await download(link.url, limits.file);
      } catch (e) {
        const reason = e instanceof DownloadFailed ? e.reason : (e as Error).message;
        problems.push(`${label}: ${reason}`);
        say(`failed ${label}: ${reason}`);
        continue;
      }
      const verdict = recogniseXlsx(file.bytes);
      if (!verdict.ok) {
        const type = file.headers["content-type"] ? `, served as ${file.headers["content-type"]}` : "";
        problems.push(`${label}: ${verdict.reason}${type}`);
        say(`failed ${label}: ${verdict.reason}${type}`);
        continue;
      }
      filesSeen++;
      const sha256 = createHash("sha256").update(file.bytes).digest("hex");
      const known = await db.snapshot.findUnique({ where: { sha256 }, select: { kind: true, publishedOn: true } });
      if (known) {
        say(`skipped ${file.fileName}: already imported, as the ${KIND_WORD[known.kind]} list of ${isoDay(known.publishedOn)}`);
        continue;
      }
      const pub = publicationDate(file.headers["last-modified"] ?? null, fetchedAt);
      const nameDay = fileNameDate(file.fileName);
      try {
        const r = await importBytes(db, file.bytes, file.fileName, {
          publishedOn: pub.publishedOn,
          alsoInTransaction: async (tx, snapshotId) => {
            await tx.iceFile.create({
              data: {
                sha256,
                url: file.url,
                fileName: file.fileName,
                bytes: new Uint8Array(file.bytes),
                byteCount: file.bytes.length,
                httpHeaders: file.headers,
                fetchedAt,
                lastModified: pub.lastModified,
                publishedOn: new Date(`${pub.publishedOn}T00:00:00Z`),
                publishedRule: pub.rule,
                fileNameDate: nameDay ? new Date(`${nameDay}T00:00:00Z`) : null,
                checkId,
                snapshotId,
              },
            });
          },
        });
        if (r.status === "unchanged") {
          say(`skipped ${file.fileName}: already imported, as the ${KIND_WORD[r.kind]} list of ${r.publishedOn}`);
          continue;
        }
        imported++;
        const rule = pub.rule === "LAST_MODIFIED" ? "from its Last-Modified header" : "the day it was first fetched, as ICE's server sent no usable Last-Modified";
        say(
          `imported ${file.fileName} as the ${KIND_WORD[r.kind]} list of ${r.publishedOn} (${rule}): ${r.rows} rows, ` +
            `${r.newAgreements} new agreements, ${r.newAgencies} new agencies, ${r.repairs} repairs`,
        );
        if (nameDay && Math.abs(daysBetween(nameDay, pub.publishedOn)) > 1) {
          say(`  note: its file name says ${nameDay}; the date kept is ${pub.publishedOn}`);
        }
        const linkKind = /pending/i.test(link.text) ? "PENDING" : /particip/i.test(link.text) ? "PARTICIPATING" : null;
        if (linkKind && linkKind !== r.kind) {
          say(`  note: the link says ${KIND_WORD[linkKind]}, but the file's header is the ${KIND_WORD[r.kind]} list's; it was imported as the ${KIND_WORD[r.kind]} list`);
        }
      } catch (e) {
        if (!(e instanceof ImportRejected)) throw e;
        problems.push(`${label}: refused by the importer: ${e.message}`);
        say(`failed ${label}: refused by the importer: ${e.message}`);
      }
    }
    if (filesSeen === 0 && problems.length === 0) throw new Error("no spreadsheet could be read from ICE's page");
  } catch (e) {
    problems.unshift((e as Error).message);
    say(`failed: ${(e as Error).message}`);
  }

  const outcome = problems.length ? "FAILED" : imported ? "IMPORTED" : "NOTHING_NEW";
  const error = problems.length ? problems.join("; ") : null;
  await db.fetchCheck.update({
    where: { id: checkId },
    data: { finishedAt: new Date(), outcome, filesSeen, listsImported: imported, error, report: lines },
  });
  return { checkId, outcome, filesSeen, listsImported: imported, lines, error };
}
