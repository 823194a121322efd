import path from "node:path";
import { defineConfig } from "@playwright/test";

const root = path.join(import.meta.dirname, "..");
// E2E_PORT moves both servers, so two checkouts can run their browser tests side by side.
export const PORT = Number(process.env.E2E_PORT ?? 3210);
export const DOWN_PORT = PORT + 1;

export default defineConfig({
  testDir: "e2e",
  outputDir: path.join(root, "test-results/e2e"),
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      // Debian's Chromium: Playwright cannot download its own browser on this network.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
    },
  },
  webServer: [
    {
      // The README's start command, on an embedded database in memory (or on DATABASE_URL when it is set).
      command: `node node_modules/tsx/dist/cli.mjs lib/cli/start.ts --port ${PORT} --in-memory`,
      cwd: root,
      // Tests never reach the internet: this server does not check ICE's page.
      env: { ICE_FETCH_EVERY: "off" },
      url: `http://127.0.0.1:${PORT}/api/health`,
      timeout: 240_000,
      stdout: "pipe",
    },
    {
      // The same build with a database that does not answer.
      command: `node node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${DOWN_PORT}`,
      cwd: root,
      env: { DATABASE_URL: "postgresql://postgres@127.0.0.1:9/unreachable", NEXT_TELEMETRY_DISABLED: "1" },
      url: `http://127.0.0.1:${DOWN_PORT}/robots.txt`,
      // Its expected "database unreachable" logs would bury the other output.
      stdout: "ignore",
      stderr: "ignore",
      timeout: 60_000,
    },
  ],
});
