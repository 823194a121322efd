import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { z } from "zod";

export const SEED_DIR = path.join(import.meta.dirname, "../../prisma/seed/ice");

const EntrySchema = z.object({
  file: z.string().min(1),
  kind: z.enum(["participating", "pending"]),
  published: z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]),
  ice_file_name: z.string(),
  rows: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  origin: z.enum(["ice_spreadsheet", "archived_web_page"]),
  note: z.string(),
  /** 1 for the first list of its kind first seen on its day, 2 for a second distinct one seen later that day… */
  same_day_order: z.union([z.literal(""), z.string().regex(/^[1-9]\d*$/)]),
  /** ICE's rows per 287(g) model, counted from the file when it was shipped (empty for the archived-page tables). */
  jail_enforcement: z.string().regex(/^\d*$/),
  task_force: z.string().regex(/^\d*$/),
  warrant_service_officer: z.string().regex(/^\d*$/),
});
export type ManifestEntry = z.infer<typeof EntrySchema> & { path: string };

/** The shipped files: where each one is, when ICE published it, and its checksum. */
export function readManifest(dir = SEED_DIR): ManifestEntry[] {
  const records = parse(readFileSync(path.join(dir, "manifest.csv")), { columns: true, skip_empty_lines: true }) as unknown[];
  return records.map((r) => {
    const e = EntrySchema.parse(r);
    return { ...e, path: path.join(dir, e.file) };
  });
}

/** Files the seed imports: every shipped list with a known publication date, oldest first. */
export function seedEntries(manifest = readManifest()): ManifestEntry[] {
  return manifest
    .filter((e) => e.published !== "")
    .sort((a, b) => a.published.localeCompare(b.published) || a.kind.localeCompare(b.kind) || Number(a.same_day_order) - Number(b.same_day_order));
}
