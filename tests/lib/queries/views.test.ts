// Each view's loader (lib/queries/views) on the whole shipped history: what its page shows, checked against ICE's
// files as read straight from the spreadsheets and the manifest; and the table loaders giving a page of a view the
// same rows as its download, which reads every row through the same loader.
import { describe, expect, it } from "vitest";
import { getAboutView } from "../../../lib/queries/views/about";
import { getLedgerView } from "../../../lib/queries/views/ledger";
import { getAgencyView } from "../../../lib/queries/views/agency";
import { getChangesView } from "../../../lib/queries/views/changes";
import { getCountiesView } from "../../../lib/queries/views/counties";
import { getListTotalsView } from "../../../lib/queries/views/list-totals";
import { getNationalView } from "../../../lib/queries/views/national";
import { getPendingView } from "../../../lib/queries/views/pending";
import { getPendingListChangesView } from "../../../lib/queries/views/pending-list-changes";
import { getStateView, type StateViewFilters } from "../../../lib/queries/views/state";
import { getStatusView } from "../../../lib/queries/views/status";
import { listAgreementsView, listLedgerView, listPendingChangesView, listStatesView, TABLE_LOADERS } from "../../../lib/queries/views/tables";
import { getTrendsView } from "../../../lib/queries/views/trends";
import { useSeededDataLayerDatabase } from "../../helpers/database";
import { foldName, participatingFiles, pendingFiles, recordsOf, rowKey } from "../../helpers/raw-keys";
import { manifest, type ManifestRow } from "../../helpers/source-files";

useSeededDataLayerDatabase();

/** The shipped files the database keeps: a file byte-identical to an earlier one (ICE's pending files of 2025-02-21 and -28) is one list. */
const kept = (files: ManifestRow[]) => files.filter((f, i) => files.findIndex((g) => g.sha256 === f.sha256) === i);
const participating = kept(participatingFiles());
const pending = kept(pendingFiles());
const days = (files: ManifestRow[]) => [...new Set(files.map((f) => f.published))];
const [newest, beforeNewest] = [days(participating).at(-1)!, days(participating).at(-2)!];
const newestFile = participating.findLast((f) => f.published === newest)!;
const newestPendingFile = pending.at(-1)!;

/** A file's rows as agreements: a row that repeats an earlier one (same state, agency as folded, model) left out. */
async function agreementsOf(m: ManifestRow) {
  const seen = new Set<string>();
  return (await recordsOf(m)).filter((r) => {
    const k = rowKey(r.code, r.agency, r.model);
    return !seen.has(k) && seen.add(k);
  });
}

/** A view's data when its list was found; a test fails here rather than passing on a view without one. */
function withList<V extends { list: unknown }>(view: V): Exclude<V, { list: null }> {
  expect(view.list).not.toBeNull();
  return view as Exclude<V, { list: null }>;
}

const stateFilters: StateViewFilters = { model: [], type: null, q: "", sort: "agency", asOf: null, page: 1, shaded: null };

describe("the national view's loader", () => {
  it("shows the newest list with its totals, the list before it, and every agreement under a state", async () => {
    const view = withList(await getNationalView({ model: [], asOf: null }));
    const rows = await agreementsOf(newestFile);
    expect(view.list.publishedOn).toBe(newest);
    expect(view.fallback).toBeNull();
    expect(view.previous?.publishedOn).toBe(beforeNewest);
    expect(view.now.totals.agreements).toBe(rows.length);
    expect(view.now.totals.states).toBe(new Set(rows.map((r) => r.code)).size);
    expect(view.states.reduce((n, s) => n + s.agreements, 0)).toBe(rows.length);
    expect(view.states.find((s) => s.state === "TX")?.agreements).toBe(rows.filter((r) => r.code === "TX").length);
    expect(view.pendingList?.publishedOn).toBe(newestPendingFile.published);
    // The nation's residents are the states' sums.
    expect(view.nation.taskForce.localResidents).toBe(view.coverage.taskForce.filter((s) => s.population !== null).reduce((n, s) => n + s.localResidents, 0));
    expect(view.trends.listTrend.at(-1)?.agreements).toBe(rows.length);
  });

  it("with a model, counts that model's agreements per state", async () => {
    const view = withList(await getNationalView({ model: ["TASK_FORCE"], asOf: null }));
    const rows = (await agreementsOf(newestFile)).filter((r) => r.model === "TASK_FORCE");
    expect(view.states.reduce((n, s) => n + s.agreements, 0)).toBe(rows.length);
  });

  it("before the first list, shows the first and returns the date asked for, for the page to word", async () => {
    const view = await getNationalView({ model: [], asOf: "2000-01-01" });
    const first = days(participating)[0];
    expect(view.list?.publishedOn).toBe(first);
    expect(view.fallback).toEqual({ kind: "PARTICIPATING", requested: "2000-01-01", shown: first });
  });
});

