// The counts the importer stores for each list (table list_tally), which the trend charts, the headline, the map and
// the tables of states read: against the shipped manifest's counts of every list, and against the files' own rows.
import { describe, expect, it } from "vitest";
import { getListTrend } from "../../../lib/queries/trends";
import { getListTotals } from "../../../lib/queries/summary";
import { useSeededDataLayerDatabase } from "../../helpers/database";
import { participatingFiles, recordsOf, rowKey } from "../../helpers/raw-keys";
import { manifest, type ManifestRow } from "../../helpers/source-files";

const db = useSeededDataLayerDatabase();

// The stored sets of models, as bits (lib/queries/tallies.ts): 0 every row, 1 Jail Enforcement, 2 Task Force, 4 WSO.
const SETS = { all: 0, jail: 1, taskForce: 2, wso: 4 } as const;

describe("the stored counts of every list", () => {
  it("have the manifest's rows in all and per model, for each of the 482 lists", async () => {
    const rows = await db().db.$queryRaw<{ sha256: string; models: number; rows: number }[]>`
      SELECT s.sha256, t.models::int AS models, sum(t.rows)::int AS rows
      FROM list_tally t JOIN snapshot s ON s.id = t.snapshot_id GROUP BY s.sha256, t.models`;
    const stored = new Map(rows.map((r) => [`${r.sha256}|${r.models}`, r.rows]));
    // The nation's stored totals (list_total) hold the same rows.
    const totals = await db().db.$queryRaw<{ sha256: string; models: number; rows: number }[]>`
      SELECT s.sha256, t.models::int AS models, t.rows FROM list_total t JOIN snapshot s ON s.id = t.snapshot_id`;
    expect(new Map(totals.map((r) => [`${r.sha256}|${r.models}`, r.rows]))).toEqual(stored);
    const lists = [...new Map(manifest().filter((m) => m.published).map((m) => [m.sha256, m])).values()];
    expect(lists.length).toBe(482);
    for (const m of lists) {
      const count = (set: number) => stored.get(`${m.sha256}|${set}`) ?? 0;
      expect(count(SETS.all), m.file).toBe(Number(m.rows));
      // The archived web pages' tables have no per-model counts in the manifest.
      if (m.jail_enforcement === "") continue;
      expect([count(SETS.jail), count(SETS.taskForce), count(SETS.wso)], m.file).toEqual([
        Number(m.jail_enforcement),
        Number(m.task_force),
        Number(m.warrant_service_officer),
      ]);
    }
  });

  // The oldest archived table, the first spreadsheet, a day ICE served three lists, and the newest list.
  const sample = participatingFiles().filter((m, i, all) =>
    [0, all.findIndex((x) => x.origin === "ice_spreadsheet"), all.findIndex((x) => x.same_day_order === "3"), all.length - 1].includes(i),
  );

  it.each(sample.map((m) => [m.file, m] as const))("%s: agreements and agencies, per model and per state, are the file's distinct rows", async (_f, m: ManifestRow) => {
    const records = await recordsOf(m);
    const expected = new Map<string, { agreements: Set<string>; agencies: Set<string> }>();
    for (const r of records) {
      for (const key of [`${r.code}|all`, `${r.code}|${r.model}`]) {
        const e = expected.get(key) ?? { agreements: new Set(), agencies: new Set() };
        e.agreements.add(rowKey(r.code, r.agency, r.model));
        e.agencies.add(rowKey(r.code, r.agency, null));
        expected.set(key, e);
      }
    }
    const bit = { JAIL_ENFORCEMENT: 1, TASK_FORCE: 2, WARRANT_SERVICE_OFFICER: 4 } as Record<string, number>;
    const rows = await db().db.$queryRaw<{ state: string; models: number; agreements: number; agencies: number }[]>`
      SELECT t.state, t.models::int AS models, t.agreements, t.agencies
      FROM list_tally t JOIN snapshot s ON s.id = t.snapshot_id WHERE s.sha256 = ${m.sha256} AND t.models IN (0, 1, 2, 4)`;
    const actual = Object.fromEntries(rows.map((r) => [`${r.state}|${r.models === 0 ? "all" : Object.keys(bit).find((k) => bit[k] === r.models)}`, [r.agreements, r.agencies]]));
    expect(actual).toEqual(Object.fromEntries([...expected].map(([k, e]) => [k, [e.agreements.size, e.agencies.size]])));

    // What the pages read: the list's totals, and its point on the trend (the newest list of its day).
    const snap = await db().db.snapshot.findUniqueOrThrow({ where: { sha256: m.sha256 } });
    const totals = await getListTotals(snap.id);
    const agreements = new Set(records.map((r) => rowKey(r.code, r.agency, r.model))).size;
    expect(totals.totals.agreements).toBe(agreements);
    const newestOfDay = participatingFiles().filter((x) => x.published === m.published).at(-1)!;
    if (newestOfDay.sha256 === m.sha256) {
      const point = (await getListTrend({})).find((p) => p.publishedOn === m.published)!;
      expect([point.agreements, point.byModel.TASK_FORCE]).toEqual([agreements, new Set(records.filter((r) => r.model === "TASK_FORCE").map((r) => rowKey(r.code, r.agency, r.model))).size]);
    }
  });
});
