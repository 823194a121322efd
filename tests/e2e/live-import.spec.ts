import { expect, test } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { freshDatabase } from "../../lib/db/fresh";
import { migrate } from "../../lib/db/migrate";
import { manifest, rawRows, ROOT, SEED } from "../helpers/source-files";
import { PORT } from "../playwright.config";

// The importer runs in its own process. What it commits must reach a running server, with no restart: the
// pages rendered per request at once, the cached permalinks within their refresh time.

const LIVE_PORT = PORT + 2;
const participating = manifest()
  .filter((m) => m.kind === "participating" && m.published && m.origin === "ice_spreadsheet")
  .sort((a, b) => a.published.localeCompare(b.published));
const [earlier, later] = [participating.at(-2)!, participating.at(-1)!];
const longDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

test("an import in another process shows on the running dashboard without a restart", async ({ page }) => {
  test.setTimeout(180_000);
  // A database of its own: beside DATABASE_URL's when there is one, else an embedded one.
  const fresh = process.env.DATABASE_URL ? await freshDatabase(process.env.DATABASE_URL, "test") : null;
  const embedded = fresh ? null : await startEmbeddedPostgres({ dataDir: null });
  const url = fresh?.url ?? embedded!.url;
  let server: ChildProcess | null = null;
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

    server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(LIVE_PORT)], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
    });
    const base = `http://127.0.0.1:${LIVE_PORT}`;
    await expect.poll(async () => (await fetch(`${base}/api/health`).catch(() => null))?.status ?? 0, { timeout: 60_000 }).toBe(200);

    // The unfiltered pages are kept on disk with the build, and another server on this build may have rendered
    // them from another database: shown once, they are rendered again from this one.
    const shown = async (path: string, testId: string) => {
      await page.goto(`${base}${path}`);
      return page.getByTestId(testId).innerText();
    };
    const poll = { timeout: 60_000, intervals: [2_000] };
    await expect.poll(() => shown("/states/tx", "list-date"), poll).toBe(longDate(earlier.published));
    await expect.poll(() => shown("/", "newest-date"), poll).toBe(longDate(earlier.published));

    const run = await importer(later.file);
    expect(run.status, run.stderr).toBe(0);

    // A filtered view renders per request: the new list at once. The cached permalinks follow within their refresh time.
    expect(await shown("/?model=task-force", "newest-date")).toBe(longDate(later.published));
    expect(await shown("/states/tx?model=task-force", "list-date")).toBe(longDate(later.published));
    await expect.poll(() => shown("/", "newest-date"), poll).toBe(longDate(later.published));
    const texas = (await rawRows(path.join(SEED, later.file))).filter((r) => r.state === "TEXAS").length;
    await expect
      .poll(async () => [await shown("/states/tx", "list-date"), await page.getByTestId("count-agreements").innerText()], poll)
      .toEqual([longDate(later.published), texas.toLocaleString("en-US")]);
  } finally {
    server?.kill("SIGTERM");
    await fresh?.drop().catch(() => {});
    await embedded?.stop();
  }
});
