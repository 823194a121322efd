// The residents under agreements are stored per list (table list_coverage): they must follow a change of the Census
// populations or of an agency's placement, as a Census reload or placements recomputed make, with no import. Figures
// read by hand from prisma/seed/census/county_population.csv (the rows are quoted beside them).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importFile } from "../../../lib/ingest/import";
import { loadPopulations } from "../../../lib/ingest/population";
import { getCoverageByState } from "../../../lib/queries/coverage";
import { resolveList } from "../../../lib/queries/lists";
import { useDataLayerDatabase } from "../../helpers/database";
import { SEED } from "../../helpers/source-files";

const db = useDataLayerDatabase(async (db) => {
  await loadPopulations(db);
  await importFile(db, path.join(SEED, "participating/participating_2025-03-31.xlsx"));
});

// 27021 Cass County 31442; 27035 Crow Wing County 68642; 27061 Itasca County 45442: the three Minnesota sheriffs with
// a Task Force agreement on the 2025-03-31 list.
const CASS = 31_442;
const MN_TASK_FORCE = CASS + 68_642 + 45_442;

async function minnesota() {
  const { list } = await resolveList("PARTICIPATING", null);
  return (await getCoverageByState(list!.id, ["TASK_FORCE"])).find((s) => s.state === "MN")!.countyResidents;
}

describe("the stored residents under agreements", () => {
  it("follow the populations and the placements when they change", async () => {
    expect(await minnesota()).toBe(MN_TASK_FORCE);

    // A Census reload with Cass County 1,000 larger.
    await db().db.$executeRaw`UPDATE population SET population = population + 1000 WHERE geoid = '27021'`;
    expect(await minnesota()).toBe(MN_TASK_FORCE + 1000);

    // Cass County's sheriff no longer counted for the county (a placement recomputed to no area).
    await db().db.$executeRaw`UPDATE agency_placement SET area_geoid = NULL WHERE area_geoid = '27021'`;
    expect(await minnesota()).toBe(MN_TASK_FORCE - CASS);

    // And back.
    await db().db.$executeRaw`UPDATE agency_placement p SET area_geoid = '27021' FROM agency a
      WHERE a.id = p.agency_id AND a.state = 'MN' AND p.area_geoid IS NULL AND p.county_fips = '27021' AND a.type = 'COUNTY'`;
    expect(await minnesota()).toBe(MN_TASK_FORCE + 1000);
  });
});
