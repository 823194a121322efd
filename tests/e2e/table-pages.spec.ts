import { expect, test } from "@playwright/test";
import path from "node:path";
import { manifest, rawRows, reference, SEED } from "../helpers/source-files";

// The charts' and the county map's tables, each on a page of its own linked from its chart or map: reached from the
// view, readable on a phone (the table scrolls sideways in its own box, never the page) and on a desktop.
const participating = manifest()
  .filter((m) => m.kind === "participating" && m.published)
  .sort((a, b) => a.published.localeCompare(b.published));
const newest = participating.at(-1)!;
const ref = reference().find((r) => r.ice_file_name === newest.ice_file_name)!;
const fmt = (n: string | number) => Number(n).toLocaleString("en-US");
const longDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

for (const [width, height, name] of [
  [390, 844, "phone"],
  [1366, 900, "desktop"],
] as const) {
  test(`the trend tables at ${width} px: every list from the oldest, the newest list's count, back to the view`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto("/");
    await page.getByRole("link", { name: /^Table of these numbers\W+agreements by month signed/ }).click();
    await expect(page).toHaveURL(/\/trends#signed$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("287(g) agreements over time");
    const lists = page.getByTestId("list-trend-table").locator("tbody tr");
    await expect(lists).toHaveCount(new Set(participating.map((m) => m.published)).size);
    await expect(lists.first().locator("th")).toHaveText(longDate(participating[0].published));
    await expect(lists.last()).toContainText(fmt(ref.rows));
    // The signed months add up to the newest list's dated agreements: the last month is at most the list's count.
    const lastMonth = Number((await page.getByTestId("signed-trend-table").locator("tbody tr").last().locator("td").last().innerText()).replace(/,/g, ""));
    expect(lastMonth).toBeGreaterThan(0);
    expect(lastMonth).toBeLessThanOrEqual(Number(ref.rows));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `test-results/screens/trends-${name}.png` });
    await page.screenshot({ path: `test-results/screens/trends-${name}-full.png`, fullPage: true });
    await page.getByRole("link", { name: "All states: map and charts" }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test(`the county table at ${width} px: Texas's counties with agreements, from the state map`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto("/states/tx");
    await page.getByTestId("state-map").getByRole("link", { name: "Table: agreements by county" }).click();
    await expect(page).toHaveURL(/\/counties\?state=tx$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Texas: agreements by county");
    const table = page.getByTestId("county-table");
    // The first Texas sheriff on ICE's newest list: its agreements are counted in its county's row (with any town's).
    const texas = (await rawRows(path.join(SEED, newest.file))).filter((r) => r.state === "TEXAS");
    const county = texas.map((r) => r.agency.match(/^([A-Za-z ]+ County) Sheriff/)?.[1]).find(Boolean)!;
    const sheriff = texas.filter((r) => r.agency.startsWith(`${county} Sheriff`)).length;
    expect(sheriff).toBeGreaterThan(0);
    const row = table.getByRole("row", { name: new RegExp(`^${county}`) });
    expect(Number((await row.getByRole("cell").first().innerText()).replace(/,/g, ""))).toBeGreaterThanOrEqual(sheriff);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(await table.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(width < 800);
    await page.screenshot({ path: `test-results/screens/counties-${name}.png` });
    await page.getByRole("link", { name: "Texas: map and agencies" }).click();
    await expect(page).toHaveURL(/\/states\/tx$/);
  });
}
