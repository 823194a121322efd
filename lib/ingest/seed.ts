import type { Db } from "../db/client";
import { importFile } from "./import";
import { readManifest, seedEntries } from "./manifest";

/** Imports every shipped list with a date, oldest first; files already in the database are skipped. */
export async function seedAll(db: Db) {
  const manifest = readManifest();
  const t0 = performance.now();
  let imported = 0;
  let unchanged = 0;
  for (const e of seedEntries(manifest)) {
    const r = await importFile(db, e.path, { manifest });
    if (r.status === "imported") imported++;
    else unchanged++;
  }
  return { imported, unchanged, ms: performance.now() - t0 };
}
