import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { ROOT } from "../helpers/source-files";

// The state view's residents under 287(g) agreements, as a reader sees them, against the Census files shipped in
// prisma/seed/census. On ICE's list of March 31, 2025 Minnesota's Task Force agreements are held by the sheriffs of
// Cass, Crow Wing and Itasca counties, and by no town's police and no state agency.

const CENSUS = path.join(ROOT, "prisma/seed/census");
// county_population.csv: 27,27021,Minnesota,Cass County,31442 · 27,27035,…,Crow Wing County,68642 · 27,27061,…,Itasca County,45442
const TASK_FORCE_COUNTIES = { "27021": 31_442, "27035": 68_642, "27061": 45_442 };
// state_population.csv: 27,Minnesota,5793151
const MINNESOTA = 5_793_151;

const fmt = (n: number) => n.toLocaleString("en-US");
const MN_TF = "/states/mn?metric=residents-task-force&asOf=2025-03-31";

test("the figures above are the Census files' own", () => {
  const counties = parse(readFileSync(path.join(CENSUS, "county_population.csv")), { columns: true }) as { county_fips: string; population: string }[];
  for (const [fips, population] of Object.entries(TASK_FORCE_COUNTIES)) expect(Number(counties.find((c) => c.county_fips === fips)!.population)).toBe(population);
  const states = parse(readFileSync(path.join(CENSUS, "state_population.csv")), { columns: true }) as { state_fips: string; population: string }[];
  expect(Number(states.find((s) => s.state_fips === "27")!.population)).toBe(MINNESOTA);
});

test("Minnesota on the list of March 31, 2025: its Task Force counties' residents, on the map, in the county table and in the section", async ({ page }) => {
  await page.goto(MN_TF);
  await expect(page.getByTestId("list-date")).toHaveText("March 31, 2025");
  await expect(page.getByRole("navigation", { name: "Map shows" }).getByRole("link", { name: "Share under Task Force" })).toHaveAttribute("aria-current", "true");

  const legend = page.getByTestId("map-legend");
  await expect(legend).toContainText("Share of a county's residents under Task Force agreements");
  await expect(legend).toContainText(/76–100\s%/);

  // Pointing at Cass County says its share and where it comes from.
  const map = page.getByTestId("state-map");
  await map.locator('[data-name="Cass County"]').dispatchEvent("pointerover");
  await expect(page.getByTestId("map-info")).toContainText(`Cass County: 100\u00a0% of ${fmt(31_442)} residents (county sheriff's agreement)`);

  // The county table, a page of its own with the map's filters: residents, those counted, the share.
  await map.getByRole("link", { name: /^Table: agreements and residents/ }).click();
  await expect(page).toHaveURL(/\/counties\?state=mn&metric=residents-task-force&asOf=2025-03-31$/);
  const counties = page.getByTestId("county-table");
  const cass = counties.getByRole("row", { name: /^Cass County/ });
  await expect(cass).toBeVisible();
  const cells = cass.getByRole("cell");
  await expect(cells.nth(5)).toHaveText(fmt(31_442));
  await expect(cells.nth(6)).toHaveText(fmt(31_442));
  await expect(cells.nth(7)).toHaveText(/^100\s%$/);
  await expect(cells.nth(8)).toHaveText("county sheriff's agreement");
  // Hennepin's sheriff held no Task Force agreement then: not counted.
  await expect(counties.getByRole("row", { name: /^Hennepin County/ })).toHaveCount(0);
  await page.goBack();

  // The section: the three counties summed, and their share of the state.
  const total = Object.values(TASK_FORCE_COUNTIES).reduce((a, b) => a + b, 0);
  expect(total).toBe(145_526);
  await expect(page.getByTestId("residents-population")).toContainText(`Minnesota has ${fmt(MINNESOTA)} residents`);
  await expect(page.getByTestId("residents-task-force-local")).toHaveText(fmt(total));
  await expect(page.getByTestId("residents-task-force-share")).toHaveText(`${((total / MINNESOTA) * 100).toFixed(1)}\u00a0%`);
  await expect(page.getByTestId("residents-task-force")).toContainText("No state agency holds a statewide Task Force agreement.");
  await expect(page.getByRole("link", { name: "How residents are counted" })).toHaveAttribute("href", "/about#residents");

  // The chart loads near the viewport; its table says the same share on that list.
  const chart = page.getByTestId("coverage-chart");
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator("svg.recharts-surface")).toBeVisible();
  await expect(chart).toHaveAttribute("aria-label", /Task Force 0\s% → 2\.5\s%/);
  await page.getByRole("link", { name: /^Table of these numbers\W+the share of Minnesota/ }).click();
  await expect(page).toHaveURL(/\/trends\?state=mn&asOf=2025-03-31#residents$/);
  const row = page.getByTestId("residents-trend-table").getByRole("row", { name: /^March 31, 2025/ });
  await expect(row.getByRole("cell").first()).toHaveText(/^2\.5\s%$/);
});

test("the metric links rewrite the URL and the legend; the model filter keeps the metric", async ({ page }) => {
  await page.goto(MN_TF);
  const shows = page.getByRole("navigation", { name: "Map shows" });
  const legend = page.getByTestId("map-legend");

  await shows.getByRole("link", { name: "Agreements" }).click();
  await expect(page).toHaveURL(/\/states\/mn\?asOf=2025-03-31$/);
  await expect(legend.locator("p").first()).toHaveText("Agreements per county");
  await expect(legend).not.toContainText("%");

  await shows.getByRole("link", { name: "Share under any model" }).click();
  await expect(page).toHaveURL(/metric=residents(&|$)/);
  await expect(legend.locator("p").first()).toHaveText("Share of a county's residents under agreements of any model");

  // Choosing a model: the link now says "the chosen models" and the metric stays.
  await page.getByRole("navigation", { name: "Filter by model" }).getByRole("link", { name: /^Jail Enforcement/ }).click();
  await expect(page).toHaveURL(/model=jail/);
  await expect(page).toHaveURL(/metric=residents(&|$)/);
  await expect(shows.getByRole("link", { name: "Share under the chosen models" })).toHaveAttribute("aria-current", "true");
  await expect(legend.locator("p").first()).toHaveText("Share of a county's residents under agreements of the chosen models (Jail Enforcement)");
});

test("a territory without a Census estimate says so", async ({ page }) => {
  await page.goto("/states/gu");
  await expect(page.getByTestId("residents-population")).toHaveText("The Census Bureau publishes no population estimate for Guam, so its residents under agreements are not counted.");
});
