import { expect, test } from "@playwright/test";
import { keysOf, minus, participatingFiles } from "../helpers/raw-keys";

// The changes page leads with the agreements removed and added, every list's, before the re-dated and re-linked ones,
// and the home page's counts of the newest list's changes open them. Expected counts are the differences of the two
// newest ICE participating files' rows (ICE wrote every continuing agency's name the same way in them).
const files = participatingFiles();
const [before, newest] = files.slice(-2);
const longDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
const shots = process.env.SHOTS_DIR ?? "test-results/screens";

for (const [width, height, name] of [
  [390, 844, "phone"],
  [1366, 900, "desktop"],
] as const) {
  test(`at ${width} px: the home page's counts open the changes page, which leads with removed and added`, async ({ page }) => {
    test.setTimeout(120_000); // four pages rendered uncached, on a busy machine
    const [now, then] = await Promise.all([keysOf(newest), keysOf(before)]);
    const [added, removed] = [minus(now, then).size, minus(then, now).size];
    expect(added).toBeGreaterThan(0);
    expect(removed).toBeGreaterThan(0);

    await page.setViewportSize({ width, height });
    await page.goto("/");
    const latest = page.getByTestId("latest-changes");
    await expect(latest.getByRole("link", { name: `${removed} removed` })).toHaveAttribute("href", `/changes?change=removed&asOf=${newest.published}`);
    await latest.getByRole("link", { name: `${added} added` }).click();
    await expect(page).toHaveURL(new RegExp(`/changes\\?change=added&asOf=${newest.published}$`));
    const group = page.getByTestId("change-group").first();
    await expect(group.getByRole("heading", { level: 2 })).toHaveText(`List of ${longDate(newest.published)}`);
    await expect(group.getByTestId("change-row")).toHaveCount(added);

    await page.goto("/");
    await page.getByTestId("latest-changes").getByRole("link", { name: `${removed} removed` }).click();
    await expect(page.getByTestId("change-group").first().getByTestId("change-row")).toHaveCount(removed);

    // Unfiltered: the newest list's removals, then its additions, then older lists' removals and additions; no
    // re-dated or re-linked agreement on the first page though the newest list re-linked some.
    await page.goto("/changes");
    await expect(page.getByTestId("change-part").first()).toHaveText("Agreements removed from and added to the lists, newest list first");
    const first = page.getByTestId("change-group").first();
    await expect(first.getByRole("heading", { level: 2 })).toHaveText(`List of ${longDate(newest.published)}`);
    await expect(first.locator("p").first()).toContainText(`${added} added, ${removed} removed`);
    await expect(first.locator("p").first()).toContainText("re-linked");
    const kinds = await first.getByTestId("change-row").locator("td:first-child").allInnerTexts();
    expect(kinds).toEqual([...Array(removed).fill("Removed"), ...Array(Math.min(added, 50 - removed)).fill("Added")]);
    const everyKind = new Set(await page.getByTestId("change-row").locator("td:first-child").allInnerTexts());
    expect(everyKind).toEqual(new Set(["Removed", "Added"]));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `${shots}/changes-first-${name}.png` });
    await page.screenshot({ path: `${shots}/changes-first-${name}-full.png`, fullPage: true });
    await page.goto("/");
    await page.screenshot({ path: `${shots}/home-${name}-full.png`, fullPage: true });
  });
}
