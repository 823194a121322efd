import { expect, test, type Page } from "@playwright/test";
import path from "node:path";
import { manifest, modelOf, rawRecords, rawRows, reference, SEED } from "../helpers/source-files";

// Browsing as a reader does: the national view, a filter, a state, its table, a shared link, time travel.
// Expected figures are read from ICE's files.

const participating = manifest()
  .filter((m) => m.kind === "participating" && m.published)
  .sort((a, b) => a.published.localeCompare(b.published));
const newest = participating.at(-1)!;
const march2025 = participating.find((m) => m.published === "2025-03-31")!;
const fmt = (n: string | number) => Number(n).toLocaleString("en-US");
const longDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

async function texasTaskForce(file: string) {
  return (await rawRecords(path.join(SEED, file))).filter((r) => r.state === "TEXAS" && modelOf(r.support) === "TFM");
}

async function screens(page: Page, name: string) {
  await page.setViewportSize({ width: 1024, height: 900 });
  // Charts load as they come near the viewport: scroll through the page first, as a reader would.
  for (const chart of await page.getByRole("img", { name: /Agreements/ }).all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator("svg.recharts-surface")).toBeVisible();
  }
  await page.screenshot({ path: `test-results/screens/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `test-results/screens/${name}-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1024, height: 900 });
}

test("filter to Task Force, open Texas, sort and search its agencies, share the link and open it afresh", async ({ page, context, browser }) => {
  test.setTimeout(90_000);
  const tfTexas = await texasTaskForce(newest.file);
  await page.goto("/");
  await page.getByRole("navigation", { name: "Filter by model" }).getByRole("link", { name: /^Task Force/ }).click();
  await expect(page).toHaveURL(/\/\?model=task-force$/);
  // The table of states, the map's table alternative, is a page of its own that keeps the filter.
  await page.getByRole("link", { name: "Table of states", exact: true }).click();
  await expect(page).toHaveURL(/\/states\?model=task-force$/);
  const texasRow = page.getByTestId("states-table").getByRole("row", { name: /^Texas/ });
  await expect(texasRow.getByRole("cell").first()).toHaveText(fmt(tfTexas.length));
  await page.goBack();

  // Texas on the map: its label carries its numbers; Enter on the focused state opens its view.
  const texasOnMap = page.getByRole("link", { name: /^Texas: / });
  await expect(texasOnMap).toHaveAccessibleName(new RegExp(`^Texas: ${fmt(tfTexas.length)} agreements`));
  await texasOnMap.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/states\/tx\?model=task-force$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Texas: 287(g) agreements");
  // The headline follows the filter: Texas's Task Force agreements, not every model's.
  await expect(page.getByTestId("count-agreements")).toHaveText(fmt(tfTexas.length));
  await expect(page.getByTestId("row-range").first()).toContainText(`of ${fmt(new Set(tfTexas.map((r) => r.agency)).size)}`);

  // Sort by signed date, newest first: two clicks on the column heading.
  const table = page.getByTestId("agency-table");
  await table.getByRole("link", { name: /^Signed/ }).click();
  await expect(page).toHaveURL(/sort=signed/);
  await table.getByRole("link", { name: /^Signed/ }).click();
  await expect(page).toHaveURL(/sort=-signed/);
  await expect(table.getByRole("columnheader", { name: /Signed/ })).toHaveAttribute("aria-sort", "descending");
  const newestSigned = tfTexas.map((r) => r.signed).filter(Boolean).sort().at(-1)!;
  // Dates in the table read as in sentences.
  await expect(table.getByRole("row").nth(1).getByRole("cell").nth(3)).toHaveText(longDate(newestSigned));

  // Search.
  await page.getByLabel("Agency, county or town").fill("harris");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=harris/);
  // The form sends its empty fields too; the address shared keeps only what was filled in.
  expect(new URL(page.url()).search).not.toMatch(/(^\?|&)[^=&]+=(&|$)/);
  const harris = tfTexas.filter((r) => /harris/i.test(r.agency) || /harris/i.test(r.county));
  // One link per agency to its page (its county and town link to theirs, its agreements to their MOAs).
  await expect(table.getByRole("rowgroup").nth(1).locator('a[href^="/agencies/"]')).toHaveCount(new Set(harris.map((r) => r.agency)).size);
  const shown = await page.locator("main").innerText();

  // Back and forward move between the views.
  await page.goBack();
  await expect(page).not.toHaveURL(/q=harris/);
  await page.goForward();
  await expect(page).toHaveURL(/q=harris/);

  // Copy the link and open it in a fresh browser context: the same view.
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByTestId("copy-link").click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(copied);
  expect(await fresh.locator("main").innerText()).toBe(shown);
  await screens(page, "state-view");
});

