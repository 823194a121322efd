import { expect, test, type Page } from "@playwright/test";
import { participatingFiles } from "../helpers/raw-keys";

// Maps and charts a reader can compare across views: the map's key keeps its classes whatever the date and model
// (one shade, one count), both trend charts say what their axis counts and span the same years, the executive order
// of January 20, 2025 is marked, and the charts are drawn without scripts and in print, not "Loading…".

async function legendClasses(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  const items = page.getByTestId("map-legend").locator("ul").first().getByRole("listitem");
  return (await items.allInnerTexts()).map((t) => t.trim());
}

test("the national map's key reads the same on the newest list, an older list and one model", async ({ page }) => {
  const newest = await legendClasses(page, "/");
  expect(newest).toEqual(["None", "1–10", "11–30", "31–100", "101 or more"]);
  expect(await legendClasses(page, "/?asOf=2025-03-01")).toEqual(newest);
  expect(await legendClasses(page, "/?model=task-force")).toEqual(newest);
});

test("a state's county map key reads the same on two dates and for one model", async ({ page }) => {
  const newest = await legendClasses(page, "/states/fl");
  expect(newest).toEqual(["None", "1", "2–3", "4–9", "10 or more"]);
  expect(await legendClasses(page, "/states/fl?asOf=2025-03-01")).toEqual(newest);
  expect(await legendClasses(page, "/states/fl?model=jail")).toEqual(newest);
});

/** The tick labels along a chart file's time axis (the years it spans), and its text. */
async function chartFile(page: Page, url: string) {
  const res = await page.request.get(url);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("image/svg+xml");
  const svg = await res.text();
  return { svg, years: [...svg.matchAll(/text-anchor="middle" fill="[^"]+">(\d{4})</g)].map((m) => m[1]) };
}

test("both trend charts label their axis, span the same years and mark January 20, 2025", async ({ page }) => {
  const lists = await chartFile(page, "/trends/lists.svg");
  const signed = await chartFile(page, "/trends/signed.svg");
  expect(lists.svg).toContain("Agreements on the list");
  expect(signed.svg).toContain("Agreements signed, cumulative");
  expect(lists.years.length).toBeGreaterThan(2);
  expect(signed.years).toEqual(lists.years);
  for (const f of [lists, signed]) expect(f.svg).toContain("Executive order, Jan. 20, 2025");
  // A state's and one model's files are of that state and model.
  const tx = await chartFile(page, "/trends/lists.svg?state=tx&model=task-force");
  expect(tx.svg).toContain("in Texas");
  expect(tx.svg).toContain("Task Force");
  expect(tx.svg).not.toContain("Warrant Service Officer");
  // A state's residents chart says what its axis is; the nation has none.
  const shares = await chartFile(page, "/trends/shares.svg?state=tx");
  expect(shares.svg).toContain("Share of residents");
  expect(shares.svg).toContain("Share of Texas&#39;s residents under local 287(g) agreements");
  expect((await page.request.get("/trends/shares.svg")).status()).toBe(404);
});

for (const width of [390, 1366]) {
  test(`without scripts and in print the trend charts are drawn, at ${width} px`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto("/");
    const chart = page.getByRole("img", { name: /^Agreements on each ICE list by model/ });
    await chart.scrollIntoViewIfNeeded();
    const drawn = chart.locator("img");
    await expect(drawn).toHaveAttribute("src", /\/trends\/lists\.svg/);
    await expect.poll(() => drawn.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByText(/Loading the chart/)).toHaveCount(0);
    // A state view's residents chart too.
    await page.emulateMedia({ media: "screen" });
    await page.goto("/states/tx");
    const residents = page.getByTestId("coverage-chart").locator("img");
    await residents.scrollIntoViewIfNeeded();
    await expect(residents).toHaveAttribute("src", /\/trends\/shares\.svg\?state=tx/);
    await expect.poll(() => residents.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await context.close();
  });
}

test("the chart's caption says what the dashed line marks", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByText(/The dashed line marks a dated event: On January 20, 2025, Executive Order 14159/).first()).toBeVisible();
});

/** "May 18, 2026" */
const words = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });

for (const width of [390, 1366]) {
  test(`the time control steps to the list before and back, by keyboard, in the URL, at ${width} px`, async ({ page }) => {
    // The publication days of ICE's participating lists, from the shipped manifest.
    const days = [...new Set(participatingFiles().map((f) => f.published))].sort();
    const [before, newest] = days.slice(-2);
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/");
    const steps = page.getByRole("navigation", { name: "Step through ICE's lists" });
    await expect(steps).toContainText(`Shown: list of ${words(newest)}`);
    const back = steps.getByRole("link", { name: `List of ${words(before)}` });
    await back.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`\\?asOf=${before}$`));
    await expect(page.getByTestId("newest-date")).toHaveText(words(before));
    await expect(steps).toContainText(`Shown: list of ${words(before)}`);
    await steps.getByRole("link", { name: `List of ${words(newest)}` }).click();
    await expect(page.getByTestId("newest-date")).toHaveText(words(newest));
    // A state view carries the same control.
    await page.goto(`/states/tx?asOf=${before}`);
    await expect(page.getByRole("navigation", { name: "Step through ICE's lists" })).toContainText(`Shown: list of ${words(before)}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}
