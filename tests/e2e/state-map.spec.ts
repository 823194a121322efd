import { expect, test, type Locator } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { foldName, participatingFiles } from "../helpers/raw-keys";
import { modelOf, rawRecords, ROOT, SEED } from "../helpers/source-files";

// The state view's county map, a file of its own (/states/[code]/map.svg) shown where the map sits: each county
// shaded and titled by the URL's filters with the numbers ICE's files give, its details on hover, a key that says
// what each shade means, and the same map without any script. Galveston County, Texas: every agency ICE's files list
// under it (their COUNTY column) is a local agency placed in it, so its numbers can be read off the files.

const COUNTY = "Galveston County";
const WORDS = { JEM: "Jail Enforcement", TFM: "Task Force", WSO: "Warrant Service Officer" } as const;
// county_population.csv: 48,48167,Texas,Galveston County,367407
const GALVESTON_RESIDENTS = 367_407;
const fmt = (n: number) => n.toLocaleString("en-US");

/** Galveston County's agreements on the list of `published`, of one model or all, as ICE's file has them. */
async function galveston(published: string, only?: keyof typeof WORDS) {
  const file = participatingFiles().find((m) => m.published === published)!;
  const rows = (await rawRecords(path.join(SEED, file.file))).filter((r) => r.state === "TEXAS" && r.county === COUNTY && (!only || modelOf(r.support) === only));
  // A state agency would serve the whole state, whatever county ICE wrote: none here.
  expect(rows.filter((r) => /state/i.test(r.type))).toEqual([]);
  const models = (["JEM", "TFM", "WSO"] as const).map((m) => [m, rows.filter((r) => modelOf(r.support) === m).length] as const).filter(([, n]) => n > 0);
  return {
    agreements: rows.length,
    agencies: new Set(rows.map((r) => foldName(r.agency))).size,
    models,
    /** The county's title on the map, as ICE's numbers read. */
    title: `${COUNTY}: ${fmt(rows.length)} agreements (${models.map(([m, n]) => `${WORDS[m]} ${fmt(n)}`).join(", ")})`,
  };
}

/** The legend's swatch colour for a count: its classes read "1", "2–3", "6 or more". */
async function legendColourFor(legend: Locator, value: number): Promise<string> {
  for (const item of await legend.locator("ul").first().getByRole("listitem").all()) {
    const m = (await item.innerText()).trim().match(/^([\d,]+)(?:–([\d,]+)| or more)?$/);
    if (!m) continue;
    const [min, max] = [Number(m[1].replace(/,/g, "")), m[2] ? Number(m[2].replace(/,/g, "")) : /or more/.test(m[0]) ? Infinity : Number(m[1].replace(/,/g, ""))];
    if (value >= min && value <= max) return item.locator("span").first().evaluate((s) => getComputedStyle(s).backgroundColor);
  }
  throw new Error(`no class of the legend holds ${value}`);
}

const newest = participatingFiles().at(-1)!.published;

test("Texas: a county's shade, title and details follow the model filter, with the key", async ({ page }) => {
  const all = await galveston(newest);
  const taskForce = await galveston(newest, "TFM");
  expect(taskForce.agreements).toBeLessThan(all.agreements);

  for (const [url, want] of [
    ["/states/tx", all],
    ["/states/tx?model=task-force", taskForce],
  ] as const) {
    await page.goto(url);
    const map = page.getByTestId("state-map");
    const legend = page.getByTestId("map-legend");
    await expect(legend.locator("p").first()).toHaveText("Agreements per county");
    // The map put inline: the county is a shape of it, titled with its numbers and shaded as the key says.
    const county = map.locator(`[data-name="${COUNTY}"]`);
    await expect(county.locator("title")).toHaveText(want.title);
    expect(await county.evaluate((el) => getComputedStyle(el).fill)).toBe(await legendColourFor(legend, want.agreements));
    // Pointing at it shows its numbers under the map, model by model.
    await expect(page.getByTestId("map-info")).toHaveText("Point at a county to see its numbers here; each county opens its own page.");
    await county.dispatchEvent("pointerover");
    const info = page.getByTestId("map-info");
    await expect(info).toContainText(`${COUNTY}: ${fmt(want.agreements)} agreements, ${fmt(want.agencies)} agencies`);
    for (const [m, n] of want.models) await expect(info.getByRole("listitem").filter({ hasText: WORDS[m] })).toHaveText(`${WORDS[m]} ${fmt(n)}`);
    // Markers are in the key; the map's table is a link away.
    await expect(legend).toContainText("Task Force");
    await expect(map.getByRole("link", { name: "Table: agreements by county" })).toBeVisible();
  }
});

