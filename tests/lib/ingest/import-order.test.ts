// Files imported out of date order give the same agreements, first-seen and last-seen as in date order.
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Db } from "../../../lib/db/client";
import { importFile } from "../../../lib/ingest/import";
import { readManifest } from "../../../lib/ingest/manifest";
import { loadPopulations } from "../../../lib/ingest/population";
import { seedAll } from "../../../lib/ingest/seed";
import { emptyDatabase, type TestDatabase } from "../../helpers/database";
import { manifest, modelOf, rawRows, SEED } from "../../helpers/source-files";

const FILES = [
  "participating/participating_2026-05-18.xlsx",
  "participating/participating_2025-02-21.xlsx",
  "archived/participating_2021-01-13.xlsx",
  "participating/participating_2025-12-30.xlsx",
];
const dateOf = (f: string) => manifest().find((m) => m.file === f)!.published;

let t: TestDatabase | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function importAndRead(order: string[]) {
  t = await emptyDatabase();
  for (const f of order) await importFile(t.db, path.join(SEED, f));
  const agreements = await t.db.agreement.findMany({
    include: { agency: true, firstSeenSnapshot: true, lastSeenSnapshot: true },
  });
  const result = agreements
    .map((a) => ({
      agency: a.agency.slug,
      name: a.agency.name,
      model: a.model,
      first: a.firstSeenSnapshot.publishedOn.toISOString().slice(0, 10),
      last: a.lastSeenSnapshot.publishedOn.toISOString().slice(0, 10),
      signed: a.signedOn?.toISOString().slice(0, 10),
      moa: a.moaUrl,
    }))
    .sort((x, y) => `${x.agency}|${x.model}`.localeCompare(`${y.agency}|${y.model}`));
  await t.close();
  t = undefined;
  return result;
}

describe("import order", () => {
  it("out of date order yields the same agreements as in date order", async () => {
    const shuffled = await importAndRead(FILES);
    const ordered = await importAndRead([...FILES].sort((a, b) => dateOf(a).localeCompare(dateOf(b))));
    expect(shuffled).toEqual(ordered);
  });

  it("first and last seen of a long-standing agency match the lists it appears on", async () => {
    const rows = await importAndRead(FILES);
    for (const model of ["JEM", "TFM"] as const) {
      const seenIn: string[] = [];
      for (const f of FILES) {
        const raw = await rawRows(path.join(SEED, f));
        if (raw.some((r) => r.agency === "Etowah County Sheriff's Office" && modelOf(r.support) === model)) seenIn.push(dateOf(f));
      }
      seenIn.sort();
      const code = model === "JEM" ? "JAIL_ENFORCEMENT" : "TASK_FORCE";
      const a = rows.find((r) => r.agency === "al-etowah-county-sheriffs-office" && r.model === code);
      expect(a, model).toBeDefined();
      expect(a!.first).toBe(seenIn[0]);
      expect(a!.last).toBe(seenIn.at(-1));
    }
  });
});

