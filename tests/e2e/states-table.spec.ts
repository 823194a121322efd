import { expect, test } from "@playwright/test";
import { manifest, reference } from "../helpers/source-files";

// The table of states on its own page (/states), reached from the national map: the newest list's figures, readable
// on a phone (the table scrolls sideways in its own box, the page does not) and on a desktop.
const newest = manifest()
  .filter((m) => m.kind === "participating" && m.published)
  .sort((a, b) => a.published.localeCompare(b.published))
  .at(-1)!;
const ref = reference().find((r) => r.ice_file_name === newest.ice_file_name)!;
const fmt = (n: string | number) => Number(n).toLocaleString("en-US");

for (const [width, height, name] of [
  [390, 844, "phone"],
  [1366, 900, "desktop"],
] as const) {
  test(`the table of states at ${width} px: reached from the map, the list's totals, back to the map`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto("/");
    await page.getByRole("link", { name: "Table of states", exact: true }).click();
    await expect(page).toHaveURL(/\/states$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("287(g) agreements by state");
    const table = page.getByTestId("states-table");
    await expect(table.locator("tfoot td").first()).toHaveText(fmt(ref.rows));
    // Every state with an agreement or a pending application has its row, and its name links to its view.
    const rows = table.locator("tbody tr");
    expect(await rows.count()).toBeGreaterThanOrEqual(Number(ref.states));
    await expect(table.getByRole("link", { name: "Texas", exact: true })).toHaveAttribute("href", "/states/tx");
    await page.screenshot({ path: `test-results/screens/states-table-${name}.png` });
    await page.screenshot({ path: `test-results/screens/states-table-${name}-full.png`, fullPage: true });
    // The page never scrolls sideways; the table's own box does when it is wider than the screen, as on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const box = page.getByRole("region", { name: /Agreements by state/ });
    if (width < 800) expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await page.getByRole("link", { name: "The map of states" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId("national-map")).toBeVisible();
  });
}