test("without scripts the same map shows as an image, with its text alternative and the link to its table; scripts put it inline in the same box", async ({ browser }) => {
  const url = "/states/tx?model=task-force";
  const viewport = { width: 1366, height: 900 };
  const context = await browser.newContext({ javaScriptEnabled: false, viewport });
  const page = await context.newPage();
  await page.goto(url);
  const image = page.getByTestId("state-map").getByRole("img", { name: "Map of Texas's counties, shaded by agreements, with agencies placed on towns marked." });
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute("src", "/states/tx/map.svg?model=task-force");
  // Drawn: the browser read the file as an image.
  await expect.poll(() => image.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
  await expect(page.getByTestId("state-map").getByRole("link", { name: "Table: agreements by county" })).toBeVisible();
  // Its place in the figure (the banner above the page may differ with scripts).
  const place = async (map: Locator) => {
    const [box, figure] = [await map.boundingBox(), await map.page().getByTestId("state-map").boundingBox()];
    return { x: box!.x - figure!.x, y: box!.y - figure!.y, width: box!.width, height: box!.height };
  };
  const before = await place(image);
  await context.close();

  // With scripts, the inline map takes the image's place and its box: nothing below it moves.
  const live = await browser.newPage({ viewport });
  await live.goto(url);
  const inline = live.getByTestId("state-map").getByRole("group", { name: "Map of Texas's counties, shaded by agreements, with agencies placed on towns marked." });
  await expect(inline).toBeVisible();
  expect(await place(inline)).toEqual(before);
  await live.close();
});

test("the map's file: per view, kept like a page with an ETag, every county drawn; an unknown state is a 404", async ({ request }) => {
  const res = await request.get("/states/tx/map.svg?model=task-force");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("image/svg+xml");
  expect(res.headers()["cache-control"]).toMatch(/^public, /);
  const etag = res.headers().etag;
  expect(etag).toBeTruthy();
  const svg = await res.text();
  // Texas has 254 counties (the Census Bureau's county list), each a shape and a link to its page with the view's filters.
  expect(svg.match(/<a href="\/counties\/48\d{3}\?model=task-force" fill="[^"]+" aria-label="[^"]+" class="outline-none" data-opens="[^"]+" data-area=""[^>]*><title>[^<]*<\/title><path d="[^"]+"\/><\/a>/g)).toHaveLength(254);
  expect(svg).toContain(`<title>${(await galveston(newest, "TFM")).title}</title>`);
  expect((await request.get("/states/tx/map.svg?model=task-force", { headers: { "If-None-Match": etag } })).status()).toBe(304);

  // An older list, and the share of residents: the numbers follow the address.
  const march = await (await request.get("/states/tx/map.svg?asOf=2025-03-31")).text();
  expect(march).toContain(`<title>${(await galveston("2025-03-31")).title}</title>`);
  const counties = parse(readFileSync(path.join(ROOT, "prisma/seed/census/county_population.csv")), { columns: true }) as { county_fips: string; population: string }[];
  expect(Number(counties.find((c) => c.county_fips === "48167")!.population)).toBe(GALVESTON_RESIDENTS);
  const shares = await (await request.get("/states/tx/map.svg?metric=residents-task-force")).text();
  expect(shares).toContain(`<title>${COUNTY}: 100\u00a0% of ${fmt(GALVESTON_RESIDENTS)} residents (county sheriff&#39;s agreement)</title>`);

  const unknown = await request.get("/states/zz/map.svg");
  expect(unknown.status()).toBe(404);
  expect(unknown.headers().etag).toBeUndefined();
});
