// The migration that brings in every daily list re-dates the monthly lists a database already holds where ICE's
// daily history shows the same bytes served earlier, and keeps every row, repair and identity they carry.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../../../lib/db/migrate";
import { emptyDatabase, type TestDatabase } from "../../helpers/database";
import { manifest } from "../../helpers/source-files";

const MIGRATION = "20261202130000_same_day_order";
let t: TestDatabase;
let c: pg.Client;

// Two lists as the monthly set dated them (the month's file), and one the daily set dates as the monthly set did.
const OLD = [
  { file: "participating/participating_2025-02-26.xlsx", monthly: "2025-02-28" },
  { file: "participating/participating_2025-12-30.xlsx", monthly: "2025-12-31" },
  { file: "participating/participating_2026-05-18.xlsx", monthly: "2026-05-18" },
];
const entry = (file: string) => manifest().find((m) => m.file === file)!;

const dump = async () => ({
  snapshots: (await c.query("SELECT id, kind, to_char(published_on, 'YYYY-MM-DD') AS day, sha256, row_count FROM snapshot ORDER BY id")).rows,
  agencies: (await c.query("SELECT id, slug, name FROM agency ORDER BY id")).rows,
  agreements: (await c.query("SELECT id, agency_id, model, first_seen_snapshot_id, last_seen_snapshot_id FROM agreement ORDER BY id")).rows,
  observations: (await c.query("SELECT id, snapshot_id, row_number, agency_id, agreement_id, agency_name FROM observation ORDER BY id")).rows,
  repairs: (await c.query("SELECT id, snapshot_id, row_number, raw_value, stored_value FROM repair ORDER BY id")).rows,
});

beforeAll(async () => {
  t = await emptyDatabase();
  // Back to the schema before the migration: a fresh database of the previous release.
  const admin = new pg.Client({ connectionString: t.url });
  await admin.connect();
  await admin.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  await admin.end();
  await migrate(t.url, { before: MIGRATION });
  c = new pg.Client({ connectionString: t.url });
  await c.connect();
  // What the previous release's importer wrote for these lists (one agency, one agreement and a row each).
  await c.query("INSERT INTO agency (id, state, name, name_key, type, slug) VALUES (7, 'AL', 'Etowah County Sheriff''s Office', 'etowah county sheriffs office', 'COUNTY', 'al-etowah-county-sheriffs-office')");
  for (const [i, o] of OLD.entries()) {
    const e = entry(o.file);
    await c.query("INSERT INTO snapshot (id, kind, published_on, file_name, sha256, origin, row_count) VALUES ($1, 'PARTICIPATING', $2, $3, $4, 'ICE_SPREADSHEET', $5)", [
      10 + i,
      o.monthly,
      `participating_${o.monthly}.xlsx`,
      e.sha256,
      Number(e.rows),
    ]);
  }
  await c.query("INSERT INTO agreement (id, agency_id, model, first_seen_snapshot_id, last_seen_snapshot_id) VALUES (3, 7, 'JAIL_ENFORCEMENT', 10, 12)");
  for (const sid of [10, 11, 12]) {
    await c.query("INSERT INTO observation (snapshot_id, row_number, agency_id, agreement_id, model, state, agency_name) VALUES ($1, 5, 7, 3, 'JAIL_ENFORCEMENT', 'AL', 'Etowah County Sheriff''s Office')", [sid]);
    await c.query("INSERT INTO repair (snapshot_id, row_number, \"column\", raw_value, stored_value, rule) VALUES ($1, 5, 'STATE', 'Alabama', 'AL', 'state name not in capitals')", [sid]);
  }
});

afterAll(async () => {
  await c?.end();
  await t?.close();
});

describe(`migration ${MIGRATION}`, () => {
  it("dates each list by the first day ICE served its bytes, and changes nothing else", async () => {
    const before = await dump();
    expect(before.snapshots.map((s) => s.day)).toEqual(["2025-02-28", "2025-12-31", "2026-05-18"]);
    await migrate(t.url);
    const after = await dump();
    // The daily manifest's date for the same sha256.
    expect(after.snapshots.map((s) => s.day)).toEqual(OLD.map((o) => entry(o.file).published));
    expect(after.snapshots.map((s) => s.day)).toEqual(["2025-02-26", "2025-12-30", "2026-05-18"]);
    expect(after.snapshots.map(({ day: _d, ...s }) => s)).toEqual(before.snapshots.map(({ day: _d, ...s }) => s));
    expect(after.agencies).toEqual(before.agencies);
    expect(after.agreements).toEqual(before.agreements);
    expect(after.observations).toEqual(before.observations);
    expect(after.repairs).toEqual(before.repairs);
    expect((await c.query("SELECT DISTINCT same_day_order FROM snapshot")).rows).toEqual([{ same_day_order: 1 }]);
  });
});
