import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedPostgres = { url: string; port: number; stop: () => Promise<void> };

const LOCK = "embedded-server.json";

/** The URL of an embedded server on this machine (PGlite ignores the database name). */
export function embeddedUrl(port: number): string {
  return `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

/**
 * Serves PGlite over the Postgres wire protocol on 127.0.0.1, so the app and the importer talk to it exactly as
 * they talk to a real server. `dataDir` null keeps the database in memory (tests).
 */
export async function startEmbeddedPostgres(opts: { dataDir: string | null; port?: number }): Promise<EmbeddedPostgres> {
  if (opts.dataDir) {
    await mkdir(opts.dataDir, { recursive: true });
    const running = await runningEmbeddedServer(opts.dataDir);
    if (running) throw new Error(`the embedded database in ${opts.dataDir} is already served by process ${running.pid} on port ${running.port}`);
  }
  const db = opts.dataDir ? await PGlite.create(opts.dataDir) : await PGlite.create();
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: opts.port ?? 0, maxConnections: 32 });
  await server.start();
  const port = Number(server.getServerConn().split(":").pop());
  const lockFile = opts.dataDir ? path.join(opts.dataDir, "..", LOCK) : null;
  if (lockFile) await writeFile(lockFile, JSON.stringify({ pid: process.pid, port }));
  let stopped = false;
  return {
    url: embeddedUrl(port),
    port,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      if (lockFile) await rm(lockFile, { force: true });
    },
  };
}

/** The server another process runs on this data folder, if any (only one process may open a PGlite folder). */
export async function runningEmbeddedServer(dataDir: string): Promise<{ pid: number; port: number } | null> {
  try {
    const info = JSON.parse(await readFile(path.join(dataDir, "..", LOCK), "utf8")) as { pid: number; port: number };
    process.kill(info.pid, 0);
    return info;
  } catch {
    return null;
  }
}
