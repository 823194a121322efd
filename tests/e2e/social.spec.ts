import { expect, test, type APIResponse } from "@playwright/test";
import { DOWN_PORT } from "../playwright.config";

// A shared link shows a card: the pages name a 1200×630 PNG for Open Graph and X, and it answers, even when the
// database does not.

async function pngSize(res: APIResponse): Promise<{ width: number; height: number }> {
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/png");
  const png = await res.body();
  // A PNG starts with its IHDR chunk: width and height are big-endian at bytes 16 and 20.
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test("the national page names its card for Open Graph and X, and the card is a 1200×630 PNG", async ({ page, request }) => {
  await page.goto("/");
  const og = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(og).toMatch(/\/opengraph-image/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", og!);
  const url = new URL(og!);
  expect(await pngSize(await request.get(url.pathname + url.search))).toEqual({ width: 1200, height: 630 });
});

test("a state's card is a 1200×630 PNG, and an unknown state has none", async ({ request }) => {
  expect(await pngSize(await request.get("/states/tx/opengraph-image"))).toEqual({ width: 1200, height: 630 });
  expect((await request.get("/states/zz/opengraph-image")).status()).toBe(404);
});

test("with the database down the cards are still images", async ({ request }) => {
  const down = `http://127.0.0.1:${DOWN_PORT}`;
  expect(await pngSize(await request.get(`${down}/opengraph-image`))).toEqual({ width: 1200, height: 630 });
  expect(await pngSize(await request.get(`${down}/states/tx/opengraph-image`))).toEqual({ width: 1200, height: 630 });
});

test("a browser asking for /favicon.ico gets the site's icon, as do pages' icon links", async ({ page, request }) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toMatch(/icon/);
  // An ICO file starts with a reserved zero and type 1.
  expect([...(await ico.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  await page.goto("/about");
  for (const href of await page.locator('link[rel~="icon"]').evaluateAll((ls) => ls.map((l) => l.getAttribute("href")!))) {
    expect((await request.get(href)).status(), href).toBe(200);
  }
});
