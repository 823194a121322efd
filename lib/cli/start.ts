// npm start: builds the app when its sources changed, opens the database (DATABASE_URL, or the embedded one in
// EMBEDDED_DB_DIR), migrates it, imports the shipped ICE lists on first start, then serves the dashboard.
import { spawn } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrisma } from "../db/client";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../db/embedded";
import { migrate } from "../db/migrate";
import { env } from "../env";
import { seedAll } from "../ingest/seed";
import { buildIfStale } from "./build";
import { describeDbError, ROOT } from "./database";

const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      host: { type: "string" },
      // For tests: an embedded database in memory, never the user's data folder.
      "in-memory": { type: "boolean", default: false },
    },
  });
  const e = env();
  const port = Number(values.port ?? e.PORT);
  const host = values.host ?? e.HOST;

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
    if ((await db.snapshot.count()) === 0) {
      console.log("empty database: importing the shipped ICE lists…");
      const r = await seedAll(db);
      console.log(`imported ${r.imported} lists in ${(r.ms / 1000).toFixed(1)} s`);
    }
    await db.$disconnect();
  } catch (err) {
    await stopDb();
    throw err;
  }

  const child = spawn(process.execPath, [NEXT_BIN, "start", "-H", host, "-p", String(port)], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  console.log(`dashboard: http://${host === "0.0.0.0" ? "localhost" : host}:${port}`);
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  child.on("exit", async (code) => {
    await stopDb();
    process.exit(stopping ? 0 : (code ?? 1));
  });
}

main().catch((err: Error) => {
  console.error(`error: ${describeDbError(err)}`);
  process.exit(1);
});