describe("a state's loader", () => {
  it("shows Texas's totals, its rank among the states, a page of its agencies and its pending applications", async () => {
    const view = withList(await getStateView("TX", stateFilters));
    expect(view.list.publishedOn).toBe(newest);
    const rows = await agreementsOf(newestFile);
    const perState = new Map<string, number>();
    for (const r of rows) perState.set(r.code, (perState.get(r.code) ?? 0) + 1);
    const tx = perState.get("TX")!;
    expect(view.now.totals.agreements).toBe(tx);
    expect(view.rank).toEqual({ agreements: tx, rank: 1 + [...perState.values()].filter((n) => n > tx).length, of: perState.size });
    expect(view.table.rows).toHaveLength(Math.min(view.table.pageSize, view.table.total));
    expect(view.table.rows.flatMap((a) => a.agreements).length).toBeGreaterThan(0);
    // Agencies, not agreements: an agency with two models is one row.
    expect(view.table.total).toBeLessThanOrEqual(tx);
    const pendingTx = new Set((await recordsOf(newestPendingFile)).filter((r) => r.code === "TX").map((r) => foldName(r.agency)));
    expect(view.pendingList?.publishedOn).toBe(newestPendingFile.published);
    expect(view.pendingHere).toHaveLength(pendingTx.size);
  });

  it("reads residents' shares per county only when the map shades them", async () => {
    const plain = withList(await getStateView("TX", stateFilters));
    const shaded = withList(await getStateView("TX", { ...stateFilters, shaded: ["TASK_FORCE"] }));
    expect(plain.countyCoverage).toBeNull();
    expect(shaded.countyCoverage?.length).toBeGreaterThan(200); // Texas has 254 counties
    expect(shaded.counties).toEqual(plain.counties);
  });
});

describe("the counties' loader", () => {
  it("gives the same county counts as the state map, and shares only when asked", async () => {
    const state = withList(await getStateView("FL", stateFilters));
    const counties = withList(await getCountiesView("FL", { model: [], asOf: null, shaded: null }));
    const shaded = withList(await getCountiesView("FL", { model: [], asOf: null, shaded: [] }));
    expect(counties.counties).toEqual(state.counties);
    expect(counties.coverage).toBeNull();
    expect(shaded.coverage?.length).toBe(67); // Florida's counties
  });
});

describe("the table loaders", () => {
  it("give a page of a view the first rows of its download, and the download every row the filters match", async () => {
    const filters = { state: "GA", model: [], type: null, q: "", sort: "state" as const, asOf: null };
    const [page, all] = await Promise.all([listAgreementsView(filters, { page: 1 }), TABLE_LOADERS.agreements(filters, "all")]);
    const ga = (await agreementsOf(newestFile)).filter((r) => r.code === "GA");
    expect(all.rows).toHaveLength(ga.length);
    expect(page.total).toBe(ga.length);
    expect(page.rows).toEqual(all.rows.slice(0, page.rows.length));
    expect(page.source).toBe(all.source);
  });

  it("the table of states is in the order asked for, with the pending list it counts", async () => {
    const view = await listStatesView({ model: [], sort: "-agreements", asOf: null });
    const counts = view.rows.map((r) => r.agreements);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts.reduce((a, b) => a + b, 0)).toBe((await agreementsOf(newestFile)).length);
    expect(view.pendingList?.publishedOn).toBe(newestPendingFile.published);
    expect(view.source).toContain(newestFile.ice_file_name);
  });

  it("return a list never published, or a date before the first, as data for the page to word", async () => {
    const [ledger, every] = await Promise.all([
      listLedgerView({ list: { kind: "PARTICIPATING", publishedOn: "1999-01-01" } }, { page: 1 }),
      listLedgerView({ list: null }, { page: 1 }),
    ]);
    expect(ledger.unknownList).toEqual({ kind: "PARTICIPATING", publishedOn: "1999-01-01" });
    expect(ledger.list).toBeNull();
    expect(ledger.total).toBe(every.total);
    const early = await listPendingChangesView({ state: null, asOf: "2000-01-01" });
    expect(early.fallback).toEqual({ kind: "PENDING", requested: "2000-01-01", shown: days(pending)[0] });
  });
});

