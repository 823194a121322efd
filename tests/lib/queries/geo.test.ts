// The map's reads and the placement report on two real lists, checked against the rows of the source files.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { STATES } from "../../../lib/domain/states";
import { geoReport } from "../../../lib/geo/report";
import { importFile } from "../../../lib/ingest/import";
import { foldName } from "../../../lib/domain/names";
import { getAgenciesOfState, getAgreementsByCounty, getAgreementsByState } from "../../../lib/queries/geo";
import { resolveList } from "../../../lib/queries/lists";
import { useDataLayerDatabase } from "../../helpers/database";
import { manifest, modelOf, rawRows, SEED } from "../../helpers/source-files";

const NEWEST = "participating/participating_2026-05-18.xlsx";
const OLDER = "participating/participating_2025-03-31.xlsx";
const STATE_CODE: Record<string, string> = Object.fromEntries(Object.entries(STATES).map(([code, name]) => [name.toUpperCase(), code]));
const published = (f: string) => manifest().find((m) => m.file === f)!.published;

const database = useDataLayerDatabase(async (db) => {
  for (const f of [OLDER, NEWEST]) await importFile(db, path.join(SEED, f));
});

const listOn = async (day: string | null) => (await resolveList("PARTICIPATING", day)).list!;

/** Distinct agency × model pairs of a file per state, the way the file reads (names folded as ICE re-types them). */
async function agreementsInFile(file: string) {
  const perState = new Map<string, Set<string>>();
  for (const r of await rawRows(path.join(SEED, file))) {
    const st = STATE_CODE[r.state];
    perState.set(st, (perState.get(st) ?? new Set()).add(`${foldName(r.agency.replace(/[’']/g, ""), "agency")}|${modelOf(r.support)}`));
  }
  return perState;
}

describe("agreements by state and county", () => {
  it.each([NEWEST, OLDER])("per state, per model, as in %s", async (file) => {
    const list = await listOn(published(file));
    const byState = await getAgreementsByState(list.id);
    const expected = await agreementsInFile(file);
    expect(byState.map((s) => s.state).sort()).toEqual([...expected.keys()].sort());
    for (const s of byState) {
      expect(s.agreements, s.state).toBe(expected.get(s.state)!.size);
      const tfm = [...expected.get(s.state)!].filter((k) => k.endsWith("|TFM")).length;
      expect(s.byModel.TASK_FORCE, `${s.state} Task Force`).toBe(tfm);
    }
  });

  it("every agreement of a state lies in one county, or is state-level or unplaced, never two", async () => {
    const list = await listOn(null);
    const tx = (await getAgreementsByState(list.id)).find((s) => s.state === "TX")!;
    const counties = await getAgreementsByCounty(list.id, "TX");
    expect(counties.every((c) => c.countyFips.startsWith("48"))).toBe(true);
    const agencies = await getAgenciesOfState(list.id, "TX");
    const outside = agencies.filter((a) => !a.countyFips).reduce((n, a) => n + a.agreements.length, 0);
    expect(counties.reduce((n, c) => n + c.agreements, 0) + outside).toBe(tx.agreements);
    // Lubbock County's sheriff is on the list: its county (48303) has at least its agreements.
    expect(counties.find((c) => c.countyFips === "48303")?.agreements ?? 0).toBeGreaterThan(0);
  });

  it("a state's agencies carry their placement and models; Guam's is territory-wide", async () => {
    const list = await listOn(null);
    const gu = await getAgenciesOfState(list.id, "GU");
    expect(gu.length).toBeGreaterThan(0);
    expect(gu.every((a) => a.level === "STATE" && a.countyFips === null)).toBe(true);
    const al = await getAgenciesOfState(list.id, "AL");
    const etowah = al.find((a) => a.slug === "al-etowah-county-sheriffs-office")!;
    expect(etowah).toMatchObject({ level: "COUNTY", countyFips: "01055" });
    expect(etowah.agreements.map((a) => a.model).sort()).toEqual(["JAIL_ENFORCEMENT", "TASK_FORCE"]);
  });
});

describe("placement quality on the newest list (npm run report:geo)", () => {
  it("places at least 95 % of agreements on a county or place, and agrees with ICE's county at least 99 %", async () => {
    const r = await geoReport(database().db);
    const expected = [...(await agreementsInFile(NEWEST)).values()].reduce((n, s) => n + s.size, 0);
    expect(r.agreements).toBe(expected);
    expect(r.placed / r.agreements).toBeGreaterThanOrEqual(0.95);
    expect(r.agreeWithIce / r.withIceCounty).toBeGreaterThanOrEqual(0.99);
    expect(r.unplaced.every((u) => u.note.length > 0)).toBe(true);
  });

  it("ICE's misspelt counties appear in the repair ledger with the county we show", async () => {
    const repairs = await database().db.repair.findMany({ where: { column: "COUNTY", rule: "county name misspelled" } });
    const pairs = new Set(repairs.map((r) => `${r.rawValue} → ${r.storedValue}`));
    expect(pairs).toContain("Pulaksi County → Pulaski County");
    expect(pairs).toContain("Lake Conty → Lake County");
  });
});
