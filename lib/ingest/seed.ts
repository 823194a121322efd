import type { Db } from "../db/client";
import { importFile } from "./import";
import { readManifest, seedEntries } from "./manifest";

export async function seedAll(db: Db, onFile?: (file: string, ms: number) => void) {
  const manifest = readManifest();
  const t0 = performance.now();
  let imported = 0;
  let unchanged = 0;
  for (const e of seedEntries(manifest)) {
    const t = performance.now();
    const r = await importFile(db, e.path, { manifest });
    if (r.status === "imported") imported++;
    else unchanged++;
    onFile?.(e.file, performance.now() - t);
  }
  return { imported, unchanged, ms: performance.now() - t0 };
}
