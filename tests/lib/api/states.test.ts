// What an API reader and a spreadsheet user get for residents under 287(g): /api/v1/states and the national
// table's download (states.csv), on ICE's list of 2025-03-31. Every expected population below was read by hand from
// the Census files in prisma/seed/census (the row is quoted beside it) and the agencies from the ICE file, not
// computed by the code under test.
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { GET as download } from "../../../app/download/[file]/route";
import { statesEndpoint } from "../../../lib/api/v1";
import { foldName } from "../../../lib/domain/names";
import { getUncountedAgencies } from "../../../lib/queries/coverage";
import { importFile } from "../../../lib/ingest/import";
import { loadPopulations } from "../../../lib/ingest/population";
import { useDataLayerDatabase } from "../../helpers/database";
import { rawRows, SEED } from "../../helpers/source-files";

const MARCH = "participating/participating_2025-03-31.xlsx";
const PENDING = "pending/pending_2025-05-30.xlsx";

useDataLayerDatabase(async (db) => {
  await loadPopulations(db);
  for (const f of [MARCH, PENDING]) await importFile(db, path.join(SEED, f));
});

// state_population.csv: 27 Minnesota 5793151.
const MN_POPULATION = 5_793_151;
// county_population.csv: 27021 Cass County 31442; 27035 Crow Wing County 68642; 27061 Itasca County 45442 — the three
// sheriffs with a Task Force agreement on the 2025-03-31 list.
const MN_TASK_FORCE = 31_442 + 68_642 + 45_442;
// 27047 Freeborn County 30314 (Warrant Service Officer) and 27063 Jackson County 9861 (Jail Enforcement and Warrant
// Service Officer): Minnesota's other two sheriffs on that list.
const MN_ANY = MN_TASK_FORCE + 30_314 + 9_861;

type Residents = { local: number; localShare: number | null; countyResidents: number; placeResidents: number; statewideAgencies: string[] };
type StateJson = { state: string; population: number | null; pendingApplications: number; residents: Record<"anyModel" | "jail" | "task-force" | "wso", Residents> };
type NationResidents = { local: number; localShare: number | null; statewideStates: string[]; statewideResidents: number };
type StatesJson = { source: string; nation: { population: number; residents: Record<string, NationResidents> }; data: StateJson[] };

async function api(query: string): Promise<StatesJson> {
  const res = await statesEndpoint(new Request(`http://localhost/api/v1/states${query}`));
  expect(res.status).toBe(200);
  return (await res.json()) as StatesJson;
}

