// The map's shape files are served by the running app, small and split by view.
import { expect, test } from "@playwright/test";

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
