// The Census files as the seed loads them, and the area each kind of agency is counted for.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agencyArea, CENSUS_DIR, CENSUS_FILES, readPopulations } from "../../../lib/geo/census";
import { gazetteer } from "../../../lib/geo/gazetteer";
import { placeAgency } from "../../../lib/geo/place";
import { loadPopulations } from "../../../lib/ingest/population";
import { emptyDatabase, type TestDatabase } from "../../helpers/database";

const area = (state: string, name: string, type: string, county: string | null = null) => {
  const a = { state, name, type, county };
  return agencyArea(a, placeAgency(a));
};

describe("the area an agency's agreements count for", () => {
  it("a sheriff: the county", () => {
    expect(area("TX", "Harris County Sheriff's Office", "COUNTY").areaGeoid).toBe("48201");
  });
  it("a sheriff ICE typed as a municipality is still its county's", () => {
    expect(area("MO", "Washington County Sheriff's Office", "MUNICIPALITY", "Washington County").areaGeoid).toBe("29221");
    expect(area("PA", "York County Regional Police Department", "MUNICIPALITY", "York County").areaGeoid).toBeNull();
  });
  it("a city's police: the incorporated place, not its county", () => {
    // place_population_acs5_2023.csv: 4835000 Houston city.
    expect(area("TX", "Houston Police Department", "MUNICIPALITY", "Harris County").areaGeoid).toBe("4835000");
  });
  it("a state agency: the state", () => {
    expect(area("FL", "Florida Highway Patrol", "STATE_AGENCY").areaGeoid).toBe("12");
  });
  it("a campus police or a township: none, with the reason", () => {
    const campus = area("FL", "Tallahassee State College Police Department", "MUNICIPALITY", "Leon County");
    expect(campus.areaGeoid).toBeNull();
    expect(campus.areaNote).toMatch(/college/);
    expect(area("PA", "Hellam Township Police Department", "MUNICIPALITY", "York County").areaGeoid).toBeNull();
  });
});

describe("loading the Census files", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await emptyDatabase();
  });
  afterAll(async () => t?.close());

  it("every row of the three files, and the states' totals as the files print them", async () => {
    const r = await loadPopulations(t.db);
    const lines = (f: string) => readFileSync(path.join(CENSUS_DIR, f), "utf8").trim().split("\n").length - 1;
    expect(r.rows).toBe(lines(CENSUS_FILES.states) + lines(CENSUS_FILES.counties) + lines(CENSUS_FILES.places));
    expect(await t.db.population.findUnique({ where: { geoid: "48201" } })).toMatchObject({ name: "Harris County", population: 5_009_302 });
    expect((await loadPopulations(t.db)).changed).toBe(false);
  });

  it("a broken file is refused before anything is written", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "census-"));
    cpSync(CENSUS_DIR, dir, { recursive: true });
    const file = path.join(dir, CENSUS_FILES.counties);
    writeFileSync(file, readFileSync(file, "utf8").replace("48,48201,Texas,Harris County,5009302", "48,48201,Texas,Harris County,five million"));
    expect(() => readPopulations(dir)).toThrow(/not a whole number/);
    expect(await t.db.population.count()).toBe(readPopulations().length);
  });
});

describe("the map's counties and the Census file", () => {
  it("every county on the map of the states, DC and Puerto Rico has a population, and every populated county a shape", () => {
    const populated = new Set(readPopulations().filter((r) => r.level === "COUNTY").map((r) => r.geoid));
    const islandAreas = /^(60|66|69|78)/;
    const shapes = [...gazetteer.counties.keys()].filter((fips) => !islandAreas.test(fips));
    expect(shapes.filter((fips) => !populated.has(fips))).toEqual([]);
    expect([...populated].filter((fips) => !gazetteer.counties.has(fips))).toEqual([]);
  });
});
