// npm run bench:queries: the database time of every page. Each page's view loader (lib/queries/views, what the page
// awaits before it draws) runs `--runs` times against DATABASE_URL (or the embedded database) with no kept read, one
// at a time, and the median, 95th percentile and slowest time of each are printed. A loader's queries run together,
// so a page's time bounds each of its queries. The database is read as it is: nothing is imported.
import os from "node:os";
import { parseArgs } from "node:util";
import { changesFeed } from "../feeds/changes";
import { forgetCachedReads } from "../queries/cache";
import { getAboutView } from "../queries/views/about";
import { getLedgerView } from "../queries/views/ledger";
import { getAgencyView } from "../queries/views/agency";
import { getChangesView } from "../queries/views/changes";
import { getCountiesView } from "../queries/views/counties";
import { getListTotalsView } from "../queries/views/list-totals";
import { getListsView } from "../queries/views/lists";
import { getNationalView } from "../queries/views/national";
import { getPendingListChangesView } from "../queries/views/pending-list-changes";
import { getPendingView } from "../queries/views/pending";
import { getStateView } from "../queries/views/state";
import { getFreshnessNotice, getStatusView } from "../queries/views/status";
import { listAgreementsView, listChangesView, listStatesView } from "../queries/views/tables";
import { getTrendsView } from "../queries/views/trends";
import { shadedModels } from "../view/coverage";
import { agreementsView, changesView, countiesView, ledgerView, nationalView, pendingChangesView, pendingView, stateView, trendsView } from "../view/filters";
import { table } from "./bench-server";
import { run, withDatabase } from "./database";

type Query = { page: string; load: () => Promise<unknown> };

/** Each page (and download or feed) as a visitor asks for it, through the same parsing of its address the page does. */
function pageQueries(): Query[] {
  const national = (q: Record<string, string>) => nationalView.parse(q).values;
  const state = (q: Record<string, string>) => {
    const v = stateView.parse(q).values;
    return { ...v, shaded: shadedModels(v.metric, v.model) };
  };
  const counties = (q: Record<string, string>) => {
    const v = countiesView.parse(q).values;
    return { ...v, shaded: shadedModels(v.metric, v.model) };
  };
  const changes = (q: Record<string, string>) => changesView.parse(q).values;
  return [
    { page: "every page: freshness notice", load: () => getFreshnessNotice() },
    { page: "/", load: () => getNationalView(national({})) },
    { page: "/?model=task-force&metric=residents-task-force", load: () => getNationalView(national({ model: "task-force", metric: "residents-task-force" })) },
    { page: "/?asOf=2025-06-30", load: () => getNationalView(national({ asOf: "2025-06-30" })) },
    { page: "/states", load: () => listStatesView(national({})) },
    { page: "/states/tx", load: () => getStateView("TX", state({})) },
    { page: "/states/tx?model=task-force", load: () => getStateView("TX", state({ model: "task-force" })) },
    { page: "/states/tx (link preview)", load: () => getListTotalsView({ state: "TX", asOf: null }) },
    { page: "/counties?state=tx", load: () => getCountiesView("TX", counties({ state: "tx" })) },
    { page: "/trends", load: () => getTrendsView({ state: null, models: [], asOf: null }) },
    { page: "/trends?state=fl", load: () => getTrendsView({ state: trendsView.parse({ state: "fl" }).values.state, models: [], asOf: null }) },
    { page: "/agreements", load: () => listAgreementsView(agreementsView.parse({}).values, { page: 1 }) },
    { page: "/agreements?q=sheriff&page=3", load: () => listAgreementsView(agreementsView.parse({ q: "sheriff" }).values, { page: 3 }) },
    { page: "/agencies/al-etowah-county-sheriffs-office", load: () => getAgencyView("al-etowah-county-sheriffs-office") },
    { page: "/changes", load: () => getChangesView(changes({}), { page: 1 }) },
    { page: "/changes?page=20", load: () => getChangesView(changes({}), { page: 20 }) },
    { page: "/changes?state=tx&model=task-force", load: () => getChangesView(changes({ state: "tx", model: "task-force" }), { page: 1 }) },
    { page: "/changes?change=removed&asOf=2025-12-31", load: () => getChangesView(changes({ change: "removed", asOf: "2025-12-31" }), { page: 1 }) },
    { page: "/download/changes.csv", load: () => listChangesView(changes({}), "all") },
    { page: "/changes/feed.xml", load: () => changesFeed("http://127.0.0.1", null) },
    { page: "/changes/pending", load: () => getPendingListChangesView(pendingChangesView.parse({}).values) },
    { page: "/pending", load: () => getPendingView(pendingView.parse({}).values, { page: 1 }) },
    { page: "/about", load: () => getAboutView() },
    { page: "/about/ledger", load: () => getLedgerView(ledgerView.parse({}).values, { page: 1 }) },
    { page: "/lists", load: () => getListsView({ page: 1 }) },
    { page: "/status", load: () => getStatusView() },
  ];
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export type QueryTiming = { page: string; p50: number; p95: number; max: number };

/** Runs every page's loader `runs` times (after one run that warms the connections), uncached, one at a time. */
export async function timePageQueries(runs: number): Promise<QueryTiming[]> {
  const out: QueryTiming[] = [];
  for (const q of pageQueries()) {
    forgetCachedReads();
    await q.load();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      forgetCachedReads();
      const t = performance.now();
      await q.load();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    out.push({ page: q.page, p50: pct(times, 50), p95: pct(times, 95), max: times.at(-1)! });
  }
  return out;
}

export function printQueryTimings(timings: QueryTiming[], budgetMs: number): void {
  console.log(
    table(
      ["page (its view loader)", "p50 ms", "p95 ms", "max ms", `p95 ≤ ${budgetMs} ms`],
      timings.map((t) => [t.page, t.p50.toFixed(1), t.p95.toFixed(1), t.max.toFixed(1), t.p95 <= budgetMs ? "yes" : "NO"]),
    ),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run(async () => {
    const { values } = parseArgs({ options: { runs: { type: "string", default: "20" }, budget: { type: "string", default: "50" } } });
    const runs = Number(values.runs);
    const budget = Number(values.budget);
    if (!(runs > 0) || !(budget > 0)) throw new Error("--runs and --budget (ms) must be positive numbers");
    await withDatabase(async (db, url) => {
      process.env.DATABASE_URL = url;
      (globalThis as { __prisma?: unknown }).__prisma = db;
      const [{ lists, rows }] = await db.$queryRaw<{ lists: number; rows: number }[]>`SELECT count(*)::int AS lists, sum(row_count)::int AS rows FROM snapshot`;
      console.log(`database: ${lists} lists, ${rows} rows; CPUs: ${os.availableParallelism()}; ${runs} runs of each page's loader, uncached, one at a time`);
      printQueryTimings(await timePageQueries(runs), budget);
    });
  });
}
