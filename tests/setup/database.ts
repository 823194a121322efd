import pg from "pg";
import { startEmbeddedPostgres } from "../../lib/db/embedded";

// With DATABASE_URL set, tests create their own databases beside it on that server. Without it, they use an
// embedded PostgreSQL in memory: never the data folder of the user's dashboard.
// TEST_SEEDED_HISTORY names where this run keeps the seeded shipped history (tests/helpers/database.ts,
// seededDatabase): a template database on the server, removed here at the end, or a schema of the embedded
// database. The first test file that needs the history seeds it, so a run without such a file does not seed.
export default async function setup() {
  const run = `${process.pid}_${Date.now().toString(36)}`;
  if (process.env.DATABASE_URL) {
    const base = process.env.DATABASE_URL;
    const template = `test_seeded_${run}`;
    process.env.TEST_SEEDED_HISTORY = template;
    return async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      for (const name of [template, `${template}_building`]) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    };
  }
  const server = await startEmbeddedPostgres({ dataDir: null });
  process.env.DATABASE_URL = server.url;
  process.env.TEST_DB_EMBEDDED = "1";
  process.env.TEST_SEEDED_HISTORY = "test_seeded_history";
  return async () => server.stop();
}
