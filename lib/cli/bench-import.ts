// npm run bench:import: imports the whole shipped history into a fresh, empty database and prints the time,
// split into reading the spreadsheets and writing to the database.
import { readFile } from "node:fs/promises";
import { createPrisma } from "../db/client";
import { startEmbeddedPostgres } from "../db/embedded";
import { migrate } from "../db/migrate";
import { freshDatabase } from "../db/fresh";
import type { PrismaClient } from "../db/generated/client";
import { recomputePlacements } from "../geo/recompute";
import { importFile } from "../ingest/import";
import { readManifest, seedEntries } from "../ingest/manifest";
import { parseSheet } from "../ingest/parse";
import { seedAll } from "../ingest/seed";
import { readSheet } from "../ingest/workbook";
import { run } from "./database";

run(async () => {
  const entries = seedEntries(readManifest());
  let t = performance.now();
  let rows = 0;
  for (const e of entries) rows += parseSheet(await readSheet(await readFile(e.path)), e.file).rows.length;
  const parseMs = performance.now() - t;

  const target = process.env.DATABASE_URL
    ? await freshDatabase(process.env.DATABASE_URL, "bench")
    : await startEmbeddedPostgres({ dataDir: null }).then((s) => ({ url: s.url, drop: s.stop }));
  const label = process.env.DATABASE_URL ? "PostgreSQL server (DATABASE_URL)" : "embedded PGlite (in memory)";
  try {
    await migrate(target.url);
    const db = createPrisma(target.url);
    // As `npm start` and `npm run db:seed` do it: every file, then every agency placed once.
    t = performance.now();
    await seedAll(db);
    const totalMs = performance.now() - t;
    t = performance.now();
    await db.$transaction(async (tx) => recomputePlacements(tx as unknown as PrismaClient), { timeout: 60_000 });
    const placeMs = performance.now() - t;
    t = performance.now();
    for (const e of entries) await importFile(db, e.path);
    const againMs = performance.now() - t;
    await db.$disconnect();
    console.log(`database: ${label}`);
    console.log(`files: ${entries.length}, rows: ${rows}`);
    console.log(`read + parse + validate only: ${(parseMs / 1000).toFixed(2)} s`);
    console.log(`full import of the history: ${(totalMs / 1000).toFixed(2)} s (target < 15 s)`);
    console.log(`re-import of the same files (no-op): ${(againMs / 1000).toFixed(2)} s`);
    console.log(`placing every agency again (rules only, nothing changed): ${(placeMs / 1000).toFixed(2)} s`);
  } finally {
    await target.drop();
  }
});
