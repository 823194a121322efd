// npm run bench:bundle: the JavaScript a first visit to each page downloads, gzip-compressed, against the budget
// of the national page. `next build` (16, Turbopack) no longer prints a "First Load JS" column, so it is measured
// here on the production server, two ways:
// - "HTML": every /_next/static/….js the page's HTML names (script tags, preloads, and the chunks of client
//   components named in its inline RSC payload);
// - "browser": every such file Chromium fetched while loading the page until the network was idle (adds chunks
//   loaded after hydration, such as the map's, which is imported on the client only).
// Each file is gzipped from .next/static at the default level; a chunk shared by several pages counts once per page.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { run, ROOT } from "./database";
import { table, withBenchServer } from "./bench-server";

/**
 * Every page's budget, in kilobytes (KiB) of gzip JavaScript a first load downloads (what the browser loads until the
 * network is idle; the `noModule` polyfills, which no browser with ES modules fetches, are not counted). The one
 * place budgets are set; `--check` fails when a page is over its own.
 *
 * Each is the page's size when set, rounded up by about half a kilobyte, so that any growth fails CI. The national
 * page's target of 130 KB is not reachable with Next 16 and React 19: the runtime every App Router page loads,
 * whatever it holds, is 133.4 KB (measured on /about, which has no client component of ours beyond the list-age
 * line and the two error boundaries, 1.4 KB together): React DOM's client alone is 62 KB of it, and Next's client
 * runtime (router, prefetching, the Server Components reader) with React itself about 70 KB. Built with webpack instead of Turbopack that
 * runtime is 131.5 KB; with Turbopack's experimental CommonJS tree shaking and scope hoisting, 133.0 KB: neither
 * reaches 130, and both were left out (December 2026, Next 16.4.6, React 19.3.1).
 */
//
// The header's search field (December 2026) is a plain form; its enhancer, which loads the suggestions on a field's
// first focus and the location code on a press, added 0.6 KB to every page (measured 134.0 on /about, 138.5 on /).
export const BUDGETS_KB: Record<string, number> = {
  "/": 139, // 138.5: the map's hover panel, zoom button, copy-link button and the charts' loaders; the search enhancer
  "/states/[code]": 139, // 138.5
  "/agreements": 134.5, // 134.0
  "/agencies/[slug]": 134.5, // 134.0
  "/changes": 134.5, // 134.0
  "/pending": 134.5, // 134.0
  "/about": 134.5, // 134.0
  "/counties/[fips]": 134.5, // 134.0: no client component of its own
  "/places/[geoid]": 134.5, // 134.0
};

/** The search field's suggestions, loaded when the field first gets focus, in KB gzip (the issue's limit). */
export const SUGGESTIONS_BUDGET_KB = 15;

const CHROME_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"];

