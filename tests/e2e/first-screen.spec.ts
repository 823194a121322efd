import { expect, test, type Page } from "@playwright/test";
import path from "node:path";
import { manifest, modelOf, rawRows, SEED, type ManifestRow } from "../helpers/source-files";

// The first screen of `/` and of a state's view, at a phone's and a laptop's width: the story in one sentence with
// the map in sight, every figure under the URL's models, nothing shown twice, and figures that agree with the other
// pages. Expected figures are read from ICE's files and the manifest, never from the app.

const participating = manifest()
  .filter((m) => m.kind === "participating" && m.published)
  .sort((a, b) => a.published.localeCompare(b.published) || Number(a.same_day_order) - Number(b.same_day_order));
const newest = participating.at(-1)!;
const previous = participating.at(-2)!;
// The first list of 2025 in the shipped set: an archived copy of ICE's page (ICE published no spreadsheet before February 2025).
const first2025 = participating.find((m) => m.published >= "2025-01-01")!;

const fmt = (n: number | string) => Number(n).toLocaleString("en-US");
const longDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
const signed = (d: number) => (d === 0 ? "no change" : `${d > 0 ? "+" : "−"}${fmt(Math.abs(d))}`);
const titleCase = (s: string) => s.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()).replace(/\bOf\b/g, "of");
const rows = (m: ManifestRow) => rawRows(path.join(SEED, m.file));

const WIDTHS = [
  [390, 844, "phone"],
  [1366, 768, "laptop"],
] as const;

