// npm run bench:lighthouse: Lighthouse's four category scores (mobile defaults: emulated phone, throttled
// network and CPU), with total blocking time, largest contentful paint and layout shift, for the national page, a
// state page (unfiltered and filtered) and an agency page, on the production server. About 40 s a page and run.
//
// Lighthouse slows the CPU down 4× from the host's speed, which it estimates as `benchmarkIndex` (printed): the
// 4× default assumes a fast desktop (an index of about 1500). On a slower host the same page scores worse. The
// figures that count are the default run's; `--calibrated` adds a second table with the CPU slowdown Lighthouse's
// own calculator gives for this host's index (docs/throttling.md, "Calibrating the CPU slowdown"), clearly labelled.
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
  environment: { benchmarkIndex: number };
  runtimeError?: { message: string };
};

function lighthouse(url: string, cpuSlowdown?: number): Promise<Report> {
  const throttling = cpuSlowdown === undefined ? [] : [`--throttling.cpuSlowdownMultiplier=${cpuSlowdown}`];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LIGHTHOUSE_BIN, url, "--output=json", "--output-path=stdout", "--quiet", `--chrome-flags=${CHROME_FLAGS}`, ...throttling], {
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

/**
 * The CPU slowdown Lighthouse's calculator (lighthouse-cpu-throttling-calculator, linked from its throttling.md)
 * gives for a host's benchmarkIndex, to emulate the mid-tier phone the 4× default emulates on a fast desktop.
 */
export function calibratedSlowdown(benchmarkIndex: number): number {
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  return Math.max(1, 1 + (benchmarkIndex - 150) / 650);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

type Row = { url: string; status: number; reports: Report[]; error?: string };

function rowsOf(results: Row[]): (string | number)[][] {
  return results.map(({ url, status, reports, error }) => {
    if (!reports.length) return [url, status, ...CATEGORIES.map(() => "-"), "-", "-", "-", error ?? ""];
    // Each figure is the median of the runs, taken on its own.
    const score = (c: string) => {
      const xs = reports.map((r) => r.categories[c]?.score).filter((x): x is number => x != null);
      return xs.length ? Math.round(median(xs) * 100) : "-";
    };
    const value = (audit: string) => {
      const xs = reports.map((r) => r.audits[audit]?.numericValue).filter((x): x is number => x != null);
      return xs.length ? median(xs) : null;
    };
    const ms = (audit: string) => (value(audit) == null ? "-" : `${Math.round(value(audit)!)} ms`);
    const cls = value("cumulative-layout-shift");
    const errors = reports.map((r) => r.runtimeError?.message).filter(Boolean);
    return [url, status, ...CATEGORIES.map(score), ms("total-blocking-time"), ms("largest-contentful-paint"), cls == null ? "-" : cls.toFixed(3), [error, ...errors].filter(Boolean).join("; ")];
  });
}

// Run as a command (`tsx lib/cli/bench-lighthouse.ts`), not when a test imports calibratedSlowdown.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) run(async () => {
  const { values } = parseArgs({
    options: {
      "in-memory": { type: "boolean", default: false },
      // Runs per page; every figure printed is the median of the runs.
      runs: { type: "string", default: "1" },
      // Also measure with the CPU slowdown calibrated to this host (a second, labelled table).
      calibrated: { type: "boolean", default: false },
      // Measure the existing build, and fail rather than build again when it is stale.
      "no-build": { type: "boolean", default: false },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, not ${values.runs}`);
  await withBenchServer({ inMemory: values["in-memory"], quiet: true, build: !values["no-build"] }, async ({ origin }) => {
    // A real agency: the first one the Texas agreements table links to.
    const agency = (await (await fetch(`${origin}/agreements?state=TX`)).text()).match(/href="(\/agencies\/[^"?#]+)"/)?.[1];
    const urls = ["/", "/states/tx", "/states/tx?model=task-force", ...(agency ? [agency] : []), "/?metric=residents-task-force", "/states/tx?metric=residents-task-force"];
    const indexes: number[] = [];

    const measure = async (cpuSlowdown?: number): Promise<Row[]> => {
      const results: Row[] = [];
      for (const url of urls) {
        const status = (await fetch(origin + url)).status;
        // Lighthouse refuses an error page ("unable to reliably load"): the row says so instead.
        if (status !== 200) {
          results.push({ url, status, reports: [], error: `not measured: the page answers ${status}` });
          continue;
        }
        const row: Row = { url, status, reports: [] };
        for (let i = 0; i < runs; i++) {
          process.stderr.write(`lighthouse ${url}${cpuSlowdown ? ` (CPU ${cpuSlowdown.toFixed(1)}×)` : ""}, run ${i + 1} of ${runs}…\n`);
          try {
            const r = await lighthouse(origin + url, cpuSlowdown);
            row.reports.push(r);
            indexes.push(r.environment.benchmarkIndex);
          } catch (e) {
            row.error = (e as Error).message;
          }
        }
        results.push(row);
      }
      return results;
    };

    const head = ["URL", "status", ...CATEGORIES, "TBT", "LCP", "CLS", "error"];
    const byDefault = await measure();
    const index = indexes.length ? median(indexes) : null;
    console.log(`Lighthouse 12, mobile defaults (CPU slowdown 4×), scores out of 100${runs > 1 ? `, median of ${runs} runs` : ""}\n`);
    console.log(table(head, rowsOf(byDefault)));
    if (index != null) {
      const suggested = calibratedSlowdown(index);
      console.log(`\nThis host's benchmarkIndex (Lighthouse's estimate of its CPU): ${Math.round(index)} (median of ${indexes.length}, range ${Math.round(Math.min(...indexes))}–${Math.round(Math.max(...indexes))}).`);
      console.log(`The 4× default assumes an index near 1500; Lighthouse's calculator gives ${suggested.toFixed(1)}× for this host.`);
      if (values.calibrated) {
        const calibrated = await measure(suggested);
        console.log(`\nCALIBRATED to this host (CPU slowdown ${suggested.toFixed(1)}× instead of 4×; not the figures the targets are judged on)\n`);
        console.log(table(head, rowsOf(calibrated)));
      }
    }
  });
});