const gzipped = new Map<string, number>();
/** Gzip size of a built static file, from its URL path (/_next/static/chunks/x.js). */
function gzipBytes(urlPath: string): number {
  const file = path.join(ROOT, ".next/static", decodeURIComponent(urlPath.replace(/^\/_next\/static\//, "")));
  if (!gzipped.has(file)) {
    if (!existsSync(file)) throw new Error(`${urlPath} is not in .next/static: is the server running another build?`);
    gzipped.set(file, gzipSync(readFileSync(file)).length);
  }
  return gzipped.get(file)!;
}

/**
 * Every /_next/static/….js the HTML names, once (the RSC payload escapes quotes, hence the loose match), less the
 * `noModule` polyfills that only browsers without ES modules download.
 */
export function scriptsNamedIn(html: string): string[] {
  const legacy = new Set([...html.matchAll(/<script\b[^>]*\bnoModule\b[^>]*>/gi)].map((m) => m[0].match(/src="([^"]+)"/)?.[1]));
  const found = new Set<string>();
  for (const m of html.matchAll(/\/_next\/static\/[A-Za-z0-9_\-.~%/]+?\.js(?![A-Za-z0-9])/g)) if (!legacy.has(m[0])) found.add(m[0]);
  return [...found];
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

run(async () => {
  const { values } = parseArgs({
    options: {
      "in-memory": { type: "boolean", default: false },
      // For CI: exit 1 when a page is over its budget.
      check: { type: "boolean", default: false },
      // For CI, after the tests built the app: measure that build, and fail rather than build again when it is stale.
      "no-build": { type: "boolean", default: false },
    },
  });
  const over: string[] = [];
  await withBenchServer({ inMemory: values["in-memory"], quiet: true, build: !values["no-build"] }, async ({ origin }) => {
    // A real agency: the first one the Texas agreements table links to.
    const agreements = await (await fetch(`${origin}/agreements?state=TX`)).text();
    const agency = agreements.match(/href="(\/agencies\/[^"?#]+)"/)?.[1];
    const pages: [route: string, url: string | undefined][] = [
      ["/", "/"],
      ["/states/[code]", "/states/tx"],
      ["/agreements", "/agreements"],
      ["/agencies/[slug]", agency],
      ["/changes", "/changes"],
      ["/pending", "/pending"],
      ["/about", "/about"],
      ["/counties/[fips]", "/counties/48201"],
      ["/places/[geoid]", "/places/0446000"],
    ];

    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROME_ARGS });
    const rows: (string | number)[][] = [];
    const loadedBy = new Map<string, number>();
    let measured = 0;
    try {
      for (const [route, url] of pages) {
        if (!url) {
          rows.push([route, "-", "-", "-", "no page found to measure"]);
          over.push(`${route} (no page found to measure)`);
          continue;
        }
        const res = await fetch(origin + url);
        const named = scriptsNamedIn(await res.text());
        const htmlBytes = named.reduce((s, u) => s + gzipBytes(u), 0);

        const page = await browser.newPage();
        const fetched = new Set<string>();
        page.on("response", (r) => {
          const p = new URL(r.url()).pathname;
          if (p.startsWith("/_next/static/") && p.endsWith(".js")) fetched.add(p);
        });
        await page.goto(origin + url, { waitUntil: "networkidle" });
        await page.close();
        const browserBytes = [...fetched].reduce((s, u) => s + gzipBytes(u), 0);
        measured++;
        for (const u of fetched) loadedBy.set(u, (loadedBy.get(u) ?? 0) + 1);

        const limit = BUDGETS_KB[route];
        const fits = limit === undefined || browserBytes / 1024 <= limit;
        const budget = limit === undefined ? "" : fits ? `≤ ${limit} KB: ok` : `> ${limit} KB: OVER`;
        if (!fits || res.status !== 200) over.push(`${url} (${res.status === 200 ? `${kb(browserBytes)} KB, budget ${limit} KB` : `answers ${res.status}`})`);
        rows.push([`${route}${url !== route ? ` (${url})` : ""}`, res.status, `${named.length} / ${kb(htmlBytes)}`, `${fetched.size} / ${kb(browserBytes)}`, budget]);
      }
      // What the search field loads on demand: its suggestions on focus, the location code when the button is pressed.
      const onDemand = async (action: (page: import("@playwright/test").Page) => Promise<void>, options = {}) => {
        const context = await browser.newContext(options);
        const page = await context.newPage();
        await page.goto(`${origin}/about`, { waitUntil: "networkidle" });
        const later = new Set<string>();
        page.on("response", (r) => {
          const p = new URL(r.url()).pathname;
          if (p.startsWith("/_next/static/") && p.endsWith(".js")) later.add(p);
        });
        await action(page);
        const loaded = [...later];
        await context.close();
        return loaded.reduce((s, u) => s + gzipBytes(u), 0);
      };
      const suggestions = await onDemand(async (page) => {
        await page.focus("#site-search");
        await page.keyboard.type("mesa");
        await page.waitForSelector('#site-search[aria-expanded="true"]');
      });
      // Houston, TX: the shapes' requests are not JavaScript and not counted.
      const locate = await onDemand(
        async (page) => {
          // Counted until the county's shapes arrive, before the county page's own scripts.
          const shapes = page.waitForResponse((r) => r.url().includes("/geo/counties/"));
          await page.getByRole("button", { name: "Find my county" }).click();
          await shapes;
        },
        { geolocation: { latitude: 29.76, longitude: -95.37 }, permissions: ["geolocation"] },
      );
      const fits = suggestions / 1024 <= SUGGESTIONS_BUDGET_KB;
      if (!fits) over.push(`search suggestions (${kb(suggestions)} KB, budget ${SUGGESTIONS_BUDGET_KB} KB)`);
      rows.push(["search suggestions, on focus", "", "", `${kb(suggestions)}`, fits ? `≤ ${SUGGESTIONS_BUDGET_KB} KB: ok` : `> ${SUGGESTIONS_BUDGET_KB} KB: OVER`]);
      rows.push(["use my location, on press", "", "", `${kb(locate)}`, ""]);
    } finally {
      await browser.close();
    }
    console.log("First-load JavaScript per page, KB gzip (files / KB)\n");
    console.log(table(["route", "status", "HTML names", "browser loads", "budget"], rows));
    const base = [...loadedBy].filter(([, n]) => n === measured).map(([u]) => u);
    console.log(`\nLoaded by every page above: ${base.length} files, ${kb(base.reduce((s, u) => s + gzipBytes(u), 0))} KB (React, Next's client runtime and code every page shares).`);
    console.log(`The budget applies to what the browser loads. Build ${readFileSync(path.join(ROOT, ".next/BUILD_ID"), "utf8").trim()}.`);
  });
  if (over.length && values.check) throw new Error(`over budget or not measured: ${over.join("; ")}`);
});
