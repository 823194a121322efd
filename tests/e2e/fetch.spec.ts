import { expect, test } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync, zipSync } from "fflate";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { freshDatabase } from "../../lib/db/fresh";
import { icePage, serveFile, startIceSite } from "../helpers/ice-site";
import { manifest, ROOT, SEED } from "../helpers/source-files";
import { PORT } from "../playwright.config";

// The dashboard as deployed: npm start checking a local stand-in for ICE's page every 10 s. A list ICE publishes after
// start-up reaches the national view without a restart; when ICE's page then fails, the site keeps the last good list
// and says the check failed.

const APP_PORT = PORT + 5;
const ICE_PORT = PORT + 6;
const newestShipped = (kind: string) => manifest().filter((m) => m.kind === kind && m.published).sort((a, b) => a.published.localeCompare(b.published)).at(-1)!;
const shippedParticipating = newestShipped("participating");
const shippedPending = newestShipped("pending");
// Every real ICE list of the period is shipped. ICE often published its list again unchanged in new bytes (44 times
// from 2025 to 2026): the newest shipped list, unzipped and zipped again, is such a list, served as if ICE had
// published it two days ago.
const NEWER_FILE = path.join(mkdtempSync(path.join(tmpdir(), "ice-")), "participatingAgencies.xlsx");
writeFileSync(NEWER_FILE, zipSync(unzipSync(readFileSync(path.join(SEED, shippedParticipating.file))), { level: 9 }));
const newer = { rows: shippedParticipating.rows, TFM: shippedParticipating.task_force };
const publishedAt = new Date(Date.now() - 2 * 86_400_000);
const newerDay = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(publishedAt);
const longDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
const fmt = (n: string | number) => Number(n).toLocaleString("en-US");
const daysOld = (iso: string) => Math.floor((Date.now() - Date.parse(`${iso}T00:00:00Z`)) / 86_400_000);

// The test server never checks ICE's page and serves the shipped lists, whose newest is months old.
const newestShippedDay = shippedParticipating.published;
for (const address of ["/", "/agreements", "/pending", "/about", "/states/tx", "/changes"]) {
  test(`${address} says near the top how old the newest list is, and why the figures may be out of date`, async ({ page }) => {
    await page.goto(address);
    const notice = page.getByTestId("freshness");
    await expect(notice.getByTestId("freshness-date")).toHaveText(longDate(newestShippedDay));
    await expect(notice.getByTestId("list-age")).toHaveText(`${daysOld(newestShippedDay)} days old`);
    await expect(notice.getByTestId("stale-warning")).toHaveText(
      "The figures may be out of date: ICE’s newest list here is more than two weeks old. This site has not checked ICE’s page for a newer list.",
    );
    // Above the page's own heading.
    const [noticeBox, headingBox] = [await notice.boundingBox(), await page.getByRole("heading", { level: 1 }).boundingBox()];
    expect(noticeBox!.y).toBeLessThan(headingBox!.y);
    if (address === "/pending") {
      await expect(page.getByTestId("pending-standstill")).toContainText(`has not changed since the file it last published, of ${longDate(shippedPending.published)}`);
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.screenshot({ path: "test-results/screens/pending-desktop.png" });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: "test-results/screens/pending-phone.png" });
    }
  });
}

test("a page kept in a cache still gives the list's right age: the browser counts the days", async ({ page }) => {
  // The browser's clock ten days ahead of the server's, as when a page rendered ten days ago is served from a cache.
  await page.clock.setFixedTime(new Date(Date.now() + 10 * 86_400_000));
  await page.goto("/about");
  await expect(page.getByTestId("list-age")).toHaveText(`${daysOld(newestShippedDay) + 10} days old`);
});

