import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "../db/generated/client";
import { isoDay } from "../domain/days";
import type { ListKind } from "../domain/lists";
import { isIsoDay } from "./dates";
import { ImportRejected } from "./errors";
import { agencySlug, inferAgencyType } from "./identity";
import { recomputePlacements } from "../geo/recompute";
import { readManifest, type ManifestEntry } from "./manifest";
import { parseSheet, type ParsedList, type ParsedRow } from "./parse";
import { readSheet } from "./workbook";
import { readSheetWithLibrary } from "./workbook-library";

export type ImportOutcome = {
  status: "imported" | "unchanged";
  file: string;
  snapshotId: number;
  kind: ListKind;
  publishedOn: string;
  rows: number;
  repairs: number;
  newAgencies: number;
  newAgreements: number;
};

export type ImportOptions = {
  publishedOn?: string;
  /** The list's place among the lists of its kind first seen the same day (1, 2, …); else the next free one. */
  sameDayOrder?: number;
  manifest?: ManifestEntry[];
  /** False when the caller places the agencies itself after a batch of imports (the seed does). */
  placeAgencies?: boolean;
  /** Runs inside the import's transaction once the list is written (the fetcher archives the file there). */
  alsoInTransaction?: (tx: PrismaClient, snapshotId: number) => Promise<void>;
};

const IMPORT_LOCK = 287_287; // serialises concurrent importers on one database

/** A file read, validated and dated, ready to be written. */
export type PreparedList = {
  file: string;
  sha256: string;
  list: ParsedList;
  publishedOn: string;
  sameDayOrder: number | null;
  origin: "ICE_SPREADSHEET" | "ARCHIVED_WEB_PAGE";
};

/**
 * Imports one ICE file all-or-nothing: the whole file is read and validated first, then one transaction writes
 * the snapshot, its rows and its repairs, and recomputes first/last-seen and every agency's placement. The
 * same file again is a no-op.
 */
export async function importFile(db: PrismaClient, filePath: string, opts: ImportOptions = {}): Promise<ImportOutcome> {
  const file = path.basename(filePath);
  return importBytes(db, await readBytes(filePath), file, opts);
}

