// npm start: builds the app when its sources changed, opens the database (DATABASE_URL, or the embedded one in
// EMBEDDED_DB_DIR), migrates it, imports any shipped ICE list it lacks, then serves the dashboard.
import { spawn, type ChildProcess } from "node:child_process";
import { setPriority } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrisma } from "../db/client";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../db/embedded";
import { migrate } from "../db/migrate";
import { parseEnv } from "../env";
import { seedAll } from "../ingest/seed";
import { buildIfStale } from "./build";
import { describeDbError, ROOT, TSX } from "./database";
import { serveDashboard } from "./serve";

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      host: { type: "string" },
      // For tests: an embedded database in memory, never the user's data folder.
      "in-memory": { type: "boolean", default: false },
    },
  });
  // Flags go through the same checks as the environment variables they stand for.
  const e = parseEnv({ ...process.env, ...(values.port && { PORT: values.port }), ...(values.host && { HOST: values.host }) });
  const port = e.PORT;
  const host = e.HOST;

  buildIfStale();

  let embedded: EmbeddedPostgres | null = null;
  let url = e.DATABASE_URL;
  if (!url) {
    const dataDir = values["in-memory"] ? null : path.resolve(ROOT, e.EMBEDDED_DB_DIR);
    embedded = await startEmbeddedPostgres({ dataDir });
    url = embedded.url;
    console.log(`database: embedded PostgreSQL (PGlite) ${dataDir ? `in ${path.relative(ROOT, dataDir)}` : "in memory"}`);
  } else {
    console.log(`database: ${new URL(url).host}${new URL(url).pathname}`);
  }
  const stopDb = async () => {
    await embedded?.stop();
  };

  try {
    await migrate(url);
    const db = createPrisma(url);
    // Every start makes sure each shipped list is in the database: files already there are skipped by checksum,
    // so a first start that was interrupted half-way is completed by the next one.
    if ((await db.snapshot.count()) === 0) console.log("empty database: importing the shipped ICE lists…");
    const r = await seedAll(db);
    if (r.imported) console.log(`imported ${r.imported} shipped lists in ${(r.ms / 1000).toFixed(1)} s`);
    await db.$disconnect();
  } catch (err) {
    await stopDb();
    throw err;
  }

  const served = await serveDashboard({ databaseUrl: url, host, port });
  console.log(`dashboard: http://${host === "0.0.0.0" ? "localhost" : host}:${port}`);
  let stopping = false;
  const schedule = scheduleChecks(e.ICE_FETCH_EVERY, url, e.ICE_PAGE_URL, () => stopping);
  const stop = () => {
    if (stopping) return;
    stopping = true;
    schedule.stop();
    void served.stop();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  served.exited.then(async (code) => {
    await served.stop();
    await stopDb();
    process.exit(stopping ? 0 : (code ?? 1));
  });
}

/** Once shortly after start-up, then every `everyMs` after the previous check ended. */
const FIRST_CHECK_AFTER_MS = 30_000;

/**
 * Checks ICE's page on a schedule, each check in a child process (npm run fetch) at a lower CPU priority, so reading
 * and importing a spreadsheet never holds up the server's pages. The child reaches the database over its URL: with
 * the embedded database, only this process may open the data folder. Checks never overlap here, and the fetcher's
 * lock keeps other servers on the same database from checking at the same time.
 */
function scheduleChecks(everyMs: number | null, databaseUrl: string, pageUrl: string, stopping: () => boolean) {
  if (everyMs === null) {
    console.log("checks of ICE's page: off (ICE_FETCH_EVERY=off)");
    return { stop: () => {} };
  }
  console.log(`checks of ICE's page: every ${formatEvery(everyMs)}, the first in ${formatEvery(Math.min(FIRST_CHECK_AFTER_MS, everyMs))} (${pageUrl})`);
  let timer: NodeJS.Timeout | undefined;
  let running: ChildProcess | null = null;
  const next = (ms: number) => {
    if (!stopping()) timer = setTimeout(runOnce, ms);
  };
  const runOnce = () => {
    running = spawn(process.execPath, [TSX, path.join(ROOT, "lib/cli/fetch.ts")], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      if (running.pid) setPriority(running.pid, 5);
    } catch {
      // Not permitted here: the check runs at normal priority.
    }
    const prefix = (stream: NodeJS.WritableStream) => (d: Buffer) => {
      for (const line of d.toString().split("\n").filter(Boolean)) stream.write(`fetch: ${line}\n`);
    };
    running.stdout?.on("data", prefix(process.stdout));
    running.stderr?.on("data", prefix(process.stderr));
    running.on("exit", () => {
      running = null;
      next(everyMs);
    });
  };
  next(Math.min(FIRST_CHECK_AFTER_MS, everyMs));
  return {
    stop: () => {
      clearTimeout(timer);
      running?.kill("SIGTERM");
    },
  };
}

function formatEvery(ms: number): string {
  for (const [unit, size] of [["d", 86_400_000], ["h", 3_600_000], ["m", 60_000]] as const) if (ms % size === 0) return `${ms / size}${unit}`;
  return `${ms / 1000}s`;
}

main().catch((err: Error) => {
  console.error(`error: ${describeDbError(err)}`);
  process.exit(1);
});
