import { expect, test } from "@playwright/test";
import { manifest, reference } from "../helpers/source-files";
import { DOWN_PORT } from "../playwright.config";

// Expected figures come from ICE's files: the newest shipped participating list and its reference counts.
const newest = manifest()
  .filter((m) => m.kind === "participating" && m.published)
  .sort((a, b) => a.published.localeCompare(b.published))
  .at(-1)!;
const newestPending = manifest()
  .filter((m) => m.kind === "pending" && m.published)
  .sort((a, b) => a.published.localeCompare(b.published))
  .at(-1)!;
const ref = reference().find((r) => r.ice_file_name === newest.ice_file_name)!;
const fmt = (n: string | number) => Number(n).toLocaleString("en-US");
const longDate = new Date(`${newest.published}T00:00:00Z`).toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

test("the national overview shows the newest ICE list's counts", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/287\(g\)/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ICE 287(g) agreements");
  await expect(page.getByTestId("newest-date")).toHaveText(longDate);
  await expect(page.getByTestId("count-agreements")).toHaveText(fmt(ref.rows));
  await expect(page.getByTestId("count-states")).toHaveText(fmt(ref.states));
  await expect(page.getByTestId("model-jail").getByTestId("agreements")).toHaveText(fmt(ref.JEM));
  await expect(page.getByTestId("model-task-force").getByTestId("agreements")).toHaveText(fmt(ref.TFM));
  await expect(page.getByTestId("model-wso").getByTestId("agreements")).toHaveText(fmt(ref.WSO));
  await expect(page.getByTestId("pending-count")).toHaveText(fmt(newestPending.rows));
  await expect(page.getByRole("link", { name: /ICE.s 287\(g\) page/ })).toHaveAttribute("href", "https://www.ice.gov/identify-and-arrest/287g");
  await page.screenshot({ path: "test-results/screens/home-desktop.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/screens/home-phone.png", fullPage: true });
});

test("keyboard users can skip to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("every response carries the security headers", async ({ request }) => {
  const res = await request.get("/");
  const h = res.headers();
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["strict-transport-security"]).toContain("max-age=");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBeTruthy();
  expect(h["x-powered-by"]).toBeUndefined();
});

test("the health check names the newest list", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", newestSnapshot: newest.published });
});

test("a mistyped address gets a friendly 404", async ({ page }) => {
  const res = await page.goto("/statse/tx");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: /national overview/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ICE 287(g) agreements");
  await page.goto("/statse/tx");
  await page.screenshot({ path: "test-results/screens/not-found.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/screens/not-found-phone.png", fullPage: true });
});

test.describe("with the database down", () => {
  const down = `http://127.0.0.1:${DOWN_PORT}`;
  test("the health check answers 503", async ({ request }) => {
    const res = await request.get(`${down}/api/health`);
    expect(res.status()).toBe(503);
    expect(await res.json()).toMatchObject({ status: "unavailable" });
  });
  test("the page says so plainly, with no stack trace or SQL", async ({ page }) => {
    // This server is Next alone: every page renders per request. (Behind npm start's layer, answers kept before
    // the database stopped are served on until they expire.)
    for (const address of ["/", "/?model=task-force"]) {
      await page.goto(`${down}${address}`);
      await expect(page.getByRole("heading", { name: "This page could not be loaded" })).toBeVisible();
    }
    await expect(page.getByRole("heading", { name: "This page could not be loaded" })).toBeVisible();
    const text = await page.locator("body").innerText();
    expect(text).not.toMatch(/ECONNREFUSED|SELECT|prisma|at \w+ \(/i);
    await page.screenshot({ path: "test-results/screens/database-down.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/screens/database-down-phone.png", fullPage: true });
  });
});