export async function readBytes(filePath: string): Promise<Buffer> {
  try {
    return await readFile(filePath);
  } catch (e) {
    throw new ImportRejected(path.basename(filePath), `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

export const sha256Of = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** The same as importFile, for a file already in memory (a download) under the name it is reported by. */
export async function importBytes(db: PrismaClient, bytes: Buffer, file: string, opts: ImportOptions = {}): Promise<ImportOutcome> {
  const sha256 = sha256Of(bytes);
  const existing = await db.snapshot.findUnique({ where: { sha256 } });
  if (existing) return outcome("unchanged", file, existing, { repairs: await db.repair.count({ where: { snapshotId: existing.id } }) });

  return importPrepared(db, await prepareList(bytes, file, sha256, opts), opts);
}

/** Writes a list already read and validated in one transaction, as importBytes does (benchmarks feed it generated lists). */
export async function importPrepared(db: PrismaClient, prepared: PreparedList, opts: ImportOptions = {}): Promise<ImportOutcome> {
  return db.$transaction(
    async (tx) => {
      const r = await writeList(tx as unknown as PrismaClient, prepared);
      if (r.status === "unchanged") return r;
      await recomputeDerived(tx as unknown as PrismaClient, r.snapshotId);
      if (opts.placeAgencies !== false) await recomputePlacements(tx as unknown as PrismaClient);
      await opts.alsoInTransaction?.(tx as unknown as PrismaClient, r.snapshotId);
      return r;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** Reads and validates a file and finds its date: everything an import does before it writes. */
export async function prepareList(bytes: Buffer, file: string, sha256: string, opts: ImportOptions = {}): Promise<PreparedList> {
  const manifest = opts.manifest ?? readManifest();
  const entry = manifest.find((e) => e.sha256 === sha256);
  let sheet;
  try {
    // The fast reader for the shipped files, which it is tested to read exactly as the library does; the library
    // for a file never seen, however its XML was written.
    sheet = entry ? await readSheet(bytes) : await readSheetWithLibrary(bytes);
  } catch (e) {
    const why = (e as Error).message;
    const reason = /central directory|zip/i.test(why) ? "it is not a zip archive, as .xlsx files are" : why.split("\n")[0];
    throw new ImportRejected(file, `not a readable .xlsx file (${reason})`);
  }
  const list = parseSheet(sheet, file);
  const publishedOn = opts.publishedOn ?? (entry?.published || undefined);
  if (!publishedOn) throw new ImportRejected(file, "its publication date is unknown: pass --published YYYY-MM-DD");
  if (!isIsoDay(publishedOn)) {
    throw new ImportRejected(file, `--published "${publishedOn}" is not a date (YYYY-MM-DD)`);
  }
  // The manifest's same-day order holds only with the manifest's date.
  const sameDayOrder = opts.sameDayOrder ?? (entry?.same_day_order && entry.published === publishedOn ? Number(entry.same_day_order) : null);
  const origin = entry ? (entry.origin === "archived_web_page" ? "ARCHIVED_WEB_PAGE" : "ICE_SPREADSHEET") : list.archived ? "ARCHIVED_WEB_PAGE" : "ICE_SPREADSHEET";
  return { file, sha256, list, publishedOn, sameDayOrder, origin };
}

/** Agency and agreement ids already known to a run of imports (the seed keeps one for all its lists). */
export type IdCache = { agencies: Map<string, number>; agreements: Map<string, number>; loaded: boolean };
export const newIdCache = (): IdCache => ({ agencies: new Map(), agreements: new Map(), loaded: false });

/**
 * Writes one prepared list inside the caller's transaction: the snapshot, agencies and agreements seen for the
 * first time, every row and every repair. First/last-seen and current values are left to recomputeDerived.
 */
export async function writeList(tx: PrismaClient, p: PreparedList, ids: IdCache = newIdCache()): Promise<ImportOutcome> {
  const { list, file, sha256 } = p;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`;
  const again = await tx.snapshot.findUnique({ where: { sha256 } });
  if (again) return outcome("unchanged", file, again, {});

  const day = new Date(`${p.publishedOn}T00:00:00Z`);
  const sameDayOrder =
    p.sameDayOrder ??
    ((await tx.snapshot.aggregate({ where: { kind: list.kind, publishedOn: day }, _max: { sameDayOrder: true } }))._max.sameDayOrder ?? 0) + 1;
  const snapshot = await tx.snapshot.create({
    data: { kind: list.kind, publishedOn: day, sameDayOrder, fileName: file, sha256, origin: p.origin, rowCount: list.rows.length },
  });

  // Agencies: one per state × name key, created on first sight.
  const akey = (r: { state: string; nameKey: string }) => `${r.state}|${r.nameKey}`;
  if (!ids.loaded) {
    const states = [...new Set(list.rows.map((r) => r.state))];
    for (const a of await tx.agency.findMany({ where: { state: { in: states } }, select: { id: true, state: true, nameKey: true } })) ids.agencies.set(akey(a), a.id);
  }
  const fresh = new Map<string, (typeof list.rows)[number]>();
  for (const r of list.rows) if (!ids.agencies.has(akey(r)) && !fresh.has(akey(r))) fresh.set(akey(r), r);
  if (fresh.size) {
    const rows = [...fresh.values()];
    const created = await tx.$queryRawUnsafe<{ id: number; state: string; name_key: string }[]>(
      `INSERT INTO agency (state, name, name_key, type, county, slug)
       SELECT * FROM unnest($1::char(2)[], $2::text[], $3::text[], $4::"AgencyType"[], $5::text[], $6::text[])
       RETURNING id, state, name_key`,
      rows.map((r) => r.state),
      rows.map((r) => r.agencyName),
      rows.map((r) => r.nameKey),
      rows.map((r) => r.agencyType ?? inferAgencyType(r.agencyName)),
      rows.map((r) => r.county),
      rows.map((r) => agencySlug(r.state, r.nameKey)),
    );
    for (const a of created) ids.agencies.set(`${a.state}|${a.name_key}`, a.id);
  }
  const agencyId = (r: { state: string; nameKey: string }) => ids.agencies.get(akey(r))!;

  // Agreements: one per agency × model, for rows of participating lists.
  let newAgreements = 0;
  const gkey = (r: ParsedRow) => `${agencyId(r)}|${r.model}`;
  if (list.kind === "PARTICIPATING") {
    if (!ids.loaded) {
      const agencyIds = [...new Set(list.rows.map(agencyId))];
      for (const a of await tx.agreement.findMany({ where: { agencyId: { in: agencyIds } }, select: { id: true, agencyId: true, model: true } })) {
        ids.agreements.set(`${a.agencyId}|${a.model}`, a.id);
      }
    }
    const missing = new Map<string, { agencyId: number; model: string }>();
    for (const r of list.rows) if (!ids.agreements.has(gkey(r))) missing.set(gkey(r), { agencyId: agencyId(r), model: r.model! });
    if (missing.size) {
      const pairs = [...missing.values()];
      const created = await tx.$queryRawUnsafe<{ id: number; agency_id: number; model: string }[]>(
        `INSERT INTO agreement (agency_id, model, first_seen_snapshot_id, last_seen_snapshot_id)
         SELECT a, m, $3, $3 FROM unnest($1::int[], $2::"Model"[]) AS x(a, m)
         RETURNING id, agency_id, model::text`,
        pairs.map((x) => x.agencyId),
        pairs.map((x) => x.model),
        snapshot.id,
      );
      for (const a of created) ids.agreements.set(`${a.agency_id}|${a.model}`, a.id);
      newAgreements = created.length;
    }
  }

  // One INSERT … SELECT FROM unnest(arrays): Prisma's createMany takes seconds for a 1,800-row list.
  const rows = list.rows;
  await tx.$executeRawUnsafe(
    `INSERT INTO observation (snapshot_id, row_number, agency_id, agreement_id, model, state, agency_name,
       agency_type, county, signed_on, moa_url, addendum_url)
     SELECT $1, * FROM unnest($2::int[], $3::int[], $4::int[], $5::"Model"[], $6::text[], $7::text[],
       $8::"AgencyType"[], $9::text[], $10::date[], $11::text[], $12::text[])`,
    snapshot.id,
    rows.map((r) => r.rowNumber),
    rows.map((r) => agencyId(r)),
    rows.map((r) => (list.kind === "PARTICIPATING" ? ids.agreements.get(gkey(r))! : null)),
    rows.map((r) => r.model),
    rows.map((r) => r.state),
    rows.map((r) => r.agencyName),
    rows.map((r) => r.agencyType),
    rows.map((r) => r.county),
    rows.map((r) => r.signedOn),
    rows.map((r) => r.moaUrl),
    rows.map((r) => r.addendumUrl),
  );
  const repairs = list.repairs;
  if (repairs.length) {
    await tx.$executeRawUnsafe(
      `INSERT INTO repair (snapshot_id, row_number, "column", raw_value, stored_value, rule)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[])`,
      snapshot.id,
      repairs.map((r) => r.rowNumber),
      repairs.map((r) => r.column),
      repairs.map((r) => r.rawValue),
      repairs.map((r) => r.storedValue),
      repairs.map((r) => r.rule),
    );
  }
  return outcome("imported", file, snapshot, { newAgencies: fresh.size, newAgreements, repairs: repairs.length });
}

// Lists in the order ICE published them: by day, then the order they were first seen that day.
const NEWEST_FIRST = "s.published_on DESC, s.same_day_order DESC, s.id DESC, o.row_number";

/**
 * First/last-seen and the current values of agreements and agencies, from their observations. With a snapshot,
 * only the agreements and agencies that list names are recomputed (the others' observations did not change), so a
 * new list costs what its own agreements' history costs; without, all of them (the seed, after its lists). Files
 * imported out of date order still give the right answer.
 */
export async function recomputeDerived(tx: PrismaClient, snapshotId?: number): Promise<void> {
  await recomputeSeen(tx, snapshotId);
  // What became of each pending application: it reads first-seen, so it comes after (table pending_application).
  await tx.$executeRawUnsafe(`SELECT refresh_pending_applications()`);
}

async function recomputeSeen(tx: PrismaClient, snapshotId?: number): Promise<void> {
  await refreshChanges(tx, snapshotId);
  await refreshTallies(tx, snapshotId);
  // Without a snapshot (the seed), the residents are counted after the placements (seed.ts, refreshAllCoverage).
  if (snapshotId != null) await tx.$executeRawUnsafe(`SELECT refresh_list_coverage(ARRAY[$1::int])`, snapshotId);
  if (snapshotId != null && (await appendDerived(tx, snapshotId))) return;
  const only = (col: string) => (snapshotId == null ? "" : `AND o.${col} IN (SELECT ${col} FROM observation WHERE snapshot_id = ${Number(snapshotId)})`);
  await tx.$executeRawUnsafe(`
    UPDATE agreement a SET
      first_seen_snapshot_id = x.first_sid, last_seen_snapshot_id = x.last_sid,
      signed_on = x.signed_on, moa_url = x.moa_url, addendum_url = x.addendum_url
    FROM (
      SELECT o.agreement_id,
        (array_agg(s.id ORDER BY s.published_on, s.same_day_order, s.id, o.row_number))[1] AS first_sid,
        (array_agg(s.id ORDER BY ${NEWEST_FIRST}))[1] AS last_sid,
        (array_agg(o.signed_on ORDER BY ${NEWEST_FIRST}) FILTER (WHERE o.signed_on IS NOT NULL))[1] AS signed_on,
        (array_agg(o.moa_url ORDER BY ${NEWEST_FIRST}) FILTER (WHERE o.moa_url IS NOT NULL))[1] AS moa_url,
        (array_agg(o.addendum_url ORDER BY ${NEWEST_FIRST}) FILTER (WHERE o.addendum_url IS NOT NULL))[1] AS addendum_url
      FROM observation o JOIN snapshot s ON s.id = o.snapshot_id
      WHERE o.agreement_id IS NOT NULL ${only("agreement_id")}
      GROUP BY o.agreement_id
    ) x
    WHERE x.agreement_id = a.id AND (a.first_seen_snapshot_id, a.last_seen_snapshot_id, a.signed_on, a.moa_url, a.addendum_url)
      IS DISTINCT FROM (x.first_sid, x.last_sid, x.signed_on, x.moa_url, x.addendum_url)`);
  await tx.$executeRawUnsafe(`
    UPDATE agency g SET
      name = x.name, type = COALESCE(x.type, g.type), county = COALESCE(x.county, g.county)
    FROM (
      SELECT o.agency_id,
        (array_agg(o.agency_name ORDER BY s.published_on DESC, s.kind, s.same_day_order DESC, s.id DESC, o.row_number))[1] AS name,
        (array_agg(o.agency_type ORDER BY s.published_on DESC, s.kind, s.same_day_order DESC, s.id DESC, o.row_number) FILTER (WHERE o.agency_type IS NOT NULL))[1] AS type,
        (array_agg(o.county ORDER BY s.published_on DESC, s.kind, s.same_day_order DESC, s.id DESC, o.row_number) FILTER (WHERE o.county IS NOT NULL))[1] AS county
      FROM observation o JOIN snapshot s ON s.id = o.snapshot_id
      WHERE TRUE ${only("agency_id")}
      GROUP BY o.agency_id
    ) x
    WHERE x.agency_id = g.id AND (g.name, g.type, g.county) IS DISTINCT FROM (x.name, COALESCE(x.type, g.type), COALESCE(x.county, g.county))`);
}

/**
 * The stored changes (table list_change, computed by the SQL function refresh_list_changes): with a snapshot, its own
 * against the participating list before it, and those of the participating list after it, now compared with it;
 * without, every participating list's (the seed, after its lists). A pending list's are stored apart (table
 * pending_change, the SQL function refresh_pending_changes), the same way.
 */
async function refreshChanges(tx: PrismaClient, snapshotId?: number): Promise<void> {
  if (snapshotId == null) {
    await tx.$executeRawUnsafe(`SELECT refresh_list_changes(array_agg(id)) FROM snapshot WHERE kind = 'PARTICIPATING'`);
    await tx.$executeRawUnsafe(`SELECT refresh_pending_changes(array_agg(id)) FROM snapshot WHERE kind = 'PENDING'`);
    return;
  }
  // The list's own changes and those of the next list of its kind (pending lists: refresh_pending_changes, pending_change).
  const listAndNext = `ARRAY[s.id] || ARRAY(
       SELECT x.id FROM snapshot x WHERE x.kind = s.kind AND (x.published_on, x.same_day_order, x.id) > (s.published_on, s.same_day_order, s.id)
       ORDER BY x.published_on, x.same_day_order, x.id LIMIT 1)`;
  await tx.$executeRawUnsafe(`SELECT refresh_list_changes(${listAndNext}) FROM snapshot s WHERE s.id = $1 AND s.kind = 'PARTICIPATING'`, snapshotId);
  await tx.$executeRawUnsafe(`SELECT refresh_pending_changes(${listAndNext}) FROM snapshot s WHERE s.id = $1 AND s.kind = 'PENDING'`, snapshotId);
}

/**
 * The stored counts (table list_tally, computed by the SQL function refresh_list_tallies): a list's counts depend on
 * its own rows only, so with a snapshot only its own are computed; without, every list's (the seed, after its lists).
 */
async function refreshTallies(tx: PrismaClient, snapshotId?: number): Promise<void> {
  if (snapshotId == null) await tx.$executeRawUnsafe(`SELECT refresh_list_tallies(array_agg(id)) FROM snapshot`);
  else await tx.$executeRawUnsafe(`SELECT refresh_list_tallies(ARRAY[$1::int])`, snapshotId);
}

/**
 * The stored residents under agreements (table list_coverage, computed by the SQL function refresh_list_coverage) of
 * every list. They depend on the placements too: a transaction that calls this after placing the agencies first sets
 * deferCoverage, so the triggers on agency_placement do not count the same lists once more.
 */
export async function refreshAllCoverage(tx: PrismaClient): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT refresh_list_coverage(array_agg(id)) FROM snapshot`);
}

export async function deferCoverage(tx: PrismaClient): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT set_config('list_coverage.deferred', 'on', true)`);
}

