import { expect, test } from "@playwright/test";

// The national map and table of states by the share of residents under agreements. The populations below are read
// from the Census files shipped in prisma/seed/census, written here by hand with the row they come from.

// county_population.csv: 27021 Cass County 31442, 27035 Crow Wing County 68642, 27061 Itasca County 45442 — the
// three Minnesota counties whose sheriffs had Task Force agreements on ICE's list of 2025-03-31.
const MINNESOTA_TF = 31_442 + 68_642 + 45_442;
// state_population.csv: 27 Minnesota 5793151; 12 Florida 23372215.
const MINNESOTA = 5_793_151;
const FLORIDA = 23_372_215;
const fmt = (n: number) => n.toLocaleString("en-US");
const pct = (part: number, whole: number) => `${(Math.round((1000 * part) / whole) / 10).toFixed(1)}\u00a0%`;

test("the map shades the share of residents under Task Force, and the table of states gives the figures", async ({ page }) => {
  await page.goto("/?asOf=2025-03-31");
  await page.getByRole("navigation", { name: "Map shows" }).getByRole("link", { name: "Residents under Task Force" }).click();
  await expect(page).toHaveURL(/\/\?metric=residents-task-force&asOf=2025-03-31$/);
  await expect(page.getByTestId("map-legend")).toContainText("Share of residents living in a county or town whose agency has a Task Force agreement");

  const minnesota = page.getByRole("link", { name: /^Minnesota: / });
  await expect(minnesota).toHaveAccessibleName(new RegExp(`^Minnesota: ${pct(MINNESOTA_TF, MINNESOTA).replace("\u00a0", "\\s")} of ${fmt(MINNESOTA)} residents \\(${fmt(MINNESOTA_TF)}\\)`));
  // Every Florida county's sheriff had signed: all Floridians, and the state agencies' statewide agreements apart.
  await expect(page.getByRole("link", { name: /^Florida: / })).toHaveAccessibleName(/^Florida: 100\s% of 23,372,215 residents \(23,372,215\).*; statewide, /);

  // The table of states keeps the metric and the date.
  await page.getByRole("link", { name: "Table of states", exact: true }).click();
  await expect(page).toHaveURL(/\/states\?metric=residents-task-force&asOf=2025-03-31$/);
  const row = page.getByTestId("states-table").getByRole("row", { name: /^Minnesota/ });
  await expect(row.getByRole("cell").nth(6)).toHaveText(fmt(MINNESOTA));
  await expect(row.getByRole("cell").nth(7)).toHaveText(`${pct(MINNESOTA_TF, MINNESOTA)}${fmt(MINNESOTA_TF)}`);
  const florida = page.getByTestId("states-table").getByRole("row", { name: /^Florida/ });
  await expect(florida.getByRole("cell").nth(7)).toHaveText(`100 %${fmt(FLORIDA)}`);
  await expect(florida.getByRole("cell").nth(8)).toHaveText(/agenc/);

  // Sorted by that share, Florida comes first; the sort and the metric stay in the address.
  await page.getByTestId("states-table").getByRole("link", { name: /^Residents under Task Force/ }).click();
  await expect(page).toHaveURL(/\/states\?metric=residents-task-force&sort=-residents-task-force&asOf=2025-03-31$/);
  await expect(page.getByTestId("states-table").locator("tbody tr").first()).toContainText("Florida");
});

test("the share under any model follows the model filter, and hovering a state shows its share", async ({ page }) => {
  await page.goto("/?metric=residents&model=jail");
  await expect(page.getByRole("navigation", { name: "Map shows" }).getByRole("link", { name: "Residents under Jail Enforcement" })).toHaveAttribute("aria-current", /.+/);
  await expect(page.getByTestId("map-legend")).toContainText("has a Jail Enforcement agreement");
  await page.getByRole("link", { name: /^Texas: / }).focus();
  await expect(page.getByTestId("map-info")).toContainText(/Texas: .*\d\s%.* of [\d,]+ residents/);
});

test("a metric the view does not have is named in a note, and the view falls back to agreements", async ({ page }) => {
  await page.goto("/?metric=population");
  await expect(page.getByTestId("filter-notes")).toContainText("“metric”");
  await expect(page.getByRole("navigation", { name: "Map shows" }).getByRole("link", { name: "Agreements" })).toHaveAttribute("aria-current", "true");
  // The state view has no agencies metric.
  await page.goto("/states/tx?metric=agencies");
  await expect(page.getByTestId("filter-notes")).toContainText("“metric”");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Texas: 287(g) agreements");
});