test("time travel: the view as of 2025-03-31 shows that list's counts", async ({ page }) => {
  await page.goto("/?asOf=2025-03-31");
  await expect(page.getByTestId("newest-date")).toHaveText(longDate(march2025.published));
  const ref = reference().find((r) => r.ice_file_name === march2025.ice_file_name)!;
  await expect(page.getByTestId("count-agreements")).toHaveText(fmt(ref.rows));
  await expect(page.getByTestId("count-states")).toHaveText(fmt(ref.states));
  const tf = await texasTaskForce(march2025.file);
  // A click on Texas on the map keeps the date.
  await page.getByRole("link", { name: /^Texas: / }).click();
  await expect(page).toHaveURL(/\/states\/tx\?asOf=2025-03-31$/);
  await expect(page.getByTestId("list-date")).toHaveText(longDate(march2025.published));
  await expect(page.getByRole("table", { name: /by model/ }).getByTestId("model-task-force").getByTestId("agreements")).toHaveText(fmt(tf.length));
});

test("the table of states sorts by any column, and the states' total is the list's", async ({ page }) => {
  // Its clicks and two full-page screenshots took past 30 s once on a busy machine (in the screenshot).
  test.setTimeout(90_000);
  await page.goto("/states");
  const table = page.getByTestId("states-table");
  await table.getByRole("link", { name: /^Agreements/ }).click();
  await expect(page).toHaveURL(/\/states\?sort=-agreements$/);
  const counts = (await table.locator("tbody tr td:first-of-type").allInnerTexts()).map((t) => Number(t.replace(/,/g, "")));
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  const ref = reference().find((r) => r.ice_file_name === newest.ice_file_name)!;
  await expect(table.locator("tfoot td").first()).toHaveText(fmt(ref.rows));
  await page.goto("/");
  // The trend chart draws when scrolled to, and its table holds the newest list's count.
  const trend = page.getByRole("region", { name: "Over time" });
  await trend.getByRole("img").first().scrollIntoViewIfNeeded();
  await expect(trend.getByRole("img").first().locator("svg.recharts-surface")).toBeVisible();
  await screens(page, "national");
  // Its numbers are a table on the trends page, the newest list first.
  await trend.getByRole("link", { name: /^Table of these numbers\W+agreements on each list/ }).click();
  await expect(page).toHaveURL(/\/trends#lists$/);
  await expect(page.getByTestId("list-trend-table").locator("tbody tr").first()).toContainText(fmt(ref.rows));
});

test("a mistyped state or filter gets a clear answer, never an error page", async ({ page }) => {
  const res = await page.goto("/states/zz");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/not found/i);
  // Every state and territory is one click away.
  await expect(page.getByRole("main").getByRole("link", { name: /^(Texas|Guam|District of Columbia)$/ })).toHaveCount(3);
  await page.getByRole("main").getByRole("link", { name: "Texas", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Texas: 287(g) agreements");
  await page.goto("/states/tx?model=tank&sort=height&page=-1");
  await expect(page.getByTestId("filter-notes")).toContainText("“model”");
  await expect(page.getByTestId("filter-notes")).toContainText("“sort”");
  await expect(page.getByTestId("filter-notes")).toContainText("“page”");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Texas: 287(g) agreements");
  await page.goto("/?asOf=1999-01-01");
  await expect(page.getByTestId("filter-notes")).toContainText("No participating list was published on or before");
});

test("keyboard: a state on the map shows its numbers on focus, and the whole map can be skipped", async ({ page }) => {
  const florida = (await rawRows(path.join(SEED, newest.file))).filter((r) => r.state === "FLORIDA").length;
  await page.goto("/");
  await page.getByRole("link", { name: /^Florida: / }).focus();
  await expect(page.getByTestId("map-info")).toContainText("Florida");
  await expect(page.getByTestId("map-info")).toContainText(fmt(florida));
  const skip = page.getByRole("link", { name: "Skip the map to the table of states" });
  await skip.focus();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("link", { name: "Table of states", exact: true })).toBeFocused();
});

test("the map shades agencies instead of agreements on request, and says so", async ({ page }) => {
  const texasAgencies = new Set((await rawRows(path.join(SEED, newest.file))).filter((r) => r.state === "TEXAS").map((r) => r.agency.replace(/[’']/g, "").toLowerCase()));
  await page.goto("/");
  await page.getByRole("navigation", { name: "Map shows" }).getByRole("link", { name: "Agencies" }).click();
  await expect(page).toHaveURL(/\/\?metric=agencies$/);
  await expect(page.getByText("Agencies per state or territory")).toBeVisible();
  await expect(page.getByRole("link", { name: /^Texas: / })).toHaveAccessibleName(new RegExp(`^Texas: ${fmt(texasAgencies.size)} agencies`));
});
