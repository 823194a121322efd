import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { createPrisma, type Db } from "../../lib/db/client";
import { freshDatabase } from "../../lib/db/fresh";
import { migrate } from "../../lib/db/migrate";

export type TestDatabase = { url: string; db: Db; close: () => Promise<void> };

/** An empty, migrated database for one test file. */
export async function emptyDatabase(): Promise<TestDatabase> {
  const base = process.env.DATABASE_URL!;
  let url = base;
  let drop = async () => {};
  if (process.env.TEST_DB_EMBEDDED) {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    await c.end();
  } else {
    const fresh = await freshDatabase(base, process.env.TEST_DB_PREFIX ?? "test");
    url = fresh.url;
    drop = fresh.drop;
  }
  await migrate(url);
  const db = createPrisma(url);
  return {
    url,
    db,
    close: async () => {
      await db.$disconnect();
      await drop();
    },
  };
}

/** Row counts of every table: equal before and after means nothing was written. */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const [snapshots, agencies, agreements, observations, repairs] = await Promise.all([
    db.snapshot.count(),
    db.agency.count(),
    db.agreement.count(),
    db.observation.count(),
    db.repair.count(),
  ]);
  return { snapshots, agencies, agreements, observations, repairs };
}

/**
 * For a test file of the data layer (lib/queries): a fresh database, filled by `fill` before the tests, that the
 * data layer reads through (it uses the process's one client). The returned function gives the database.
 */
export function useDataLayerDatabase(fill: (db: Db) => Promise<unknown>, timeout = 180_000): () => TestDatabase {
  let t: TestDatabase | undefined;
  beforeAll(async () => {
    t = await emptyDatabase();
    await fill(t.db);
    (globalThis as { __prisma?: unknown }).__prisma = t.db;
  }, timeout);
  afterAll(async () => {
    (globalThis as { __prisma?: unknown }).__prisma = undefined;
    await t?.close();
  });
  return () => t!;
}
