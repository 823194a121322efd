// The production server the bench:* commands measure: the build (made when stale), a seeded database and
// the dashboard on 127.0.0.1 and a free port, served as `npm start` serves it (lib/cli/serve.ts). Everything it started is stopped on
// exit and on Ctrl-C.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createPrisma } from "../db/client";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../db/embedded";
import { migrate } from "../db/migrate";
import { env } from "../env";
import { seedAll } from "../ingest/seed";
import { buildIfStale, isStale } from "./build";
import { ROOT, TSX } from "./database";
import { freePort } from "./serve";

export type BenchServer = { origin: string; database: string; stop: () => Promise<void> };

async function waitForHealth(origin: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const r = await fetch(`${origin}/api/health`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the app did not answer ${origin}/api/health within ${timeoutMs / 1000} s`);
}

/**
 * Builds if stale (with `build: false`, fails instead), opens DATABASE_URL or the embedded database (its data folder, or memory with `inMemory`),
 * migrates and seeds it (unless `seed: false`), then serves the build with `next start`.
 */
export async function startBenchServer(opts: { inMemory?: boolean; quiet?: boolean; build?: boolean; seed?: boolean } = {}): Promise<BenchServer> {
  if (opts.build === false) {
    if (isStale()) throw new Error("the build is missing or older than the sources; run `npm run build` first");
  } else buildIfStale();
  const e = env();
  let embedded: EmbeddedPostgres | null = null;
  let child: ChildProcess | null = null;
  let stopping: Promise<void> | null = null;

  const stop = () =>
    (stopping ??= (async () => {
      if (child && child.exitCode === null) {
        const exited = new Promise((r) => child!.once("exit", r));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      await embedded?.stop();
    })());
  // Ctrl-C: the terminal also signals `next start` (same process group); this waits for it and closes the database.
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping the server and the database…`);
    void stop().then(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  try {
    let url = e.DATABASE_URL;
    let database: string;
    if (url) {
      database = `PostgreSQL server ${new URL(url).host}${new URL(url).pathname} (DATABASE_URL)`;
    } else {
      const dataDir = opts.inMemory ? null : path.resolve(ROOT, e.EMBEDDED_DB_DIR);
      embedded = await startEmbeddedPostgres({ dataDir });
      url = embedded.url;
      database = `embedded PGlite ${dataDir ? `in ${path.relative(ROOT, dataDir)}` : "in memory"}`;
    }
    await migrate(url);
    // With `seed: false` the database is measured with the lists it holds (a part of the history, or a grown one).
    if (opts.seed !== false) {
      const db = createPrisma(url);
      try {
        const r = await seedAll(db);
        if (r.imported && !opts.quiet) console.error(`imported ${r.imported} shipped lists in ${(r.ms / 1000).toFixed(1)} s`);
      } finally {
        await db.$disconnect();
      }
    }

    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    // In a process of its own, as npm start runs it: the load the benchmarks make must not share its event loop.
    child = spawn(process.execPath, [TSX, path.join(ROOT, "lib/cli/serve.ts"), "--port", String(port)], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", opts.quiet ? "ignore" : "inherit"],
      env: { ...process.env, DATABASE_URL: url },
    });
    await waitForHealth(origin, child);
    return { origin, database, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Runs `fn` against a started server and always stops it, whatever `fn` does. */
export async function withBenchServer<T>(opts: Parameters<typeof startBenchServer>[0], fn: (s: BenchServer) => Promise<T>): Promise<T> {
  const server = await startBenchServer(opts);
  try {
    return await fn(server);
  } finally {
    await server.stop();
  }
}

/** Left-aligned first column, right-aligned others: the tables the bench commands print. */
export function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(cells[0]), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}
