import { expect, test } from "@playwright/test";
import { minus, pendingFiles, recordsOf, rowKey } from "../helpers/raw-keys";

// The changes page shows the newest pending lists' comings and goings in full and a line of counts for each older
// list, which opens that list's own page. Expected counts are the differences of two ICE pending files' rows.
const pending = pendingFiles().filter((f, i, all) => all.findIndex((g) => g.sha256 === f.sha256) === i);
const day = "2025-12-31";
const longDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

for (const [width, height, name] of [
  [390, 844, "phone"],
  [1366, 900, "desktop"],
] as const) {
  test(`an older pending list's changes at ${width} px: its counts on the changes page, its agencies on its own page`, async ({ page }) => {
    const i = pending.findIndex((f) => f.published === day);
    const names = async (f: (typeof pending)[number]) => new Set((await recordsOf(f)).map((r) => rowKey(r.code, r.agency, null)));
    const [now, before] = await Promise.all([names(pending[i]), names(pending[i - 1])]);
    const [joined, left] = [minus(now, before).size, minus(before, now).size];

    await page.setViewportSize({ width, height });
    await page.goto("/changes");
    const line = page.getByTestId("older-pending-lists").getByRole("listitem").filter({ hasText: longDate(day) });
    await expect(line).toHaveText(`Pending list of ${longDate(day)}: ${joined} now pending, ${left} left`);
    // Hundreds of pending lists: forty lines, then a link to the older ones.
    await expect(page.getByTestId("older-pending-lists").getByRole("listitem")).toHaveCount(40);
    await expect(page.getByRole("link", { name: /older pending lists with changes, from the list of/ })).toHaveAttribute("href", /^\/changes\/pending\?asOf=\d{4}-\d{2}-\d{2}$/);
    await page.screenshot({ path: `test-results/screens/changes-${name}.png` });
    await line.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/changes/pending\\?asOf=${day}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Pending list of ${longDate(day)}`);
    const rows = page.getByRole("table").locator("tbody tr");
    await expect(rows).toHaveCount(joined + left);
    await expect(rows.filter({ hasText: "Now pending" })).toHaveCount(joined);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `test-results/screens/changes-pending-${name}-full.png`, fullPage: true });
    // The lists before and after it are a link away.
    await expect(page.getByRole("navigation", { name: "Other pending lists" }).getByRole("link", { name: /^Older: / })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Other pending lists" }).getByRole("link", { name: /^Newer: / })).toBeVisible();
  });
}