// Last: its server writes the kept pages of this build, which the other servers of the run also read.
test("a list ICE publishes reaches the running dashboard; a failing ICE page keeps the last good list and shows the failed check", async ({ page }) => {
  test.setTimeout(720_000);
  const site = await startIceSite(ICE_PORT);
  const PAGE = "/identify-and-arrest/287g";
  const links = [
    { href: "/doclib/about/offices/ero/287g/participatingAgencies.xlsx", text: "Participating Agencies" },
    { href: "/doclib/about/offices/ero/287g/pendingAgencies.xlsx", text: "Pending Agencies" },
  ];
  site.routes.set(PAGE, icePage(links));
  site.routes.set(links[0].href, serveFile(path.join(SEED, shippedParticipating.file), { "Last-Modified": new Date(`${shippedParticipating.published}T14:00:00Z`).toUTCString() }));
  site.routes.set(links[1].href, serveFile(path.join(SEED, shippedPending.file)));

  const fresh = process.env.DATABASE_URL ? await freshDatabase(process.env.DATABASE_URL, process.env.TEST_DB_PREFIX ?? "test") : null;
  const embedded = fresh ? null : await startEmbeddedPostgres({ dataDir: null });
  const url = fresh?.url ?? embedded!.url;
  let app: ChildProcess | null = null;
  let log = "";
  try {
    app = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "lib/cli/start.ts", "--port", String(APP_PORT)], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, ICE_PAGE_URL: `${site.base}${PAGE}`, ICE_FETCH_EVERY: "10s" },
      // Its own process group, so the end of the test stops next's server and any check with it.
      detached: true,
    });
    app.stdout!.on("data", (d) => (log += d));
    app.stderr!.on("data", (d) => (log += d));
    const base = `http://127.0.0.1:${APP_PORT}`;
    const health = async () => (await (await fetch(`${base}/api/health`).catch(() => null))?.json().catch(() => null)) as { lastCheck?: { outcome: string; error: string | null } } | null;
    await expect.poll(async () => (await fetch(`${base}/api/health`).catch(() => null))?.status ?? 0, { timeout: 240_000, intervals: [2_000] }).toBe(200);

    // The shipped lists, and a first check that found nothing newer.
    // On a busy machine a check, run at low priority, can take a while: the polls wait up to three minutes.
    const poll = { timeout: 180_000, intervals: [2_000] };
    await expect.poll(async () => (await health())?.lastCheck?.outcome, poll).toBe("nothing_new");
    // What `/` shows now: "" when the element is not on the page (the next poll loads the page again).
    const shown = async (testId: string) => {
      await page.goto(`${base}/`);
      const el = page.getByTestId(testId).first();
      return (await el.count()) ? el.innerText() : "";
    };
    await expect.poll(() => shown("freshness-date"), poll).toBe(longDate(shippedParticipating.published));

    // ICE publishes a newer list.
    site.routes.set(links[0].href, serveFile(NEWER_FILE, { "Last-Modified": publishedAt.toUTCString() }));
    await expect.poll(() => shown("newest-date"), poll).toBe(longDate(newerDay));
    await expect(page.getByTestId("count-agreements")).toHaveText(fmt(newer.rows));
    await expect(page.getByTestId("model-task-force").getByTestId("agreements")).toHaveText(fmt(newer.TFM));
    await expect(page.getByTestId("freshness-date")).toHaveText(longDate(newerDay));
    await expect(page.getByTestId("list-age")).toHaveText(`${daysOld(newerDay)} days old`);
    await expect(page.getByTestId("last-success")).toBeVisible();
    await expect(page.getByTestId("stale-warning")).toHaveCount(0);
    // The API and the feed carry the same date.
    const lists = (await (await fetch(`${base}/api/v1/snapshots?kind=participating`)).json()) as { data: { publishedOn: string }[] };
    expect(lists.data.at(-1)!.publishedOn).toBe(newerDay);
    // The same rows as the list before it: the feed, which has an entry per list that changed something, has none.
    expect(await (await fetch(`${base}/changes/feed.xml`)).text()).not.toContain(`/changes/participating-${newerDay}`);
    await page.goto(`${base}/pending`);
    await expect(page.getByTestId("pending-standstill")).toContainText(
      `ICE’s pending list has not changed since the file it last published, of ${longDate(shippedPending.published)}`,
    );
    await expect(page.getByTestId("pending-standstill")).toContainText(`the newest of ${longDate(newerDay)}`);
    await page.goto(`${base}/`);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: "test-results/screens/fetch-home-desktop.png" });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/screens/fetch-home-phone.png" });

    // ICE's page starts failing: the next checks fail, the site keeps the last good list and says so.
    site.routes.set(PAGE, (_q, s) => s.writeHead(500, { "Content-Type": "text/html" }).end("<html><body>Service Unavailable</body></html>"));
    await expect.poll(async () => (await health())?.lastCheck?.outcome, poll).toBe("failed");
    expect((await health())?.lastCheck?.error).toContain("could not read ICE's page: the server answered 500");
    await expect.poll(async () => (await shown("last-check-failed")).trim(), poll).toContain("the last check failed");
    await expect(page.getByTestId("newest-date")).toHaveText(longDate(newerDay));
    await expect(page.getByTestId("count-agreements")).toHaveText(fmt(newer.rows));

    await page.getByRole("link", { name: "checks" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Checks of ICE’s page");
    const rows = page.getByTestId("checks").locator(":scope > li");
    await expect(rows.first()).toContainText("Failed");
    await expect(rows.first()).toContainText("the server answered 500");
    await expect(page.getByTestId("checks")).toContainText("Imported");
    await expect(page.getByText(`participatingAgencies.xlsx (participating, ${fmt(statSync(NEWER_FILE).size)} bytes)`)).toBeVisible();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: "test-results/screens/status-desktop.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/screens/status-phone.png", fullPage: true });
  } catch (e) {
    console.log(log.slice(-4000));
    throw e;
  } finally {
    if (app?.pid && app.exitCode === null) {
      const exited = new Promise((r) => app!.once("exit", r));
      process.kill(-app.pid, "SIGTERM");
      await exited;
    }
    await site.close();
    await embedded?.stop();
    await fresh?.drop();
  }
});
