// Residents under 287(g) agreements, checked by hand against the Census files shipped in prisma/seed/census: every
// expected figure below was read from those CSV files (the row is quoted beside it), not computed by the code.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importFile } from "../../../lib/ingest/import";
import { loadPopulations } from "../../../lib/ingest/population";
import { getCountedAreas, getCountyCoverage, getCoverageByState, getCoverageTrend, nationCoverage } from "../../../lib/queries/coverage";
import { countyShares, describeShare } from "../../../lib/view/coverage";
import { resolveList } from "../../../lib/queries/lists";
import { useDataLayerDatabase } from "../../helpers/database";
import { manifest, SEED } from "../../helpers/source-files";

const BEFORE_TF = "archived/participating_2025-01-31.xlsx";
const FIRST = "participating/participating_2025-02-21.xlsx";
const MARCH = "participating/participating_2025-03-31.xlsx";
const published = (f: string) => manifest().find((m) => m.file === f)!.published;

useDataLayerDatabase(async (db) => {
  await loadPopulations(db);
  for (const f of [BEFORE_TF, FIRST, MARCH]) await importFile(db, path.join(SEED, f));
});

const listOf = async (file: string) => (await resolveList("PARTICIPATING", published(file))).list!;
const coverage = async (file: string, state: string, models: Parameters<typeof getCoverageByState>[1] = ["TASK_FORCE"]) =>
  (await getCoverageByState((await listOf(file)).id, models)).find((s) => s.state === state)!;

describe("residents under Task Force agreements, as the Census files give them", () => {
  it("Minnesota, 2025-03-31: the three counties whose sheriffs signed, summed", async () => {
    const mn = await coverage(MARCH, "MN");
    // county_population.csv: 27021 Cass County 31442; 27035 Crow Wing County 68642; 27061 Itasca County 45442.
    expect(mn.countyResidents).toBe(31_442 + 68_642 + 45_442);
    expect(mn.placeResidents).toBe(0);
    // state_population.csv: 27 Minnesota 5793151.
    expect(mn.population).toBe(5_793_151);
    expect(mn.statewide).toEqual([]);
  });

  it("North Dakota, 2025-03-31: two sheriffs' counties and a city in a county that is not covered", async () => {
    const nd = await coverage(MARCH, "ND");
    // 38025 Dunn County 4031; 38053 McKenzie County 14782; place 3819620 Dickinson city 25216 (Stark County, whose
    // sheriff has no Task Force agreement).
    expect(nd.countyResidents).toBe(4_031 + 14_782);
    expect(nd.placeResidents).toBe(25_216);
    expect(nd.localResidents).toBe(44_029);
  });

  it("Florida, 2025-03-31: Tampa's police and Hillsborough's sheriff both signed, and Tampa is counted once", async () => {
    const fl = await coverage(MARCH, "FL");
    // Every one of Florida's 67 sheriffs signed by then, so every Floridian is counted through a county and no city
    // adds anyone: the total is state_population.csv's 12 Florida 23372215, not that plus Tampa city's 393389.
    expect(fl.countyResidents).toBe(23_372_215);
    expect(fl.placeResidents).toBe(0);
    expect(fl.localResidents).toBe(fl.population);
    const hillsborough = (await getCountyCoverage((await listOf(MARCH)).id, "FL", ["TASK_FORCE"])).find((c) => c.countyFips === "12057")!;
    // 12057 Hillsborough County 1581426.
    expect(hillsborough).toMatchObject({ countyAgency: true, residents: 1_581_426, placeResidents: 0 });
  });

  it("a state agency's agreement is the statewide reading, kept apart from the local count", async () => {
    const ks = await coverage(FIRST, "KS");
    // ICE spells it "Kansas Bureau Of Investigation" on some lists.
    expect(ks.statewide.map((n) => n.toLowerCase())).toEqual(["kansas bureau of investigation"]);
    expect(ks.localResidents).toBe(0);
    const tx = await coverage(MARCH, "TX");
    expect(tx.statewide).toEqual(["Texas Office of the Attorney General"]);
    expect(tx.localResidents).toBeLessThan(tx.population!);
    const nation = nationCoverage(await getCoverageByState((await listOf(FIRST)).id, ["TASK_FORCE"]));
    // 20 Kansas 2970606, 12 Florida 23372215, 48 Texas 31290831, 40 Oklahoma 4095393: the states with a state
    // agency's Task Force agreement on 2025-02-21.
    expect(nation.statewideStates.sort()).toEqual(["FL", "KS", "OK", "TX"]);
    expect(nation.statewideResidents).toBe(2_970_606 + 23_372_215 + 31_290_831 + 4_095_393);
  });

  it("a list from before the first Task Force agreement gives zero, though other models cover people", async () => {
    const list = await listOf(BEFORE_TF);
    const tf = nationCoverage(await getCoverageByState(list.id, ["TASK_FORCE"]));
    expect(tf.localResidents).toBe(0);
    expect(tf.statewideResidents).toBe(0);
    expect(nationCoverage(await getCoverageByState(list.id, [])).localResidents).toBeGreaterThan(0);
    // 50 states + DC total 340110988 and Puerto Rico 3203295 (state_population.csv).
    expect(tf.population).toBe(340_110_988 + 3_203_295);
  });

  it("any model counts at least everyone a single model counts, and the trend ends on the newest list", async () => {
    const march = await listOf(MARCH);
    const any = await getCoverageByState(march.id, []);
    for (const model of ["JAIL_ENFORCEMENT", "TASK_FORCE", "WARRANT_SERVICE_OFFICER"] as const) {
      const one = await getCoverageByState(march.id, [model]);
      for (const s of one) expect(any.find((a) => a.state === s.state)!.localResidents, `${s.state} ${model}`).toBeGreaterThanOrEqual(s.localResidents);
    }
    const trend = await getCoverageTrend("MN", ["TASK_FORCE"]);
    expect(trend.map((p) => p.publishedOn)).toEqual([published(BEFORE_TF), published(FIRST), published(MARCH)]);
    expect(trend.map((p) => p.localResidents)).toEqual([0, (await coverage(FIRST, "MN")).localResidents, 145_526]);
  });
});