async function csvWithSource(query: string): Promise<{ source: string; rows: Record<string, string>[] }> {
  const res = await download(new Request(`http://localhost/download/states.csv${query}`), { params: Promise.resolve({ file: "states.csv" }) });
  expect(res.status).toBe(200);
  // The header is row 1; the citation travels in the last column, `source`, of every row.
  const rows = parse((await res.text()).replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
  const sources = new Set(rows.map((r) => r.source));
  expect(sources.size).toBe(1);
  return { source: [...sources][0], rows };
}
const csv = async (query: string) => (await csvWithSource(query)).rows;

describe("/api/v1/states: residents under agreements", () => {
  it("Minnesota: its population, its three Task Force counties, and its five counties under any model", async () => {
    const body = await api("");
    expect(body.source).toContain("U.S. Census Bureau");
    const mn = body.data.find((s) => s.state === "MN")!;
    expect(mn.population).toBe(MN_POPULATION);
    expect(mn.residents["task-force"]).toEqual({ local: 145_526, localShare: 0.0251, countyResidents: 145_526, placeResidents: 0, statewideAgencies: [] });
    expect(mn.residents.anyModel).toMatchObject({ local: MN_ANY, localShare: 0.0321, countyResidents: MN_ANY });
    expect(mn.residents.jail.local).toBe(9_861);
    expect(mn.residents.wso.local).toBe(30_314 + 9_861);
    // pending_2025-05-30.xlsx: Mille Lacs County Sheriff's Office, Minnesota's one application.
    expect(mn.pendingApplications).toBe(1);
  });

  it("with a model filter, anyModel is that model, and each model's own entry ignores the filter", async () => {
    const mn = (await api("?model=jail")).data.find((s) => s.state === "MN")!;
    expect(mn.residents.anyModel.local).toBe(9_861);
    expect(mn.residents["task-force"].local).toBe(MN_TASK_FORCE);
  });

  it("the nation: state agencies' agreements are statewide, kept apart from the local count", async () => {
    const { nation } = await api("");
    // 50 states + DC total 340110988 and Puerto Rico 3203295 (state_population.csv).
    expect(nation.population).toBe(340_110_988 + 3_203_295);
    const tf = nation.residents["task-force"];
    // The states with a state agency's Task Force agreement on the 2025-03-31 list (ICE's type "State Agency"), and
    // their populations in state_population.csv: FL 23372215, GA 11180878, IA 3241488, KS 2970606, MS 2943045,
    // MO 6245466, MT 1137233, OK 4095393, SC 5478831, TX 31290831, VA 8811195.
    expect(tf.statewideStates).toEqual(["FL", "GA", "IA", "KS", "MO", "MS", "MT", "OK", "SC", "TX", "VA"]);
    expect(tf.statewideResidents).toBe(100_767_181);
    // Local counts only counties and towns: Florida's 67 sheriffs make all 23372215 Floridians local, but the
    // other statewide states are far from whole.
    expect(tf.local).toBeGreaterThanOrEqual(23_372_215);
    expect(tf.local).toBeLessThan(tf.statewideResidents);
    expect(nation.residents.anyModel.local).toBeGreaterThanOrEqual(tf.local);
  });
});

describe("states.csv: the national table of states as a download", () => {
  it("cites ICE's lists and the Census Bureau, and carries Minnesota's population and residents as the API does", async () => {
    const { source, rows } = await csvWithSource("");
    expect(source).toMatch(/^ICE participating list published 2025-03-31 .*ICE pending list published 2025-05-30 .*U\.S\. Census Bureau/);
    const mn = rows.find((r) => r.state === "MN")!;
    expect(mn).toMatchObject({
      name: "Minnesota",
      agreements: "6",
      jail_enforcement: "1",
      task_force: "3",
      warrant_service_officer: "2",
      agencies: "5",
      pending_applications: "1",
      population: "5793151",
      residents_task_force_local: "145526",
      share_task_force_local: "0.0251",
      statewide_task_force_agencies: "",
      residents_chosen_models_local: String(MN_ANY),
      share_chosen_models_local: "0.0321",
    });
  });

  it("is in the national table's order: by share under Task Force, largest first, Florida whole at the top", async () => {
    const rows = await csv("?sort=-residents-task-force");
    expect(rows[0]).toMatchObject({ state: "FL", share_task_force_local: "1" });
    const shares = rows.map((r) => r.share_task_force_local).filter((s) => s !== "").map(Number);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
  });
});

describe("the about page's count of agencies counted for nobody", () => {
  it("on the 2025-03-31 list: five New Hampshire towns, a misspelled Florida city and a sheriff filed under the wrong state", async () => {
    const raw = await rawRows(path.join(SEED, MARCH));
    const key = (r: { state: string; agency: string }) => `${r.state}|${foldName(r.agency.replace(/[’']/g, ""), "agency")}`;
    const u = (await getUncountedAgencies())!;
    expect(u.agencies).toBe(new Set(raw.map(key)).size);
    // Colebrook, Gorham, Ossipee, Pittsburg(h) and Troy police (NH): New England towns, which place_population_acs5_2023.csv
    // holds at most as CDPs (Colebrook CDP, Gorham CDP, Troy CDP), never as incorporated places. Sunny Isles Police
    // Department (FL): the city is "Sunny Isles Beach city" (1269555). Crow Wing County Sheriff's Office, on a row
    // whose state is MASSACHUSETTS: no such county there.
    expect(u.noArea).toBe(7);
    // No island area has an agency on this list.
    expect(u.noEstimate).toBe(0);
  });
});
