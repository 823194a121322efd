// The whole shipped history, imported as the seed does, checked against the source files and ICE's reference counts.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATES } from "../../../lib/domain/states";
import { MANUAL_PLACEMENTS } from "../../../lib/geo/manual";
import { foldName } from "../../../lib/domain/names";
import { importFile } from "../../../lib/ingest/import";
import { seededDatabase, tableCounts, type TestDatabase } from "../../helpers/database";
import { manifest, modelOf, rawRows, reference, SEED } from "../../helpers/source-files";

let t: TestDatabase;
beforeAll(async () => {
  t = await seededDatabase();
});
afterAll(async () => t?.close());

const MODEL_CODE = { JEM: "JAIL_ENFORCEMENT", TFM: "TASK_FORCE", WSO: "WARRANT_SERVICE_OFFICER" } as const;
const STATE_CODE: Record<string, string> = Object.fromEntries(Object.entries(STATES).map(([code, name]) => [name.toUpperCase(), code]));

async function countsInDb(sha256: string) {
  const snap = await t.db.snapshot.findUniqueOrThrow({ where: { sha256 } });
  const obs = await t.db.observation.findMany({ where: { snapshotId: snap.id }, select: { model: true, state: true } });
  return { snap, obs };
}

describe("every shipped ICE spreadsheet", () => {
  const ice = manifest().filter((m) => m.origin === "ice_spreadsheet" && m.published);
  const ref = new Map(reference().map((r) => [r.ice_file_name, r]));

  it("are the 463 distinct lists ICE published from 2025-02-21 to 2026-05-18, each in the database once", async () => {
    expect(ice.length).toBe(463);
    expect(new Set(ice.map((m) => m.sha256)).size).toBe(463);
    expect(await t.db.snapshot.count({ where: { origin: "ICE_SPREADSHEET" } })).toBe(463);
  });

  it.each(ice.map((m) => [m.file, m] as const))("%s: rows and agreements per model equal the manifest's and ICE's reference counts", async (_f, m) => {
    const r = ref.get(m.ice_file_name)!;
    expect(r, `reference row for ${m.ice_file_name}`).toBeDefined();
    const { snap, obs } = await countsInDb(m.sha256);
    expect(snap.kind).toBe(r.list_in_file.toUpperCase());
    expect(obs.length).toBe(Number(r.rows));
    expect(obs.length).toBe(Number(m.rows));
    const column = { JEM: "jail_enforcement", TFM: "task_force", WSO: "warrant_service_officer" } as const;
    for (const k of ["JEM", "TFM", "WSO"] as const) {
      expect(obs.filter((o) => o.model === MODEL_CODE[k]).length, k).toBe(Number(r[k]));
      expect(obs.filter((o) => o.model === MODEL_CODE[k]).length, k).toBe(Number(m[column[k]]));
    }
    expect(new Set(obs.map((o) => o.state)).size).toBe(Number(r.states));
  });

  it.each(ice.map((m) => [m.file, m] as const))("%s: agreements per state equal the file's own rows", async (_f, m) => {
    const codes = STATE_CODE;
    const expected: Record<string, number> = {};
    for (const row of await rawRows(path.join(SEED, m.file))) expected[codes[row.state]] = (expected[codes[row.state]] ?? 0) + 1;
    const { obs } = await countsInDb(m.sha256);
    const actual: Record<string, number> = {};
    for (const o of obs) actual[o.state] = (actual[o.state] ?? 0) + 1;
    expect(actual).toEqual(expected);
  });
});

describe("the archived-page tables (2021 – Feb 2025)", () => {
  const archived = manifest().filter((m) => m.origin === "archived_web_page");
  it.each(archived.map((m) => [m.file, m] as const))("%s: rows and models equal the file's own rows", async (_f, m) => {
    const raw = await rawRows(path.join(SEED, m.file));
    const { snap, obs } = await countsInDb(m.sha256);
    expect(snap.origin).toBe("ARCHIVED_WEB_PAGE");
    expect(obs.length).toBe(Number(m.rows));
    for (const k of ["JEM", "TFM", "WSO"] as const) {
      expect(obs.filter((o) => o.model === MODEL_CODE[k]).length, k).toBe(raw.filter((r) => modelOf(r.support) === k).length);
    }
  });
});

describe("after the import", () => {
  it("stores no e-mail address anywhere, and no Outlook safelink as a link", async () => {
    const emails = await t.db.$queryRawUnsafe<{ hit: string }[]>(`
      SELECT v AS hit FROM (
        SELECT moa_url AS v FROM observation UNION ALL SELECT addendum_url FROM observation
        UNION ALL SELECT moa_url FROM agreement UNION ALL SELECT addendum_url FROM agreement
        UNION ALL SELECT raw_value FROM repair UNION ALL SELECT stored_value FROM repair
        UNION ALL SELECT name FROM agency UNION ALL SELECT county FROM agency UNION ALL SELECT agency_name FROM observation
      ) x WHERE v ~* '(@|%40|ice\\.dhs\\.gov|ERO287g)'`);
    expect(emails).toEqual([]);
    const wrapped = await t.db.$queryRawUnsafe<{ hit: string }[]>(`
      SELECT v AS hit FROM (
        SELECT moa_url AS v FROM observation UNION ALL SELECT addendum_url FROM observation
        UNION ALL SELECT moa_url FROM agreement UNION ALL SELECT addendum_url FROM agreement
        UNION ALL SELECT stored_value FROM repair
      ) x WHERE v ~* '(safelinks|chrome-extension)'`);
    expect(wrapped).toEqual([]);
    // The safelinks were there in ICE's files, and became the ICE addresses they wrap.
    const unwrapped = await t.db.repair.findMany({ where: { rule: { contains: "safelink" } } });
    expect(unwrapped.length).toBeGreaterThan(200);
    expect(unwrapped.every((r) => r.storedValue?.startsWith("https://www.ice.gov/"))).toBe(true);
  });

  it("records what it repaired, with ICE's value and the stored one", async () => {
    const penn = await t.db.repair.findFirst({ where: { column: "STATE", rawValue: "PENNSLYVANIA" } });
    expect(penn?.storedValue).toBe("PA");
    const date = await t.db.repair.findFirst({ where: { column: "SIGNED", rawValue: "7/72025" } });
    expect(date?.storedValue).toBe("2025-07-07");
  });

  it("places every agency, and every reviewed manual placement names an agency of the lists", async () => {
    const agencies = await t.db.agency.findMany({ include: { placement: true } });
    expect(agencies.filter((a) => !a.placement).map((a) => a.name)).toEqual([]);
    const manual = new Set(agencies.filter((a) => a.placement!.method === "MANUAL").map((a) => `${a.state}|${foldName(a.name, "agency")}`));
    const unused = MANUAL_PLACEMENTS.filter((m) => !manual.has(`${m.state}|${foldName(m.name, "agency")}`)).map((m) => `${m.state} ${m.name}`);
    expect(unused).toEqual([]);
  });

  it("importing every file again changes nothing and says so", async () => {
    const before = await tableCounts(t.db);
    for (const m of manifest().filter((x) => x.published)) {
      const r = await importFile(t.db, path.join(SEED, m.file));
      expect(r.status, m.file).toBe("unchanged");
    }
    expect(await tableCounts(t.db)).toEqual(before);
  });
});
