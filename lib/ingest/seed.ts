import type { Db } from "../db/client";
import type { PrismaClient } from "../db/generated/client";
import { recomputePlacements } from "../geo/recompute";
import { deferCoverage, newIdCache, prepareList, readBytes, recomputeDerived, refreshAllCoverage, sha256Of, writeList, type PreparedList } from "./import";
import { readManifest, seedEntries, type ManifestEntry } from "./manifest";
import { loadPopulations } from "./population";

export type SeedTiming = { file: string; rows: number; readMs: number; writeMs: number };

/** Lists written per transaction: each list is whole or absent, and a batch saves the round trips of many commits. */
const BATCH_ROWS = 20_000;

/**
 * Imports every shipped list with a date, oldest first; files already in the database are skipped. Each list is
 * read and validated whole before anything is written; lists are then written a batch per transaction (a first
 * start interrupted half-way keeps the batches it finished, and the next start imports the rest). First/last seen
 * and agencies' current names are recomputed once at the end, and agencies placed once, even when nothing was
 * imported, so a new release's placement rules or manual table reach a database seeded by an older one, and a seed
 * interrupted before its end is completed. The Census populations are loaded first (or left as they are).
 */
export async function seedAll(db: Db, opts: { entries?: ManifestEntry[]; timings?: SeedTiming[] } = {}) {
  const manifest = readManifest();
  const t0 = performance.now();
  let imported = 0;
  let unchanged = 0;
  const population = await loadPopulations(db);
  const known = new Set((await db.snapshot.findMany({ select: { sha256: true } })).map((s) => s.sha256));

  const ids = newIdCache();
  for (const a of await db.agency.findMany({ select: { id: true, state: true, nameKey: true } })) ids.agencies.set(`${a.state}|${a.nameKey}`, a.id);
  for (const a of await db.agreement.findMany({ select: { id: true, agencyId: true, model: true } })) ids.agreements.set(`${a.agencyId}|${a.model}`, a.id);
  ids.loaded = true;

  let batch: { prepared: PreparedList; readMs: number }[] = [];
  let batchRows = 0;
  // A batch is written while the next one is read: the database and this process work at the same time.
  let writing: Promise<void> = Promise.resolve();
  const flush = async (last: boolean) => {
    await writing;
    const mine = batch;
    batch = [];
    batchRows = 0;
    writing = write(mine, last);
    writing.catch(() => {}); // awaited by the next flush; a failure is not "unhandled" meanwhile
    if (last) await writing;
  };
  const write = async (batch: { prepared: PreparedList; readMs: number }[], last: boolean) => {
    if (!batch.length && !last) return;
    const t = performance.now();
    const agencies = new Map(ids.agencies);
    const agreements = new Map(ids.agreements);
    try {
      await db.$transaction(
        async (tx) => {
          for (const b of batch) {
            const r = await writeList(tx as unknown as PrismaClient, b.prepared, ids);
            if (r.status === "imported") imported++;
            else unchanged++;
          }
          // With the last lists, in the same transaction: the derived values are never left behind the lists.
          const counted = last && imported > 0;
          if (counted) await recomputeDerived(tx as unknown as PrismaClient);
          // New lists: every list's residents are counted once, after the placements (not again for each changed one).
          if (counted) await deferCoverage(tx as unknown as PrismaClient);
          if (last) await recomputePlacements(tx as unknown as PrismaClient);
          if (counted) await refreshAllCoverage(tx as unknown as PrismaClient);
        },
        { timeout: 300_000, maxWait: 30_000 },
      );
    } catch (e) {
      // The ids created by the rolled-back transaction are gone with it.
      ids.agencies = agencies;
      ids.agreements = agreements;
      throw e;
    }
    const each = (performance.now() - t) / Math.max(1, batch.length);
    for (const b of batch) opts.timings?.push({ file: b.prepared.file, rows: b.prepared.list.rows.length, readMs: b.readMs, writeMs: each });
  };

  for (const e of opts.entries ?? seedEntries(manifest)) {
    // A full batch goes to the writer before the next list is read, so the last lists always go with the final step.
    if (batchRows >= BATCH_ROWS) await flush(false);
    const t = performance.now();
    const bytes = await readBytes(e.path);
    const sha256 = sha256Of(bytes);
    if (known.has(sha256)) {
      unchanged++;
      continue;
    }
    known.add(sha256);
    const prepared = await prepareList(bytes, e.file.split("/").pop()!, sha256, { manifest });
    batch.push({ prepared, readMs: performance.now() - t });
    batchRows += prepared.list.rows.length;
  }
  await flush(true);
  // Fresh statistics, so the planner does not judge a freshly filled table empty.
  if (imported > 0 || population.changed) await db.$executeRawUnsafe("ANALYZE");
  return { imported, unchanged, population, ms: performance.now() - t0 };
}