describe("what each county's share is counted through", () => {
  it("North Dakota, 2025-03-31: Dunn's and McKenzie's sheriffs count their counties; in Stark, Dickinson's police count the town", async () => {
    const list = await listOf(MARCH);
    const areas = await getCountedAreas(list.id, "ND", ["TASK_FORCE"]);
    const shares = countyShares(await getCountyCoverage(list.id, "ND", ["TASK_FORCE"]), areas);
    const dunn = shares.find((s) => s.countyFips === "38025")!;
    // 38025 Dunn County 4031.
    expect(dunn).toMatchObject({ population: 4_031, residents: 4_031, percent: 100, through: "county sheriff's agreement", towns: [] });
    expect(describeShare("Dunn County", dunn)).toBe("Dunn County: 100\u00a0% of 4,031 residents (county sheriff's agreement)");
    const stark = shares.find((s) => s.countyFips === "38089")!;
    // 38089 Stark County 33767 (county_population.csv); place 3819620 Dickinson city 25216.
    expect(stark).toMatchObject({ population: 33_767, residents: 25_216, percent: 75, through: "towns' police: 1 town", towns: ["Dickinson city"] });
    expect(describeShare("Stark County", stark)).toBe("Stark County: 75\u00a0% of 33,767 residents (towns' police: 1 town)");
    const cass = shares.find((s) => s.countyFips === "38017")!;
    expect(describeShare("Cass County", cass)).toMatch(/^Cass County: none of [\d,]+ residents$/);
    expect(areas.every((a) => a.agencies.length > 0)).toBe(true);
  });
});
