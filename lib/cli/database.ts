import path from "node:path";
import { createPrisma, type Db } from "../db/client";
import { embeddedUrl, runningEmbeddedServer, startEmbeddedPostgres } from "../db/embedded";
import { migrate } from "../db/migrate";
import { env } from "../env";

export const ROOT = path.join(import.meta.dirname, "../..");
/** tsx's command line: how the CLI scripts start one another in a child process. */
export const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");

/**
 * The database a command-line tool works on: DATABASE_URL when set; otherwise the embedded database in
 * EMBEDDED_DB_DIR, reached through the running dashboard's server when it runs, or opened here when it does not.
 */
export async function withDatabase<T>(fn: (db: Db, url: string) => Promise<T>, opts: { migrate?: boolean } = {}): Promise<T> {
  const e = env();
  let url = e.DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  if (!url) {
    const dataDir = path.resolve(ROOT, e.EMBEDDED_DB_DIR);
    const running = await runningEmbeddedServer(dataDir);
    if (running) url = embeddedUrl(running.port);
    else {
      const server = await startEmbeddedPostgres({ dataDir });
      url = server.url;
      stop = server.stop;
    }
  }
  const db = createPrisma(url);
  try {
    if (opts.migrate !== false) await migrate(url);
    return await fn(db, url);
  } finally {
    await db.$disconnect();
    await stop?.();
  }
}

/** Runs a command's main function and turns any failure into a one-line message and exit code 1. */
export function run(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (e: Error) => {
      console.error(`error: ${describeDbError(e)}`);
      process.exit(1);
    },
  );
}

export function describeDbError(e: Error): string {
  const code = (e as { code?: string }).code ?? (e.cause as { code?: string } | undefined)?.code;
  const refused = /ECONNREFUSED|connect/i.test(e.message) && /refused|timeout/i.test(e.message);
  if (code === "ECONNREFUSED" || refused) {
    return `cannot reach the database (${code ?? "connection refused"}); is PostgreSQL running at DATABASE_URL?`;
  }
  return e.message;
}
