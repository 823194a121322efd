import type { Db } from "../db/client";
import type { PrismaClient } from "../db/generated/client";
import { recomputePlacements } from "../geo/recompute";
import { importFile } from "./import";
import { readManifest, seedEntries } from "./manifest";
import { loadPopulations } from "./population";

/**
 * Imports every shipped list with a date, oldest first; files already in the database are skipped. Agencies
 * are placed once at the end, even when nothing was imported, so a new release's placement rules or manual
 * table reach a database seeded by an older one. The Census populations are loaded first (or left as they are).
 */
export async function seedAll(db: Db) {
  const manifest = readManifest();
  const t0 = performance.now();
  let imported = 0;
  let unchanged = 0;
  const population = await loadPopulations(db);
  for (const e of seedEntries(manifest)) {
    const r = await importFile(db, e.path, { manifest, placeAgencies: false });
    if (r.status === "imported") imported++;
    else unchanged++;
  }
  await db.$transaction(async (tx) => recomputePlacements(tx as unknown as PrismaClient), { timeout: 60_000 });
  // Fresh statistics, so the planner does not judge a freshly filled table empty.
  if (imported > 0 || population.changed) await db.$executeRawUnsafe("ANALYZE");
  return { imported, unchanged, population, ms: performance.now() - t0 };
}