describe("the other pages' loaders", () => {
  it("changes: the table's total is the sum of the counts per list it is summarised by", async () => {
    const view = await getChangesView({ state: "FL", model: [], change: null, asOf: null }, { page: 1 });
    expect(view.table.total).toBeGreaterThan(0);
    expect(view.summary.reduce((n, s) => n + s.count, 0)).toBe(view.table.total);
    // Every list, two of the same day apart.
    expect(view.lists.length).toBe(participating.length + pending.length);
  });

  it("pending: the outcomes add up to the applications in the table", async () => {
    const view = await getPendingView({ state: null, q: "", outcome: null }, { page: 1 });
    expect(view.outcomes.signed + view.outcomes.dropped + view.outcomes.pending).toBe(view.table.total);
    expect(view.table.list?.publishedOn).toBe(newestPendingFile.published);
    expect(view.standstill?.pendingOn).toBe(newestPendingFile.published);
  });

  it("pending list changes: every pending list, and only changes of the state asked for", async () => {
    const view = await getPendingListChangesView({ state: "TX" });
    // Every pending list in the order ICE served them, two of the same day apart.
    const served = [...pending].sort((a, b) => a.published.localeCompare(b.published) || Number(a.same_day_order) - Number(b.same_day_order));
    expect(view.lists.map((l) => l.publishedOn)).toEqual(served.map((f) => f.published));
    expect(view.changes.length).toBeGreaterThan(0);
    expect(view.changes.every((c) => c.state === "TX")).toBe(true);
  });

  it("trends: up to the list on or before the date", async () => {
    const view = await getTrendsView({ state: "TX", models: [], asOf: "2025-06-15" });
    const shown = days(participating).filter((d) => d <= "2025-06-15").at(-1);
    expect(view.list?.publishedOn).toBe(shown);
    expect(view.listTrend.at(-1)?.publishedOn).toBe(shown);
    expect(view.shareTrend?.length).toBeGreaterThan(0);
  });

  it("an agency: its record and the Census area it counts for; none for an unknown slug", async () => {
    const view = await getAgencyView("ga-harris-county-sheriffs-office");
    expect(view?.history.state).toBe("GA");
    expect(view?.area?.level).toBe("COUNTY");
    expect(await getAgencyView("no-such-agency")).toBeNull();
  });

  it("about: every list imported, and the agencies counted for nobody on one of them", async () => {
    const view = await getAboutView();
    expect(view.lists).toHaveLength(kept(manifest().filter((m) => m.published)).length);
    if (view.uncounted) expect(view.uncountedList?.id).toBe(view.uncounted.snapshotId);
  });

  it("the repair ledger: a page of repairs, as many in all as the about page counts", async () => {
    const [view, about] = await Promise.all([getLedgerView({ list: null }, { page: 1 }), getAboutView()]);
    expect(view.ledger.total).toBeGreaterThan(0);
    expect(view.ledger.total).toBe(about.repairs);
    expect(view.lists).toHaveLength(about.lists.length);
  });

  it("status and social cards: the newest list and its totals", async () => {
    const [status, card, tx] = await Promise.all([getStatusView(), getListTotalsView({ state: null, asOf: null }), getListTotalsView({ state: "TX", asOf: null })]);
    const rows = await agreementsOf(newestFile);
    expect(status.freshness.newestList?.publishedOn).toBe(newest);
    expect(card.list?.publishedOn).toBe(newest);
    expect(card.totals?.totals.agreements).toBe(rows.length);
    expect(tx.totals?.totals.agreements).toBe(rows.filter((r) => r.code === "TX").length);
  });
});
