// What an analyst downloads or asks the API for, as a reader reaches it from a page at a phone's and a laptop's width:
// every agency carries the absolute address of its page (which opens it) and where it is placed, to join Census tables
// on. Expected codes are read from the Census files and ICE's own COUNTY column, never from the app.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { readFileSync } from "node:fs";
import path from "node:path";
import { manifest, rawRows, ROOT, SEED } from "../helpers/source-files";

const census = (file: string) => parse(readFileSync(path.join(ROOT, "prisma/seed/census", file)), { columns: true }) as Record<string, string>[];
const counties = census("county_population.csv");
const places = census("place_population_acs5_2023.csv");
const texasCounties = new Set(counties.filter((c) => c.state_name === "Texas").map((c) => c.county_fips));
const newest = manifest()
  .filter((m) => m.kind === "participating" && m.published)
  .sort((a, b) => a.published.localeCompare(b.published) || Number(a.same_day_order) - Number(b.same_day_order))
  .at(-1)!;

// Harris County, TX, by the Census file; the town agency ICE lists in it, by ICE's COUNTY column.
const harris = counties.find((c) => c.state_name === "Texas" && c.county_name === "Harris County")!.county_fips;
const SOUTHSIDE = "Southside Place Police Department";
const southsidePlace = places.find((p) => p.state_name === "Texas" && p.place_name === "Southside Place city")!.place_geoid;

/** A download the page links to ("Download JSON" / "Download CSV"), fetched as the browser would. */
async function linked(page: Page, request: APIRequestContext, name: "Download JSON" | "Download CSV") {
  const href = await page.getByRole("link", { name, exact: false }).first().getAttribute("href");
  expect(href).toMatch(/^\/download\//);
  const res = await request.get(href!);
  expect(res.status()).toBe(200);
  return res;
}

/** An absolute agency page that opens the agency's own page (headed with its name, as ICE wrote it, whatever the case). */
async function opensAgency(page: Page, url: string, agency: string, baseURL: string) {
  expect(url.startsWith(`${baseURL}/agencies/`), url).toBe(true);
  const res = await page.goto(url);
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(`^${agency.replace(/[^A-Za-z0-9 ]/g, ".")}$`, "i"));
}

for (const width of [390, 1366]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("Harris County's downloads and API give its agency the county's Census FIPS code and a page that opens", async ({ page, request, baseURL }) => {
      // ICE's COUNTY column places the agency in Harris County; the Census file gives that county's code.
      const ice = (await rawRows(path.join(SEED, newest.file))).filter((r) => r.state === "TEXAS" && r.agency === SOUTHSIDE);
      expect(ice.length).toBeGreaterThan(0);
      expect(new Set(ice.map((r) => r.county))).toEqual(new Set(["Harris County"]));
      expect(harris).toBe("48201");

      await page.goto(`/counties/${harris}`);
      const json = await (await linked(page, request, "Download JSON")).json();
      const rows = json.rows.filter((r: { agency: string }) => r.agency === SOUTHSIDE);
      expect(rows.length).toBe(ice.length);
      for (const r of rows) expect(r).toMatchObject({ countyFips: harris, censusGeoid: southsidePlace });
      const csv = parse(await (await linked(page, request, "Download CSV")).body(), { bom: true, columns: true }) as Record<string, string>[];
      const csvRow = csv.find((r) => r.agency === SOUTHSIDE)!;
      expect(csvRow).toMatchObject({ county_fips: harris, census_geoid: southsidePlace, agency_page: rows[0].agencyPage });

      // The API's answers about the same agency say the same.
      const county = await (await request.get(`/api/v1/counties/${harris}`)).json();
      const inCounty = county.data.groups.flatMap((g: { agencies: { agency: string }[] }) => g.agencies).find((a: { agency: string }) => a.agency === SOUTHSIDE);
      expect(inCounty).toMatchObject({ countyFips: harris, censusGeoid: southsidePlace, agencyPage: rows[0].agencyPage });
      const agreements = await (await request.get("/api/v1/agreements?state=tx&q=southside%20place")).json();
      expect(agreements.data.length).toBe(ice.length);
      for (const a of agreements.data) expect(a).toMatchObject({ agency: SOUTHSIDE, countyFips: harris, censusGeoid: southsidePlace, agencyPage: rows[0].agencyPage });
      const agencies = await (await request.get("/api/v1/agencies?state=tx&q=southside%20place")).json();
      expect(agencies.data).toEqual([expect.objectContaining({ agency: SOUTHSIDE, countyFips: harris, censusGeoid: southsidePlace, agencyPage: rows[0].agencyPage })]);
      const slug = new URL(rows[0].agencyPage).pathname.split("/").at(-1);
      const one = await (await request.get(`/api/v1/agencies/${slug}`)).json();
      expect(one.data).toMatchObject({ countyFips: harris, censusGeoid: southsidePlace, agencyPage: rows[0].agencyPage });

      await opensAgency(page, rows[0].agencyPage, SOUTHSIDE, baseURL!);
    });

    for (const [view, table] of [
      ["/changes?state=tx", "changes"],
      ["/pending?state=tx", "pending"],
    ] as const) {
      test(`${view}: its CSV and JSON carry county_fips and census_geoid of Texas, and absolute agency pages that open`, async ({ page, request, baseURL }) => {
        await page.goto(view);
        const csvRes = await linked(page, request, "Download CSV");
        expect(csvRes.headers()["content-disposition"]).toContain(`287g-${table}-tx-`);
        const text = (await csvRes.body()).toString("utf8").replace(/^\uFEFF/, "");
        const header = text.split("\r\n")[0].split(",");
        expect(header.slice(header.indexOf("agency"), header.indexOf("agency") + 3)).toEqual(["agency", "county_fips", "census_geoid"]);
        const csv = parse(text, { columns: true }) as Record<string, string>[];
        const json = await (await linked(page, request, "Download JSON")).json();
        expect(json.rows.length).toBe(csv.length);
        expect(json.rows.length).toBeGreaterThan(0);
        // Every placed agency is in a Texas county of the Census file; most are placed.
        const placed = json.rows.filter((r: { countyFips: string | null }) => r.countyFips);
        expect(placed.length).toBeGreaterThan(json.rows.length / 2);
        for (const r of placed) expect(texasCounties.has(r.countyFips), `${r.agency}: ${r.countyFips}`).toBe(true);
        for (const r of json.rows) expect(r.agencyPage.startsWith(`${baseURL}/agencies/`), r.agencyPage).toBe(true);
        expect(csv.map((r) => r.county_fips || null)).toEqual(json.rows.map((r: { countyFips: string | null }) => r.countyFips));
        await opensAgency(page, json.rows[0].agencyPage, json.rows[0].agency, baseURL!);
      });
    }
  });
}

test("the OpenAPI document describes the agency fields the answers carry", async ({ request }) => {
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  for (const p of ["/api/v1/agreements", "/api/v1/agencies", "/api/v1/changes"]) {
    const item = doc.paths[p].get.responses["200"].content["application/json"].schema.properties.data.items.properties;
    expect(Object.keys(item), p).toEqual(expect.arrayContaining(["agencyPage", "countyFips", "censusGeoid"]));
    expect(item.agencyPage.format, p).toBe("uri");
  }
});
