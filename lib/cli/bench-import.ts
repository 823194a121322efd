// npm run bench:import: imports the whole shipped history into a fresh, empty database as a first start does and
// prints the time, per list and per 1,000 rows, split into reading the spreadsheets and writing to the database;
// then the fetcher's case (one new list into the full history) and a re-import of the same files (a no-op).
import { createPrisma } from "../db/client";
import { startEmbeddedPostgres } from "../db/embedded";
import { migrate } from "../db/migrate";
import { freshDatabase } from "../db/fresh";
import { importFile } from "../ingest/import";
import { readManifest, seedEntries } from "../ingest/manifest";
import { seedAll, type SeedTiming } from "../ingest/seed";
import { run } from "./database";

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const ms = (x: number) => `${x.toFixed(1)} ms`;

run(async () => {
  const entries = seedEntries(readManifest());
  const target = process.env.DATABASE_URL
    ? await freshDatabase(process.env.DATABASE_URL, "bench")
    : await startEmbeddedPostgres({ dataDir: null }).then((x) => ({ url: x.url, drop: x.stop }));
  const label = process.env.DATABASE_URL ? "PostgreSQL server (DATABASE_URL)" : "embedded PGlite (in memory)";
  try {
    await migrate(target.url);
    const db = createPrisma(target.url);
    // The newest participating list is left out of the first import, to be imported alone afterwards (the fetcher's case).
    const last = entries.filter((e) => e.kind === "participating").at(-1)!;
    const timings: SeedTiming[] = [];
    const cpu0 = process.cpuUsage();
    const load = (await import("node:os")).loadavg()[0];
    let t = performance.now();
    const first = await seedAll(db, { entries: entries.filter((e) => e !== last), timings });
    const totalMs = performance.now() - t;
    const cpu = process.cpuUsage(cpu0);

    t = performance.now();
    const one = await importFile(db, last.path);
    const oneMs = performance.now() - t;

    t = performance.now();
    const again = await seedAll(db);
    const againMs = performance.now() - t;
    await db.$disconnect();

    const rows = timings.reduce((n, x) => n + x.rows, 0);
    const readMs = timings.reduce((n, x) => n + x.readMs, 0);
    const writeMs = timings.reduce((n, x) => n + x.writeMs, 0);
    const per = (x: number) => `${ms(x / timings.length)} per list, ${ms((x / rows) * 1000)} per 1,000 rows`;
    const slowest = [...timings].sort((a, b) => b.readMs + b.writeMs - (a.readMs + a.writeMs)).slice(0, 3);
    console.log(`database: ${label}`);
    console.log(`lists: ${first.imported} (+ ${last.file} alone), rows: ${rows}`);
    console.log(`first start, the whole history: ${s(totalMs)} (target ≤ 60 s); this process's CPU time ${s((cpu.user + cpu.system) / 1000)}; load average at start ${load.toFixed(1)} on ${(await import("node:os")).availableParallelism()} cores`);
    console.log(`  read + parse + validate: ${s(readMs)} (${per(readMs)})`);
    console.log(`  write (a transaction per batch of lists): ${s(writeMs)} (${per(writeMs)})`);
    console.log(`  (a batch is written while the next is read, so the two overlap; the rest is Census populations, first/last seen, placing agencies, statistics)`);
    console.log(`  slowest lists: ${slowest.map((x) => `${x.file} ${ms(x.readMs + x.writeMs)}`).join(", ")}`);
    console.log(`one new list into the full history (${one.rows} rows, the fetcher's case): ${s(oneMs)} (target ≤ 2 s)`);
    console.log(`a start with nothing new (every file checked, first/last seen and placements confirmed): ${s(againMs)} (${again.unchanged} lists already there)`);
  } finally {
    await target.drop();
  }
});