/** Everything the importer writes, by what it is rather than by the ids it happened to get. */
async function contents(db: Db) {
  const q = <T>(sql: string) => db.$queryRawUnsafe<T[]>(sql);
  return {
    lists: await q(`SELECT kind::text, to_char(published_on, 'YYYY-MM-DD') AS day, same_day_order, file_name, sha256, origin::text, row_count
      FROM snapshot ORDER BY sha256`),
    agencies: await q(`SELECT slug, state, name, name_key, type::text, county FROM agency ORDER BY slug`),
    agreements: await q(`SELECT g.slug, a.model::text, to_char(a.signed_on, 'YYYY-MM-DD') AS signed_on, a.moa_url, a.addendum_url,
        f.sha256 AS first_seen, l.sha256 AS last_seen
      FROM agreement a JOIN agency g ON g.id = a.agency_id JOIN snapshot f ON f.id = a.first_seen_snapshot_id
      JOIN snapshot l ON l.id = a.last_seen_snapshot_id ORDER BY g.slug, a.model`),
    rows: await q(`SELECT s.sha256, o.row_number, g.slug, a.model::text AS agreement_model, o.model::text, o.state, o.agency_name,
        o.agency_type::text, o.county, to_char(o.signed_on, 'YYYY-MM-DD') AS signed_on, o.moa_url, o.addendum_url
      FROM observation o JOIN snapshot s ON s.id = o.snapshot_id JOIN agency g ON g.id = o.agency_id
      LEFT JOIN agreement a ON a.id = o.agreement_id ORDER BY s.sha256, o.row_number`),
    repairs: await q(`SELECT s.sha256, r.row_number, r."column", r.raw_value, r.stored_value, r.rule
      FROM repair r JOIN snapshot s ON s.id = r.snapshot_id ORDER BY s.sha256, r.row_number, r."column", r.rule, r.raw_value`),
    changes: await q<{ change: string }>(`SELECT s.sha256, p.sha256 AS previous_sha256, c.change::text, g.slug, c.model::text, c.state, c.agency_name,
        to_char(c.signed_on, 'YYYY-MM-DD') AS signed_on, to_char(c.previous_signed_on, 'YYYY-MM-DD') AS previous_signed_on,
        c.moa_url, c.previous_moa_url
      FROM list_change c JOIN snapshot s ON s.id = c.snapshot_id JOIN snapshot p ON p.id = c.previous_snapshot_id
      JOIN agency g ON g.id = c.agency_id ORDER BY s.sha256, c.change, g.slug, c.model`),
    tallies: await q(`SELECT s.sha256, t.state, t.models, t.agreements, t.agencies, t.rows
      FROM list_tally t JOIN snapshot s ON s.id = t.snapshot_id ORDER BY s.sha256, t.models, t.state`),
    totals: await q(`SELECT s.sha256, t.models, t.agreements, t.agencies, t.rows, t.states
      FROM list_total t JOIN snapshot s ON s.id = t.snapshot_id ORDER BY s.sha256, t.models`),
    coverage: await q(`SELECT s.sha256, c.state, c.models, c.county_residents, c.place_residents,
        ARRAY(SELECT g.slug FROM agency g WHERE g.id = ANY(c.statewide_agencies) ORDER BY g.slug) AS statewide
      FROM list_coverage c JOIN snapshot s ON s.id = c.snapshot_id ORDER BY s.sha256, c.models, c.state`),
    pendingChanges: await q(`SELECT s.sha256, p.sha256 AS previous_sha256, c.change::text, g.slug, c.state, c.agency_name, c.models::text[]
      FROM pending_change c JOIN snapshot s ON s.id = c.snapshot_id JOIN snapshot p ON p.id = c.previous_snapshot_id
      JOIN agency g ON g.id = c.agency_id ORDER BY s.sha256, c.change, g.slug`),
    applications: await q(`SELECT g.slug, to_char(a.first_pending, 'YYYY-MM-DD') AS first_pending, to_char(a.last_pending, 'YYYY-MM-DD') AS last_pending,
        a.lists_on, a.models, a.outcome, a.signed_model::text, to_char(a.signed_on, 'YYYY-MM-DD') AS signed_on, a.days
      FROM pending_application a JOIN agency g ON g.id = a.agency_id ORDER BY g.slug`),
    placements: await q(`SELECT g.slug, p.level::text, p.method::text, p.county_fips, p.place_name, p.area_geoid
      FROM agency_placement p JOIN agency g ON g.id = p.agency_id ORDER BY g.slug`),
  };
}

describe("the daily lists in a shuffled order", () => {
  it("give the same database as the seed's order: every list, row, repair, agency, agreement, first/last day seen, change, stored count, residents counted, pending change and application", async () => {
    // Every list of March and April 2025 (both kinds, with lists ICE served twice the same day), and the archived
    // table before them.
    const entries = readManifest().filter((e) => e.published >= "2025-02-19" && e.published <= "2025-04-30");
    expect(entries.filter((e) => e.same_day_order === "2").length).toBeGreaterThan(0);

    t = await emptyDatabase();
    await seedAll(t.db, { entries });
    const inOrder = await contents(t.db);
    await t.close();

    // A fixed shuffle (a linear congruential generator), so a failure can be replayed.
    let seed = 287;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const shuffled = entries.map((e) => ({ e, k: random() })).sort((a, b) => a.k - b.k).map((x) => x.e);
    expect(shuffled.map((e) => e.file)).not.toEqual(entries.map((e) => e.file));
    t = await emptyDatabase();
    // The seed loads the Census populations first (the residents counted need them); so does this database.
    await loadPopulations(t.db);
    for (const e of shuffled) await importFile(t.db, e.path);
    const outOfOrder = await contents(t.db);

    expect(outOfOrder.lists.length).toBe(entries.length);
    expect(outOfOrder.rows.length).toBe(entries.reduce((n, e) => n + Number(e.rows), 0));
    expect(new Set(outOfOrder.changes.map((c) => c.change))).toEqual(new Set(["added", "removed", "redated", "relinked"]));
    for (const k of ["tallies", "totals", "coverage", "pendingChanges", "applications"] as const) expect(outOfOrder[k].length, k).toBeGreaterThan(0);
    expect(outOfOrder).toEqual(inOrder);
  });
});
