import { expect, test } from "@playwright/test";
import { spawn } from "node:child_process";
import path from "node:path";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { freshDatabase } from "../../lib/db/fresh";
import { migrate } from "../../lib/db/migrate";
import { serveDashboard, type Served } from "../../lib/cli/serve";
import { manifest, rawRows, ROOT, SEED } from "../helpers/source-files";
import { PORT } from "../playwright.config";

// The importer runs in its own process. What it commits must reach every app server on the database, with no
// restart and no message from the importer: kept pages and filtered permalinks alike, within seconds.

const LIVE_PORTS = [PORT + 2, PORT + 3];
const participating = manifest()
  .filter((m) => m.kind === "participating" && m.published && m.origin === "ice_spreadsheet")
  .sort((a, b) => a.published.localeCompare(b.published));
const [earlier, later] = [participating.at(-2)!, participating.at(-1)!];
const longDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

test("an import in another process reaches two app servers on one database without a restart", async ({ page }) => {
  test.setTimeout(240_000);
  // A database of its own: beside DATABASE_URL's when there is one, else an embedded one.
  const fresh = process.env.DATABASE_URL ? await freshDatabase(process.env.DATABASE_URL, "test") : null;
  const embedded = fresh ? null : await startEmbeddedPostgres({ dataDir: null });
  const url = fresh?.url ?? embedded!.url;
  const servers: Served[] = [];
  try {
    await migrate(url);
    // Asynchronous: an embedded database answers from this very process, so it must not be blocked while the importer runs.
    const importer = (file: string) =>
      new Promise<{ status: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "lib/cli/import.ts", path.join(SEED, file)], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url } });
        let stderr = "";
        child.stderr.on("data", (d) => (stderr += d));
        child.on("close", (status) => resolve({ status, stderr }));
      });
    expect((await importer(earlier.file)).status).toBe(0);

    // Two app servers, as behind a load balancer: each with its own Next and its own kept answers.
    for (const port of LIVE_PORTS) servers.push(await serveDashboard({ databaseUrl: url, host: "127.0.0.1", port, quiet: true }));
    const bases = LIVE_PORTS.map((p) => `http://127.0.0.1:${p}`);
    for (const base of bases) await expect.poll(async () => (await fetch(`${base}/api/health`).catch(() => null))?.status ?? 0, { timeout: 60_000 }).toBe(200);

    const shown = async (address: string, testId: string) => {
      await page.goto(address);
      return page.getByTestId(testId).innerText();
    };
    const views = [
      { path: "/", testId: "newest-date" },
      { path: "/states/tx", testId: "list-date" },
      { path: "/states/tx?model=task-force", testId: "list-date" },
    ];
    // Every view shown (and so kept) on both servers before the import; a second visit is answered from what was kept.
    for (const base of bases) {
      for (const v of views) {
        expect(await shown(base + v.path, v.testId)).toBe(longDate(earlier.published));
        const again = await fetch(base + v.path);
        expect(again.headers.get("cache-control")).toMatch(/public/);
        expect(again.headers.get("etag")).toBeTruthy();
      }
    }

    const run = await importer(later.file);
    expect(run.status, run.stderr).toBe(0);

    const poll = { timeout: 15_000, intervals: [500] };
    for (const base of bases) for (const v of views) await expect.poll(() => shown(base + v.path, v.testId), poll).toBe(longDate(later.published));
    const texas = (await rawRows(path.join(SEED, later.file))).filter((r) => r.state === "TEXAS").length;
    for (const base of bases) {
      await page.goto(`${base}/states/tx`);
      await expect(page.getByTestId("count-agreements")).toHaveText(texas.toLocaleString("en-US"));
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await fresh?.drop().catch(() => {});
    await embedded?.stop();
  }
});
