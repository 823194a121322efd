// npm run bench:lighthouse: Lighthouse's four category scores (mobile defaults: emulated phone, throttled
// network and CPU), with total blocking time and largest contentful paint, for the national page, a state page
// (unfiltered and filtered) and an agency page, on the production server. About 40 s a page.
import { spawn } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import { run, ROOT } from "./database";
import { table, withBenchServer } from "./bench-server";

const LIGHTHOUSE_BIN = path.join(ROOT, "node_modules/lighthouse/cli/index.js");
const CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

type Report = {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
  runtimeError?: { message: string };
};

function lighthouse(url: string): Promise<Report> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LIGHTHOUSE_BIN, url, "--output=json", "--output-path=stdout", "--quiet", `--chrome-flags=${CHROME_FLAGS}`], {
      cwd: ROOT,
      // chrome-launcher finds the browser through CHROME_PATH.
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited with code ${code}: ${err.trim().split("\n").slice(-3).join(" ")}`));
      resolve(JSON.parse(out) as Report);
    });
  });
}

run(async () => {
  const { values } = parseArgs({ options: { "in-memory": { type: "boolean", default: false } } });
  await withBenchServer({ inMemory: values["in-memory"], quiet: true }, async ({ origin }) => {
    const rows: (string | number)[][] = [];
    // A real agency: the first one the Texas agreements table links to.
    const agency = (await (await fetch(`${origin}/agreements?state=TX`)).text()).match(/href="(\/agencies\/[^"?#]+)"/)?.[1];
    for (const url of ["/", "/states/tx", "/states/tx?model=task-force", ...(agency ? [agency] : []), "/?metric=residents-task-force", "/states/tx?metric=residents-task-force"]) {
      const status = (await fetch(origin + url)).status;
      // Lighthouse refuses an error page ("unable to reliably load"): the row says so instead.
      if (status !== 200) {
        rows.push([url, status, ...CATEGORIES.map(() => "-"), "-", "-", `not measured: the page answers ${status}`]);
        continue;
      }
      process.stderr.write(`lighthouse ${url}…\n`);
      try {
        const r = await lighthouse(origin + url);
        const score = (c: string) => (r.categories[c]?.score == null ? "-" : Math.round(r.categories[c].score! * 100));
        const ms = (audit: string) => (r.audits[audit]?.numericValue == null ? "-" : `${Math.round(r.audits[audit].numericValue!)} ms`);
        rows.push([url, status, ...CATEGORIES.map(score), ms("total-blocking-time"), ms("largest-contentful-paint"), r.runtimeError?.message ?? ""]);
      } catch (e) {
        rows.push([url, status, ...CATEGORIES.map(() => "-"), "-", "-", (e as Error).message]);
      }
    }
    console.log("Lighthouse 12, mobile defaults (scores out of 100)\n");
    console.log(table(["URL", "status", ...CATEGORIES, "TBT", "LCP", "error"], rows));
  });
});