async function shots(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/${name}.png` });
  await page.screenshot({ path: `test-results/screens/${name}-full.png`, fullPage: true });
  // Nothing scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
}

for (const [width, height, device] of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height } });

    test("the national view opens with the story in a sentence, the states that left or entered, and the map", async ({ page }) => {
      const [now, before] = await Promise.all([rows(newest), rows(previous)]);
      const statesNow = new Set(now.map((r) => r.state));
      const left = [...new Set(before.map((r) => r.state))].filter((s) => !statesNow.has(s)).map(titleCase);
      await page.goto("/");
      const sentence = page.getByTestId("headline-sentence");
      await expect(page.getByTestId("count-agreements")).toHaveText(fmt(newest.rows));
      await expect(sentence).toContainText(`287(g) agreements on ICE’s list of ${longDate(newest.published)}`);
      await expect(sentence).toContainText(
        `${(Number(newest.rows) / Number(first2025.rows)).toFixed(1)} times the ${fmt(first2025.rows)} on ICE’s 287(g) page (archived) of ${longDate(first2025.published)}`,
      );
      await expect(sentence).toContainText(`${signed(Number(newest.rows) - Number(previous.rows))} since the list before, of ${longDate(previous.published)}`);
      await expect(page.getByTestId("count-states")).toHaveText(fmt(statesNow.size));
      // The states that left are named, each a link to its view.
      for (const name of left) await expect(page.getByTestId("change-states").getByRole("link", { name })).toHaveAttribute("href", /^\/states\/[a-z]{2}$/);
      // The map comes right after the sentence; on a laptop it is on the first screen.
      if (device === "laptop") await expect(page.getByTestId("national-map")).toBeInViewport();
      const sentenceBox = (await sentence.boundingBox())!;
      const mapBox = (await page.getByTestId("national-map").boundingBox())!;
      expect(mapBox.y).toBeGreaterThan(sentenceBox.y + sentenceBox.height);
      expect(mapBox.y).toBeLessThan(device === "laptop" ? height : 2 * height);
      await shots(page, `first-screen-national-${device}`);
    });

    test("a model filter reaches every figure of the national view, and nothing is shown twice", async ({ page }) => {
      const now = (await rows(newest)).filter((r) => modelOf(r.support) === "TFM");
      const texas = now.filter((r) => r.state === "TEXAS").length;
      await page.goto("/?model=task-force");
      await expect(page.getByTestId("count-agreements")).toHaveText(fmt(newest.task_force));
      await expect(page.getByTestId("headline-sentence")).toContainText(`Task Force agreements on ICE’s list of ${longDate(newest.published)}`);
      await expect(page.getByTestId("headline-sentence")).toContainText(`${signed(Number(newest.task_force) - Number(previous.task_force))} since the list before`);
      await expect(page.getByTestId("count-states")).toHaveText(fmt(new Set(now.map((r) => r.state)).size));
      // One model: its agencies are its agreements, and its residents are those under Task Force; each is shown once.
      await expect(page.getByTestId("count-agencies")).toHaveCount(0);
      const shows = page.getByRole("navigation", { name: "Map shows" });
      await expect(shows.getByRole("link", { name: "Residents under Task Force" })).toHaveCount(1);
      await expect(shows.getByRole("link", { name: "Agencies" })).toHaveCount(0);
      await expect(page.getByRole("table", { name: /By model/ })).toHaveCount(0);
      // The map agrees with the headline.
      await expect(page.getByRole("link", { name: /^Texas: / })).toHaveAccessibleName(new RegExp(`^Texas: ${fmt(texas)} agreements`));
      await shots(page, `first-screen-task-force-${device}`);

      // The table of states: the same total, no column repeating another.
      await page.getByRole("link", { name: "Table of states", exact: true }).click();
      const table = page.getByTestId("states-table");
      await expect(table.locator("tfoot td").first()).toHaveText(fmt(newest.task_force));
      const heads = await table.locator("thead th").allInnerTexts();
      expect(heads.filter((h) => /Residents under Task Force/.test(h))).toHaveLength(1);
      expect(heads.some((h) => /^Agencies/.test(h))).toBe(false);
      expect(heads.some((h) => /^Task Force/.test(h))).toBe(false);
      await shots(page, `states-table-task-force-${device}`);
    });

    test("a state's view counts the chosen model only, as its rank does", async ({ page }) => {
      const florida = (await rows(newest)).filter((r) => r.state === "FLORIDA");
      const jail = florida.filter((r) => modelOf(r.support) === "JEM");
      const before = (await rows(previous)).filter((r) => r.state === "FLORIDA" && modelOf(r.support) === "JEM");
      await page.goto("/states/fl?model=jail");
      await expect(page.getByTestId("count-agreements")).toHaveText(fmt(jail.length));
      await expect(page.getByTestId("headline-sentence")).toContainText(`Jail Enforcement agreements in Florida on ICE’s list of ${longDate(newest.published)}`);
      await expect(page.getByTestId("headline-sentence")).toContainText(`${signed(jail.length - before.length)} since the list before`);
      await expect(page.getByTestId("rank")).toContainText("with Jail Enforcement agreements");
      await expect(page.getByTestId("count-agencies")).toHaveCount(0);
      await expect(page.getByRole("table", { name: /by model/ })).toHaveCount(0);
      if (device === "laptop") await expect(page.getByTestId("state-map")).toBeInViewport();
      await shots(page, `first-screen-florida-jail-${device}`);

      // Without a filter: every model, and the agencies apart.
      await page.goto("/states/fl");
      await expect(page.getByTestId("count-agreements")).toHaveText(fmt(florida.length));
      await expect(page.getByTestId("count-agencies")).toHaveText(fmt(new Set(florida.map((r) => r.agency.replace(/[’']/g, "").toLowerCase())).size));
      await page.goto("/states/tx?model=task-force");
      await expect(page.getByRole("navigation", { name: "Map shows" }).getByRole("link", { name: /^Share under/ })).toHaveCount(1);
    });

    test("pending, residents and statewide figures say what they count, and agree with the other pages", async ({ page }) => {
      await page.goto("/pending");
      const stillPending = (await page.getByTestId("outcome-pending").innerText()).trim();
      await page.goto("/");
      const pending = page.getByTestId("pending-summary");
      await expect(pending).toContainText(`Still pending, that is not yet on a participating list: ${stillPending} of those agencies`);
      // One denominator, named: the share under Task Force on the national view is the table of states' total.
      const residents = page.getByTestId("residents-task-force");
      await expect(page.getByRole("region", { name: "Residents under 287(g) agreements" })).toContainText("Every share is of the");
      const share = (await residents.innerText()).match(/residents \(([^)]+)\)/)![1];
      const statewide = (await residents.innerText()).match(/state agencies of (\d+) states and territories/)![1];
      await page.goto("/states");
      const total = page.getByTestId("states-table").locator("tfoot");
      await expect(total).toContainText(share);
      await expect(total).toContainText(`${statewide} states and territories`);
    });
  });
}
