// Every view as a reader meets it at a phone's and a laptop's width: a how-to-cite line naming the list and its date
// (the date the page shows) with the view's own address; one type scale, so a page title, a section heading and a
// heading inside a section look the same on every page; and no page that scrolls sideways. The list dates are read
// from ICE's manifest, never from the app.
import { expect, test } from "@playwright/test";
import { manifest } from "../helpers/source-files";

const newestOf = (kind: string) =>
  manifest()
    .filter((m) => m.kind === kind && m.published)
    .map((m) => m.published)
    .sort()
    .at(-1)!;
const longDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
const PARTICIPATING = longDate(newestOf("participating"));
const PENDING = longDate(newestOf("pending"));

// Every view, by the list it stands on: the pending views on the pending list, the others on the participating list.
const VIEWS: [string, "participating" | "pending"][] = [
  ["/", "participating"],
  ["/states", "participating"],
  ["/states/tx", "participating"],
  ["/states/tx?model=task-force", "participating"],
  ["/counties?state=tx", "participating"],
  ["/counties/48201", "participating"],
  ["/places/0446000", "participating"],
  ["/trends", "participating"],
  ["/agreements?state=fl&model=jail", "participating"],
  ["/agencies/al-etowah-county-sheriffs-office", "participating"],
  ["/changes", "participating"],
  ["/changes/pending", "pending"],
  ["/pending", "pending"],
  ["/about", "participating"],
  ["/about/ledger", "participating"],
  ["/lists", "participating"],
  ["/api", "participating"],
  ["/status", "participating"],
  ["/search?q=harris", "participating"],
];

for (const width of [390, 1366]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("every view says how to cite it: its list, the date the page shows, and its own address", async ({ page, baseURL }) => {
      test.setTimeout(120_000);
      for (const [url, kind] of VIEWS) {
        await page.goto(url);
        const day = kind === "pending" ? PENDING : PARTICIPATING;
        const cite = page.getByTestId("cite");
        await expect(cite, url).toHaveCount(1);
        await expect(cite, url).toBeVisible();
        // (The quotation marks around the citation are the <q> element's, drawn by CSS.)
        await expect(cite, url).toHaveText(`How to cite: ICE 287(g) ${kind} list of ${day}, via the 287(g) agreements dashboard, ${baseURL}${url}.`);
        // The page shows that date elsewhere too (its freshness line, its source or its headline).
        expect(await page.locator("body").evaluate((b, d) => (b as HTMLElement).innerText.split(d).length - 1, day), url).toBeGreaterThanOrEqual(2);
        // The cite line fits the screen: nothing of it is cut at the right edge.
        const box = (await cite.boundingBox())!;
        expect(box.x + box.width, url).toBeLessThanOrEqual(width);
      }
    });

    test("one type scale: titles, section headings and headings in sections are the same size on every page, and nothing scrolls sideways", async ({ page }) => {
      test.setTimeout(120_000);
      const sizes = { h1: new Map<string, string[]>(), h2: new Map<string, string[]>(), h3: new Map<string, string[]>() };
      for (const [url] of [...VIEWS, ["/no-such-page"]]) {
        await page.goto(url);
        const seen = await page.evaluate(() =>
          Object.fromEntries(
            (["h1", "h2", "h3"] as const).map((tag) => [
              tag,
              [...document.querySelectorAll(`main ${tag}`)]
                // Headings for screen readers only are 1 px boxes.
                .filter((e) => e.getBoundingClientRect().width > 1)
                .map((e) => `${getComputedStyle(e).fontSize} ${getComputedStyle(e).fontWeight}`),
            ]),
          ),
        );
        for (const tag of ["h1", "h2", "h3"] as const) for (const s of seen[tag]) sizes[tag].set(s, [...(sizes[tag].get(s) ?? []), url]);
        expect(seen.h1, url).toHaveLength(1);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${url} scrolls sideways`).toBeLessThanOrEqual(width);
      }
      for (const tag of ["h1", "h2", "h3"] as const) expect(Object.fromEntries(sizes[tag]), `${tag}: one size and weight on every page`).toEqual({ [[...sizes[tag].keys()][0]]: expect.anything() });
      // A title is larger than a section heading, which is larger than a heading in a section, which is at least the body's size.
      const px = (tag: "h1" | "h2" | "h3") => parseFloat([...sizes[tag].keys()][0]);
      expect(px("h1")).toBeGreaterThan(px("h2"));
      expect(px("h2")).toBeGreaterThan(px("h3"));
      expect(px("h3")).toBeGreaterThanOrEqual(16);
    });

    test("sections, and headings from what they head, are spaced alike on every view", async ({ page }) => {
      const gaps = new Map<string, string[]>();
      const headings = new Map<string, string[]>();
      for (const [url] of VIEWS) {
        await page.goto(url);
        // The space between the page's own sections: the gap under each block of the view's outer column.
        const gap = await page.locator("main > div").first().evaluate((d) => {
          const kids = [...d.children].filter((k) => k.getBoundingClientRect().height > 0);
          return kids.length > 1 ? `${Math.round(kids[1].getBoundingClientRect().top - kids[0].getBoundingClientRect().bottom)}` : "none";
        });
        gaps.set(gap, [...(gaps.get(gap) ?? []), url]);
        // A section's heading sits as far from what it heads on every page.
        const under = await page.locator("main section > h2:first-child").evaluateAll((hs) =>
          hs
            .filter((h) => h.getBoundingClientRect().width > 1 && h.nextElementSibling)
            .map((h) => `${Math.round(h.nextElementSibling!.getBoundingClientRect().top - h.getBoundingClientRect().bottom)}`),
        );
        for (const g of under) headings.set(g, [...(headings.get(g) ?? []), url]);
      }
      expect(Object.fromEntries(gaps)).toEqual({ "32": expect.anything() });
      expect(Object.fromEntries(headings)).toEqual({ "12": expect.anything() });
    });
  });
}
