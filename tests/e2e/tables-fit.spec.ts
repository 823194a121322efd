// Every table as a reader meets it: on a desktop no table is clipped; on a phone the page never scrolls sideways,
// a table wider than the screen scrolls in its own box with its first column in view, its caption is never cut, and
// the model is always readable.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { manifest } from "../helpers/source-files";

// Every page with a table, with filters that give it rows.
const PAGES = [
  "/states",
  "/states/tx",
  "/agreements?state=tx",
  "/changes?state=tx",
  "/pending",
  "/about/ledger",
  "/lists",
  "/api",
  "/trends",
  "/counties?state=tx",
  "/changes/pending",
] as const;

const shot = (url: string) => url.replace(/^\//, "").replace(/[^a-z0-9]+/gi, "-") || "home";

/** Each scroll box's widths: the table's whole width and the part in view. */
const boxes = (page: Page) =>
  page.locator(".table-scroll").evaluateAll((els) =>
    els.filter((e) => e.getClientRects().length > 0).map((e) => ({ label: e.getAttribute("aria-label") ?? e.getAttribute("aria-labelledby") ?? e.querySelector("table")?.getAttribute("data-testid") ?? "", scrollWidth: e.scrollWidth, clientWidth: e.clientWidth })),
  );

/** The Model cells of a table: those under a column headed "Model". */
async function modelCells(table: Locator): Promise<Locator[]> {
  const heads = await table.locator("thead th").allInnerTexts();
  const col = heads.findIndex((h) => h.replace(/[↕▲▼]/g, "").trim() === "Model");
  if (col < 0) return [];
  // Rows that continue an agency's rowspan start at the model: count cells from the row's end instead.
  const fromEnd = heads.length - col;
  return (await table.locator("tbody tr").all()).slice(0, 12).map((tr) => tr.locator(`:scope > :nth-last-child(${fromEnd})`));
}

test.describe("at 1366 px", () => {
  test.use({ viewport: { width: 1366, height: 900 } });
  for (const url of PAGES) {
    test(`${url}: no table is clipped`, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator("table:visible").first()).toBeVisible();
      for (const b of await boxes(page)) expect(b.scrollWidth, `${url}: ${b.label}`).toBeLessThanOrEqual(b.clientWidth);
      await page.screenshot({ path: `test-results/screens/tables-${shot(url)}-1366.png` });
      await page.screenshot({ path: `test-results/screens/tables-${shot(url)}-1366-full.png`, fullPage: true });
    });
  }
  test("the table of states fits at 1280 px too, with every model's column", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/states");
    const box = page.locator("#states-table .table-scroll");
    const [sw, cw] = await box.evaluate((e) => [e.scrollWidth, e.clientWidth]);
    expect(sw).toBeLessThanOrEqual(cw);
    // The last column, whole and in view.
    const last = page.getByTestId("states-table").locator("thead th").last();
    await expect(last).toBeInViewport({ ratio: 1 });
  });
});

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const url of PAGES) {
    test(`${url}: the page does not scroll sideways, captions are whole, first columns stay, models are readable`, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator("table:visible").first()).toBeVisible();
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);

      // Captions outside a scroll box are wholly within the screen.
      for (const c of await page.getByTestId("table-caption").all()) {
        const r = (await c.boundingBox())!;
        expect(r.x).toBeGreaterThanOrEqual(0);
        expect(r.x + r.width).toBeLessThanOrEqual(390);
      }

      for (const box of await page.locator(".table-scroll").all()) {
        if (!(await box.isVisible())) continue;
        const table = box.locator("table");
        // A caption inside the box is no wider than the box.
        for (const c of await table.locator("caption:not(.sr-only)").all()) {
          const [r, b] = [(await c.boundingBox())!, (await box.boundingBox())!];
          expect(r.x + r.width, `${url}: ${await c.innerText()}`).toBeLessThanOrEqual(b.x + b.width + 1);
        }
        const inBox = (await box.boundingBox())!;
        for (const cell of await modelCells(table)) {
          // Not cut inside its cell, and wholly within the box before it is scrolled: readable without scrolling.
          const [sw, cw] = await cell.evaluate((e) => [e.scrollWidth, e.clientWidth]);
          expect(sw, `${url}: ${await cell.innerText()}`).toBeLessThanOrEqual(cw);
          const r = (await cell.boundingBox())!;
          expect(r.x + r.width, `${url}: ${await cell.innerText()}`).toBeLessThanOrEqual(inBox.x + inBox.width + 1);
        }
        const wide = await box.evaluate((e) => e.scrollWidth > e.clientWidth);
        if (!wide) continue;
        const first = table.locator("tbody tr:first-child > :first-child");
        // Scrolled to its far end, the table still shows its first column, whole.
        await box.evaluate((e) => e.scrollTo({ left: e.scrollWidth }));
        await expect.poll(() => box.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
        const [b, f] = [(await box.boundingBox())!, (await first.boundingBox())!];
        expect(f.x).toBeGreaterThanOrEqual(b.x - 1);
        expect(f.x + f.width).toBeLessThanOrEqual(b.x + b.width);
        await box.evaluate((e) => e.scrollTo({ left: 0 }));
      }
      await page.screenshot({ path: `test-results/screens/tables-${shot(url)}-390.png` });
      await page.screenshot({ path: `test-results/screens/tables-${shot(url)}-390-full.png`, fullPage: true });
    });
  }
});

test("every view's source says how to cite it, with its list's date as sentences write it", async ({ page }) => {
  const newest = manifest()
    .filter((m) => m.kind === "participating" && m.published)
    .map((m) => m.published)
    .sort()
    .at(-1)!;
  const day = new Date(`${newest}T00:00:00Z`).toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
  for (const url of ["/", "/states", "/states/tx", "/agreements?state=fl&model=jail", "/changes", "/trends", "/counties?state=tx"]) {
    await page.goto(url);
    await expect(page.getByTestId("cite"), url).toContainText(`ICE 287(g) participating list of ${day}, via the 287(g) agreements dashboard`);
    await expect(page.getByTestId("source"), url).toContainText(`published ${day}`);
  }
});