/**
 * The usual case, a list newer than every list before it (the fetcher's): its rows are the newest values of the
 * agreements and agencies it names, so they are updated from its rows alone, without reading their history.
 * Returns false, changing nothing, when an older or same-day list is already there.
 */
async function appendDerived(tx: PrismaClient, snapshotId: number): Promise<boolean> {
  const sid = Number(snapshotId);
  const [{ newest }] = await tx.$queryRawUnsafe<{ newest: boolean }[]>(
    `SELECT NOT EXISTS (SELECT 1 FROM snapshot x, snapshot s WHERE s.id = ${sid} AND x.id <> s.id AND x.published_on >= s.published_on) AS newest`,
  );
  if (!newest) return false;
  await tx.$executeRawUnsafe(`
    UPDATE agreement a SET
      last_seen_snapshot_id = ${sid}, signed_on = COALESCE(x.signed_on, a.signed_on), moa_url = COALESCE(x.moa_url, a.moa_url),
      addendum_url = COALESCE(x.addendum_url, a.addendum_url)
    FROM (
      SELECT o.agreement_id,
        (array_agg(o.signed_on ORDER BY o.row_number) FILTER (WHERE o.signed_on IS NOT NULL))[1] AS signed_on,
        (array_agg(o.moa_url ORDER BY o.row_number) FILTER (WHERE o.moa_url IS NOT NULL))[1] AS moa_url,
        (array_agg(o.addendum_url ORDER BY o.row_number) FILTER (WHERE o.addendum_url IS NOT NULL))[1] AS addendum_url
      FROM observation o WHERE o.snapshot_id = ${sid} AND o.agreement_id IS NOT NULL GROUP BY o.agreement_id
    ) x
    WHERE x.agreement_id = a.id`);
  await tx.$executeRawUnsafe(`
    UPDATE agency g SET name = x.name, type = COALESCE(x.type, g.type), county = COALESCE(x.county, g.county)
    FROM (
      SELECT o.agency_id, (array_agg(o.agency_name ORDER BY o.row_number))[1] AS name,
        (array_agg(o.agency_type ORDER BY o.row_number) FILTER (WHERE o.agency_type IS NOT NULL))[1] AS type,
        (array_agg(o.county ORDER BY o.row_number) FILTER (WHERE o.county IS NOT NULL))[1] AS county
      FROM observation o WHERE o.snapshot_id = ${sid} GROUP BY o.agency_id
    ) x
    WHERE x.agency_id = g.id AND (g.name, g.type, g.county) IS DISTINCT FROM (x.name, COALESCE(x.type, g.type), COALESCE(x.county, g.county))`);
  return true;
}

function outcome(
  status: ImportOutcome["status"],
  file: string,
  s: { id: number; kind: ListKind; publishedOn: Date; rowCount: number },
  counts: { newAgencies?: number; newAgreements?: number; repairs?: number },
): ImportOutcome {
  return {
    status,
    file,
    snapshotId: s.id,
    kind: s.kind,
    publishedOn: isoDay(s.publishedOn),
    rows: s.rowCount,
    repairs: counts.repairs ?? 0,
    newAgencies: counts.newAgencies ?? 0,
    newAgreements: counts.newAgreements ?? 0,
  };
}
