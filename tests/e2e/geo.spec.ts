// The map's shape files are served by the running app, small and split by view.
import { expect, test } from "@playwright/test";
import { manifest } from "../helpers/source-files";

test("the national shape file has every state and territory outline, and no county", async ({ request }) => {
  const res = await request.get("/geo/states.json");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/json");
  const t = await res.json();
  const ids: string[] = t.objects.states.geometries.map((g: { id: string }) => g.id);
  expect(ids).toEqual(expect.arrayContaining(["01", "48", "66", "69", "72"]));
  expect(t.objects.counties).toBeUndefined();
  expect(res.headers()["cache-control"]).toContain("max-age=86400");
});

test("a state's shape file has its counties; an unknown state's is a 404", async ({ request }) => {
  const t = await (await request.get("/geo/counties/tx.json")).json();
  expect(t.objects.counties.geometries).toHaveLength(254);
  expect((await request.get("/geo/counties/zz.json")).status()).toBe(404);
});

test.describe("an agency page shows where the agency serves", () => {
  const shots = async (page: import("@playwright/test").Page, name: string) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: `test-results/screens/${name}-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `test-results/screens/${name}-phone.png`, fullPage: true });
  };

  test("a sheriff: its county, shaded on the state's map", async ({ page }) => {
    await page.goto("/agencies/al-etowah-county-sheriffs-office");
    const where = page.getByTestId("placement");
    await expect(where.locator("figcaption")).toContainText("Etowah County, Alabama");
    await expect(where.getByRole("img", { name: /Map of Alabama/ })).toBeVisible();
    // Alabama's 67 counties (drawn from the state's sprite file), one of them shaded: Etowah.
    await expect(where.locator("svg").locator("use, path")).toHaveCount(67);
    const shaded = where.locator('svg [fill="#1d4ed8"]');
    await expect(shaded).toHaveCount(1);
    // Visible only once the sprite file's outline is drawn: an empty <use> has no box.
    await expect(shaded).toBeVisible();
    await expect(shaded.locator("title")).toContainText("Etowah");
  });

  test("a town's police: the town, in its county, marked on the map", async ({ page }) => {
    await page.goto("/agencies/ky-winchester-police-department");
    const where = page.getByTestId("placement");
    await expect(where.locator("figcaption")).toContainText("Winchester, Clark County, Kentucky");
    await expect(where.locator("circle")).toHaveCount(1);
    await shots(page, "agency-placement-town");
  });

  test("a state agency serves the whole state, whatever county ICE wrote", async ({ page }) => {
    await page.goto("/agencies/ar-arkansas-department-of-corrections");
    await expect(page.getByTestId("placement").locator("figcaption")).toContainText("Serves all of Arkansas");
    await shots(page, "agency-placement-state");
  });
});

test("the about page explains placement, with the newest list's figures, and credits GeoNames", async ({ page }) => {
  const newest = manifest()
    .filter((m) => m.kind === "participating" && m.published)
    .map((m) => m.published)
    .sort()
    .at(-1)!;
  const long = new Date(`${newest}T00:00:00Z`).toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
  await page.goto("/about");
  await expect(page.getByRole("heading", { name: "Where agencies are on the map" })).toBeVisible();
  const quality = page.getByTestId("placement-quality");
  await expect(quality).toContainText(`On the list of ${long}`);
  const placed = Number((await quality.innerText()).match(/([\d.]+) % of its/)![1]);
  expect(placed).toBeGreaterThanOrEqual(95);
  await expect(page.getByRole("link", { name: "GeoNames" }).first()).toHaveAttribute("href", "https://www.geonames.org/");
});

test("the API gives each agency's placement", async ({ request }) => {
  const list = await (await request.get("/api/v1/agencies?state=ky&q=winchester")).json();
  const winchester = list.data.find((a: { agency: string }) => a.agency === "Winchester Police Department");
  expect(winchester.placement).toMatchObject({ level: "place", place: "Winchester", countyFips: "21049", county: "Clark County", method: "place-name" });
  const etowah = (await (await request.get("/api/v1/agencies/al-etowah-county-sheriffs-office")).json()).data;
  expect(etowah.placement).toMatchObject({ level: "county", countyFips: "01055", county: "Etowah County", method: "county-name", confidence: "high" });
});
