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
  test(`the trend tables at ${width} px: the newest list's count first, every list a page away, back to the view`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto("/");
    await page.getByRole("link", { name: /^Table of these numbers\W+agreements by month signed/ }).click();
    await expect(page).toHaveURL(/\/trends#signed$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("287(g) agreements over time");
    // One row per publication day, newest first, 30 to a page: the newest list's count on the first row.
    const days = new Set(participating.map((m) => m.published)).size;
    const lists = page.getByTestId("list-trend-table").locator("tbody tr");
    await expect(lists).toHaveCount(Math.min(30, days));
    await expect(lists.first().locator("th")).toHaveText(longDate(newest.published));
    await expect(lists.first()).toContainText(fmt(ref.rows));
    await expect(page.locator("#lists").getByTestId("row-range")).toHaveText(`Lists 1–${Math.min(30, days)} of ${fmt(days)}`);
    // The signed months add up to the newest list's dated agreements: the last month is at most the list's count.
    const lastMonth = Number((await page.getByTestId("signed-trend-table").locator("tbody tr").last().locator("td").last().innerText()).replace(/,/g, ""));
    expect(lastMonth).toBeGreaterThan(0);
    expect(lastMonth).toBeLessThanOrEqual(Number(ref.rows));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `test-results/screens/trends-${name}.png` });
    await page.screenshot({ path: `test-results/screens/trends-${name}-full.png`, fullPage: true });
    // The last page ends with the oldest list; its previous-page link leads back.
    await page.goto(`/trends?page=${Math.ceil(days / 30)}`);
    await expect(lists.last().locator("th")).toHaveText(longDate(participating[0].published));
    await expect(page.locator("#lists").getByRole("link", { name: "Next page" })).toHaveCount(0);
    await page.locator("#lists").getByRole("link", { name: "Previous page" }).click();
    await expect(page).toHaveURL(new RegExp(`/trends(\\?page=${Math.ceil(days / 30) - 1})?#lists$`));
    await page.goto("/trends");
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
