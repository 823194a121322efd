// npm start: builds the app when its sources changed, opens the database (DATABASE_URL, or the embedded one in
// EMBEDDED_DB_DIR), migrates it, imports any shipped ICE list it lacks, then serves the dashboard.
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrisma } from "../db/client";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../db/embedded";
import { migrate } from "../db/migrate";
import { parseEnv } from "../env";
import { seedAll } from "../ingest/seed";
import { buildIfStale } from "./build";
import { describeDbError, ROOT } from "./database";
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
  const stop = () => {
    if (stopping) return;
    stopping = true;
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

main().catch((err: Error) => {
  console.error(`error: ${describeDbError(err)}`);
  process.exit(1);
});
