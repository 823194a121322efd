import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { createPrisma, type Db } from "../../lib/db/client";
import { freshDatabase } from "../../lib/db/fresh";
import { migrate } from "../../lib/db/migrate";
import { seedAll } from "../../lib/ingest/seed";

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
  return opened(url, drop);
}

/** A client on `url`, closed (then `drop` run) by close(). */
function opened(url: string, drop: () => Promise<void>): TestDatabase {
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

/**
 * The whole shipped history as `seedAll` leaves it, in a database of the test file's own that it may write to.
 * The history is imported once per run, by the first file that asks, and copied for each file: with DATABASE_URL
 * set, into a database created from the run's seeded template database; on the embedded server, from the schema
 * the history was moved to. The global setup names the template database or schema in TEST_SEEDED_HISTORY.
 */
export async function seededDatabase(): Promise<TestDatabase> {
  return process.env.TEST_DB_EMBEDDED ? embeddedSeededCopy(seededHistory()) : serverSeededCopy(process.env.DATABASE_URL!, seededHistory());
}

/**
 * The same history for a file that only reads it. On the embedded server this is the run's seeded history itself,
 * lent to the file as its public schema and given back when it closes, with every transaction read-only
 * meanwhile, so a write fails instead of reaching the files after it. On a server it is a private copy, as cheap.
 */
export async function readOnlySeededDatabase(): Promise<TestDatabase> {
  return process.env.TEST_DB_EMBEDDED ? embeddedSeededLoan(seededHistory()) : serverSeededCopy(process.env.DATABASE_URL!, seededHistory());
}

function seededHistory(): string {
  const seeded = process.env.TEST_SEEDED_HISTORY;
  if (!seeded) throw new Error("TEST_SEEDED_HISTORY is not set: run the tests with tests/vitest.config.ts, whose global setup sets it");
  return seeded;
}

const withDatabase = (base: string, name: string) => {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
};

async function seedInto(url: string) {
  await migrate(url);
  const db = createPrisma(url);
  try {
    await seedAll(db);
  } finally {
    await db.$disconnect();
  }
}

async function serverSeededCopy(base: string, template: string): Promise<TestDatabase> {
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  const name = `test_${process.pid}_${Date.now().toString(36)}`;
  try {
    // Files may run in parallel: one seeds, the others wait for the lock. The history is seeded under another
    // name and renamed when complete, so a seed that failed half-way is never copied.
    await admin.query("SELECT pg_advisory_lock(hashtext($1))", [template]);
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [template]);
    if (!rowCount) {
      const building = `${template}_building`;
      await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${building}"`);
      await seedInto(withDatabase(base, building));
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
    }
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  return opened(withDatabase(base, name), async () => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.end();
  });
}

// The embedded server has one database, whose public schema each file empties (emptyDatabase): the history is
// seeded there once and moved aside to its own schema, which each file then copies or borrows as public.
async function embeddedSeeded(c: pg.Client, schema: string) {
  const { rowCount } = await c.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [schema]);
  if (rowCount) return;
  const fresh = await emptyDatabase();
  try {
    await seedAll(fresh.db);
  } finally {
    await fresh.close();
  }
  await c.query(`ALTER SCHEMA public RENAME TO "${schema}"; CREATE SCHEMA public;`);
}

async function embeddedSeededLoan(schema: string): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL!;
  const sql = async (...statements: string[]) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      for (const s of statements) await c.query(s);
    } finally {
      await c.end();
    }
  };
  // PGlite serves every connection in its one session, so the setting reaches the data layer's connections too.
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await embeddedSeeded(c, schema);
  } finally {
    await c.end();
  }
  await sql("DROP SCHEMA public CASCADE", `ALTER SCHEMA "${schema}" RENAME TO public`, "SET default_transaction_read_only = on");
  return opened(url, () => sql("SET default_transaction_read_only = off", `ALTER SCHEMA public RENAME TO "${schema}"`, "CREATE SCHEMA public"));
}

async function embeddedSeededCopy(schema: string): Promise<TestDatabase> {
  const base = process.env.DATABASE_URL!;
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  try {
    await embeddedSeeded(c, schema);
    const t = await emptyDatabase();
    const tables = await c.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 AND table_name <> '_prisma_migrations'",
      [schema],
    );
    const serials = await c.query<{ table: string; column: string }>(
      "SELECT table_name AS table, column_name AS column FROM information_schema.columns WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'",
    );
    await c.query("BEGIN; SET LOCAL session_replication_role = replica");
    // Row by row through JSON, so each value is read by the type of public's column (the enums are public's own).
    for (const { name } of tables.rows) {
      await c.query(`INSERT INTO public."${name}" SELECT r.* FROM "${schema}"."${name}" s, json_populate_record(NULL::public."${name}", to_json(s)) r`);
    }
    for (const { table, column } of serials.rows) {
      await c.query(`SELECT setval(pg_get_serial_sequence('public."${table}"', '${column}'), max("${column}")) FROM public."${table}"`);
    }
    await c.query("COMMIT");
    await c.query("ANALYZE");
    return t;
  } finally {
    await c.end();
  }
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

/** Makes the data layer (lib/queries), which uses the process's one client, read the database `open` gives. */
function useDataLayer(open: () => Promise<TestDatabase>, timeout: number): () => TestDatabase {
  let t: TestDatabase | undefined;
  beforeAll(async () => {
    t = await open();
    (globalThis as { __prisma?: unknown }).__prisma = t.db;
  }, timeout);
  afterAll(async () => {
    (globalThis as { __prisma?: unknown }).__prisma = undefined;
    await t?.close();
  });
  return () => t!;
}

/**
 * For a test file of the data layer (lib/queries): a fresh database, filled by `fill` before the tests, that the
 * data layer reads through. The returned function gives the database.
 */
export function useDataLayerDatabase(fill: (db: Db) => Promise<unknown>, timeout = 600_000): () => TestDatabase {
  return useDataLayer(async () => {
    const t = await emptyDatabase();
    await fill(t.db);
    return t;
  }, timeout);
}

/** For a test file of the data layer: the whole shipped history (`readOnlySeededDatabase`), read through the data layer. */
export function useSeededDataLayerDatabase(timeout = 600_000): () => TestDatabase {
  return useDataLayer(readOnlySeededDatabase, timeout);
}
