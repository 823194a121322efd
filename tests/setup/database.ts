import { startEmbeddedPostgres } from "../../lib/db/embedded";

// With DATABASE_URL set, tests create their own databases beside it on that server. Without it, they use an
// embedded PostgreSQL in memory: never the data folder of the user's dashboard.
export default async function setup() {
  if (process.env.DATABASE_URL) return;
  const server = await startEmbeddedPostgres({ dataDir: null });
  process.env.DATABASE_URL = server.url;
  process.env.TEST_DB_EMBEDDED = "1";
  return async () => server.stop();
}
