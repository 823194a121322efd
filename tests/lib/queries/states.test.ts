// The national table of states and one state's agency table, checked against the rows of the source files; and
// the cached reads answering afresh once an import changes the data.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { STATES } from "../../../lib/domain/states";
import { importFile } from "../../../lib/ingest/import";
import { foldName } from "../../../lib/domain/names";
import { summarizeChanges } from "../../../lib/queries/changes";
import { resolveList } from "../../../lib/queries/lists";
import { listPendingOfState, listStateAgencies, listStates, type StateAgencyFilters } from "../../../lib/queries/states";
import { useDataLayerDatabase } from "../../helpers/database";
import { manifest, modelOf, rawRows, SEED } from "../../helpers/source-files";

const FIRST = "participating/participating_2025-02-21.xlsx";
const OLDER = "participating/participating_2025-03-31.xlsx";
const NEWEST = "participating/participating_2026-05-18.xlsx";
const PENDING = "pending/pending_2025-05-30.xlsx";
const STATE_CODE: Record<string, string> = Object.fromEntries(Object.entries(STATES).map(([code, name]) => [name.toUpperCase(), code]));
const published = (f: string) => manifest().find((m) => m.file === f)!.published;
const fold = (name: string) => foldName(name.replace(/[’']/g, ""), "agency");

const database = useDataLayerDatabase(async (db) => {
  for (const f of [FIRST, OLDER, PENDING]) await importFile(db, path.join(SEED, f));
});

const listOn = async (kind: "PARTICIPATING" | "PENDING", day: string | null) => (await resolveList(kind, day)).list!;

/** A file's distinct agency × model pairs, per state. */
async function pairsByState(file: string) {
  const out = new Map<string, Set<string>>();
  for (const r of await rawRows(path.join(SEED, file))) {
    const st = STATE_CODE[r.state];
    out.set(st, (out.get(st) ?? new Set()).add(`${fold(r.agency)}|${modelOf(r.support)}`));
  }
  return out;
}

describe("cached reads follow the data", () => {
  it("the newest changes are those of a list imported after the first read", async () => {
    const before = await summarizeChanges({ state: null, model: [], change: null, asOf: null }, { newestListOnly: true });
    expect(before[0].publishedOn).toBe(published(OLDER));
    await importFile(database().db, path.join(SEED, NEWEST));
    const after = await summarizeChanges({ state: null, model: [], change: null, asOf: null }, { newestListOnly: true });
    expect(after[0].publishedOn).toBe(published(NEWEST));
    expect(after[0].previousPublishedOn).toBe(published(OLDER));
  }, 60_000);
});

describe("the table of states", () => {
  it.each([NEWEST, OLDER])("agreements per state and model, and pending applications, as the files of %s have them", async (file) => {
    const list = await listOn("PARTICIPATING", published(file));
    const pending = await listOn("PENDING", published(file));
    const rows = await listStates(list.id, pending.id, []);
    const expected = await pairsByState(file);
    const pendingRows = await rawRows(path.join(SEED, PENDING));
    const pendingPerState = new Map<string, number>();
    for (const r of pendingRows) pendingPerState.set(STATE_CODE[r.state], (pendingPerState.get(STATE_CODE[r.state]) ?? 0) + 1);
    expect(rows.map((r) => r.state).sort()).toEqual([...new Set([...expected.keys(), ...pendingPerState.keys()])].sort());
    for (const r of rows) {
      expect(r.agreements, r.state).toBe(expected.get(r.state)?.size ?? 0);
      expect(r.byModel.TASK_FORCE, r.state).toBe([...(expected.get(r.state) ?? [])].filter((k) => k.endsWith("|TFM")).length);
      expect(r.pendingApplications, r.state).toBe(pendingPerState.get(r.state) ?? 0);
    }
  });

  it("with a model filter, a state counts only that model's agreements", async () => {
    const list = await listOn("PARTICIPATING", null);
    const rows = await listStates(list.id, null, ["WARRANT_SERVICE_OFFICER"]);
    const expected = await pairsByState(NEWEST);
    for (const r of rows) {
      const wso = [...(expected.get(r.state) ?? [])].filter((k) => k.endsWith("|WSO")).length;
      expect(r.agreements, r.state).toBe(wso);
      expect(r.byModel.JAIL_ENFORCEMENT).toBe(0);
    }
  });
});

describe("a state's agencies", () => {
  const texasRows = async () => (await rawRows(path.join(SEED, NEWEST))).filter((r) => r.state === "TEXAS");
  const all: StateAgencyFilters = { model: [], type: null, q: "", sort: "agency" };

  it("every Texas agreement of the newest file is in the table once, on pages of 50 agencies", async () => {
    const list = await listOn("PARTICIPATING", null);
    const expected = new Set((await texasRows()).map((r) => `${fold(r.agency)}|${modelOf(r.support)}`));
    const whole = await listStateAgencies(list.id, "TX", all, "all");
    expect(whole.rows.flatMap((r) => r.agreements).length).toBe(expected.size);
    expect(whole.total).toBe(new Set([...expected].map((k) => k.split("|")[0])).size);
    const page2 = await listStateAgencies(list.id, "TX", all, { page: 2 });
    expect(page2.rows.map((r) => r.slug)).toEqual(whole.rows.slice(50, 100).map((r) => r.slug));
  });

  it("search finds agencies by name or county, as a reader scanning the file would", async () => {
    const list = await listOn("PARTICIPATING", null);
    const hits = await listStateAgencies(list.id, "TX", { ...all, q: "harris" }, "all");
    const inFile = new Set((await texasRows()).filter((r) => /harris/i.test(r.agency) || /harris/i.test(r.county)).map((r) => fold(r.agency)));
    expect(hits.rows.length).toBeGreaterThan(0);
    expect(new Set(hits.rows.map((r) => fold(r.name)))).toEqual(inFile);
  });

  it("sorting by signed date, newest first, and by model", async () => {
    const list = await listOn("PARTICIPATING", null);
    const r = await listStateAgencies(list.id, "TX", { ...all, sort: "-signed", model: ["TASK_FORCE"] }, "all");
    const firsts = r.rows.map((x) => x.agreements.map((a) => a.signedOn).filter(Boolean).sort()[0]!).filter(Boolean);
    expect(firsts).toEqual([...firsts].sort().reverse());
    expect(r.rows.every((x) => x.agreements.every((a) => a.model === "TASK_FORCE"))).toBe(true);
    expect(r.rows.length).toBe((await texasRows()).filter((x) => modelOf(x.support) === "TFM").length);
  });

  it("a state's pending applications are the pending file's rows for it", async () => {
    const pending = await listOn("PENDING", null);
    const rows = await rawRows(path.join(SEED, PENDING));
    const state = STATE_CODE[rows[0].state];
    const expected = new Set(rows.filter((r) => STATE_CODE[r.state] === state).map((r) => fold(r.agency)));
    const got = await listPendingOfState(pending.id, state);
    expect(new Set(got.map((g) => fold(g.name)))).toEqual(expected);
  });
});
