import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { foldName, participatingFiles } from "../helpers/raw-keys";
import { rawRecords, SEED } from "../helpers/source-files";

// "Which agencies work with ICE where I live?": a county's page and a town's, reached from the state map by keyboard
// and from the agreements' search; every expected agency read from ICE's newest file, not from the dashboard.

const newest = participatingFiles().at(-1)!;
const SHOTS = process.env.SHOTS_DIR ?? path.join(import.meta.dirname, "../../test-results/screens");
mkdirSync(SHOTS, { recursive: true });

/** Agency names of the newest list for a state (ICE's STATE column as written) that `pick` chooses. */
async function names(state: string, pick: (r: { agency: string; type: string; county: string }) => boolean) {
  const rows = (await rawRecords(path.join(SEED, newest.file))).filter((r) => r.state === state && pick(r));
  return [...new Set(rows.map((r) => r.agency.trim()))];
}

/** Nothing wider than the window: no sideways scroll on a phone. */
async function fitsWidth(page: Page) {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll).toBeLessThanOrEqual(width);
}

async function shots(page: Page, name: string) {
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await fitsWidth(page);
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`) });
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}-full.png`), fullPage: true });
  }
}

test("Harris County, TX: Southside Place's police and the Texas state agencies, with downloads, feed and API", async ({ page, request }) => {
  test.setTimeout(90_000);
  const texasStateAgencies = await names("TEXAS", (r) => /^state agency$/i.test(r.type));
  expect(texasStateAgencies.length).toBeGreaterThan(0);
  const res = await page.goto("/counties/48201");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Harris County, Texas");
  await expect(page.getByTestId("list-date")).toContainText(new Date(`${newest.published}T12:00:00Z`).getUTCFullYear().toString());
  const towns = page.getByTestId("group-town");
  await expect(towns.getByRole("link", { name: "Southside Place Police Department" })).toHaveAttribute("href", "/agencies/tx-southside-place-police-department");
  const statewide = page.getByTestId("group-state");
  for (const name of texasStateAgencies) await expect(statewide.getByTestId("area-agency").filter({ has: page.getByRole("heading", { name }) })).toHaveCount(1);
  await expect(statewide.getByTestId("area-agency")).toHaveCount(texasStateAgencies.length);
  await expect(page.getByTestId("group-county")).toContainText("No agency of the county is on the list.");
  // The small map is a file of its own, drawn: Harris County outlined among Texas's counties.
  const map = page.getByTestId("area-map").getByRole("img", { name: /^Map of Texas: Harris County outlined/ });
  await expect(map).toHaveAttribute("src", "/counties/48201/map.svg");
  await expect.poll(() => map.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
  await shots(page, "county-48201");

  // The model filter is in the address: no Jail Enforcement agreement covers Harris County.
  await page.getByRole("link", { name: /^Jail Enforcement/ }).first().click();
  await expect(page).toHaveURL(/\/counties\/48201\?model=jail$/);
  await expect(page.getByTestId("no-local-agreement")).toBeVisible();

  const csv = await request.get("/download/county-agencies.csv?county=48201");
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain("Southside Place Police Department");
  for (const name of texasStateAgencies) expect(text).toContain(name);
  const feed = await request.get("/counties/48201/feed.xml");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const api = await request.get("/api/v1/counties/48201");
  expect(api.status()).toBe(200);
  expect(JSON.stringify(await api.json())).toContain("Southside Place Police Department");
});

test("the county page is kept like the other pages, within the HTML budget", async ({ request }) => {
  const res = await request.get("/counties/12103");
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toMatch(/^public, /);
  const etag = res.headers().etag;
  expect(etag).toBeTruthy();
  expect((await res.body()).length).toBeLessThanOrEqual(150 * 1024);
  expect((await request.get("/counties/12103", { headers: { "If-None-Match": etag } })).status()).toBe(304);
});

test("Cook County, IL: no agency, and nothing statewide, said plainly", async ({ page }) => {
  expect(await names("ILLINOIS", () => true)).toEqual([]);
  await page.goto("/counties/17031");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cook County, Illinois");
  await expect(page.getByTestId("no-local-agreement")).toHaveText(
    "No agency of this county or its towns has a 287(g) agreement, and no state agency's agreement covers the whole state.",
  );
  await expect(page.getByTestId("area-agency")).toHaveCount(0);
  await shots(page, "county-17031");
});

test("Mesa, AZ: its police, its county a link away, and the Arizona Department of Corrections", async ({ page }) => {
  const mesa = await names("ARIZONA", (r) => /^mesa police/i.test(r.agency));
  expect(mesa).toEqual(["Mesa Police Department"]);
  await page.goto("/places/0446000");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mesa city, Arizona");
  await expect(page.getByTestId("group-town").getByRole("link", { name: "Mesa Police Department", exact: true })).toBeVisible();
  await expect(page.getByTestId("group-state").getByRole("link", { name: "Arizona Department of Corrections", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Maricopa County" }).first()).toHaveAttribute("href", "/counties/04013");
  await shots(page, "place-0446000");
});

test("Houston, TX, whose police has no agreement: its county from the place list, and Harris County's agencies", async ({ page }) => {
  expect(await names("TEXAS", (r) => /^houston police/i.test(r.agency))).toEqual([]);
  await page.goto("/places/4835000");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Houston city, Texas");
  await expect(page.getByRole("link", { name: "Harris County" }).first()).toHaveAttribute("href", "/counties/48201");
  await expect(page.getByTestId("no-local-agreement")).toHaveText("No agency of this town or its county has a 287(g) agreement; the state agencies below cover the whole state.");
  await shots(page, "place-4835000");
});

test("the state map: every county is a link in the tab order, and Enter opens its page", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/states/az");
  const map = page.getByTestId("state-map");
  // The map put inline by its script: 15 counties in Arizona (county_population.csv), each a link.
  const counties = map.locator("a[data-area]");
  await expect(counties).toHaveCount(15);
  await counties.first().focus();
  let reached = false;
  for (let i = 0; i < 15 && !reached; i++) {
    reached = await page.evaluate(() => document.activeElement?.getAttribute("data-name") === "Maricopa County");
    if (!reached) await page.keyboard.press("Tab");
  }
  expect(reached).toBe(true);
  await expect(page.getByTestId("map-info")).toContainText("Maricopa County");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/counties\/04013$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Maricopa County, Arizona");
  await shots(page, "county-04013");
});

test("/agreements?q=Maricopa finds Mesa Police Department through the county it is placed on", async ({ page }) => {
  // ICE gives Mesa no county: its row cannot be found by its own COUNTY column.
  const rows = (await rawRecords(path.join(SEED, newest.file))).filter((r) => r.state === "ARIZONA" && foldName(r.agency) === foldName("Mesa Police Department"));
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows) expect(r.county).not.toMatch(/maricopa/i);
  await page.goto("/agreements?q=Maricopa");
  const table = page.getByTestId("agreements-table");
  await expect(table.getByRole("link", { name: "Mesa Police Department", exact: true })).toHaveCount(rows.length);
  await expect(table.getByRole("link", { name: "Maricopa County" }).first()).toHaveAttribute("href", "/counties/04013");
  await shots(page, "agreements-q-maricopa");
});

test("unknown and malformed codes are a 404 with a search box", async ({ page }) => {
  for (const url of ["/counties/48999", "/counties/harris", "/counties/482011", "/places/0499999", "/places/12"]) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(404);
    // The page's own search box (the site's header has one too).
    const search = page.getByRole("main").getByRole("search");
    await expect(search.getByRole("searchbox", { name: /Search for a town, county or ZIP code/ })).toBeVisible();
    await expect(search).toHaveAttribute("action", "/search");
  }
  await shots(page, "place-not-found");
});
