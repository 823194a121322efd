// The history pages are built from: changes, an agency's record, pending applications and filtered listings,
// each checked against ICE's files as read straight from the spreadsheets.
import { describe, expect, it } from "vitest";
import { getAgencyHistory } from "../../../lib/queries/agencies";
import { listAgreements } from "../../../lib/queries/agreements";
import { listChanges, summarizeChanges, summarizeWeek } from "../../../lib/queries/changes";
import { resolveList } from "../../../lib/queries/lists";
import { listPendingApplications } from "../../../lib/queries/pending";
import { listRepairs } from "../../../lib/queries/repairs";
import { STATES } from "../../../lib/domain/states";
import { useSeededDataLayerDatabase } from "../../helpers/database";
import { foldName, keysOf, minus, participatingFiles, pendingFiles, recordsOf, rowKey } from "../../helpers/raw-keys";

const db = useSeededDataLayerDatabase();

const files = participatingFiles();
const fileOn = (day: string) => files.find((f) => f.published === day)!;
const previous = (day: string) => files[files.findIndex((f) => f.published === day) - 1];

async function changesAt(day: string, f: { state?: string; model?: ("JAIL_ENFORCEMENT" | "TASK_FORCE" | "WARRANT_SERVICE_OFFICER")[] } = {}) {
  const { rows } = await listChanges({ state: f.state ?? null, model: f.model ?? [], change: null, asOf: day }, "all");
  const at = rows.filter((r) => r.publishedOn === day);
  const keys = (k: string) => new Set(at.filter((r) => r.change === k).map((r) => rowKey(r.state, r.agency, r.model)));
  return { at, added: keys("added"), removed: keys("removed") };
}

describe("changes between two shipped lists", () => {
  // Pairs of lists in which ICE wrote every continuing agency's name the same way, so the files' own rows can be
  // compared by name. (Elsewhere ICE re-typed some names, which the importer keeps as one agency.)
  it.each(["2025-08-29", "2026-04-30"])("the list of %s: added and removed are the set differences of the two files' rows", async (day) => {
    const now = await keysOf(fileOn(day));
    const before = await keysOf(previous(day));
    const { added, removed, at } = await changesAt(day);
    expect(added).toEqual(minus(now, before));
    expect(removed).toEqual(minus(before, now));
    expect(at[0].previousPublishedOn).toBe(previous(day).published);
  });

  it("filtered by state and model, they are the same differences restricted to that state and model", async () => {
    const day = "2026-04-30";
    const only = (s: Set<string>) => new Set([...s].filter((k) => k.startsWith("TX|") && k.endsWith("|TASK_FORCE")));
    const now = only(await keysOf(fileOn(day)));
    const before = only(await keysOf(previous(day)));
    const { added, removed, at } = await changesAt(day, { state: "TX", model: ["TASK_FORCE"] });
    expect(added.size).toBeGreaterThan(0);
    expect(added).toEqual(minus(now, before));
    expect(removed).toEqual(minus(before, now));
    expect(at.every((r) => r.state === "TX" && r.model === "TASK_FORCE")).toBe(true);
  });

  it("re-dated agreements carry both signed dates as the two files give them", async () => {
    // Etowah County Sheriff's Office: the archived table of 2022-04-01 gives a new signing date.
    const day = "2022-04-01";
    const find = async (d: string) => (await recordsOf(fileOn(d))).find((r) => foldName(r.agency) === "etowah county sheriffs office" && r.model === "JAIL_ENFORCEMENT")!;
    const [now, before] = await Promise.all([find(day), find(previous(day).published)]);
    expect(now.signed).not.toBe(before.signed);
    const { at } = await changesAt(day, { state: "AL" });
    const r = at.find((c) => c.change === "redated" && foldName(c.agency) === "etowah county sheriffs office");
    expect(r).toMatchObject({ signedOn: now.signed, previousSignedOn: before.signed });
  });
});

describe("changes between two consecutive daily lists", () => {
  // Two lists ICE served the same day (2025-07-24), and two on consecutive days (2025-03-06 and 2025-03-07), in which
  // ICE wrote every continuing agency's name the same way. The expected sets come from the two files' rows, read here.
  it.each([
    ["participating/participating_2025-07-24.xlsx", "participating/participating_2025-07-24_2.xlsx"],
    ["participating/participating_2025-03-06.xlsx", "participating/participating_2025-03-07.xlsx"],
  ])("%s → %s: added and removed are the set differences of their rows", async (beforeFile, nowFile) => {
    const [before, now] = [files.find((f) => f.file === beforeFile)!, files.find((f) => f.file === nowFile)!];
    expect(files.indexOf(now) - files.indexOf(before), "consecutive in the shipped history").toBe(1);
    const snapshot = await db().db.snapshot.findUniqueOrThrow({ where: { sha256: now.sha256 } });
    const { rows } = await listChanges({ state: null, model: [], change: null, asOf: now.published }, "all");
    const at = rows.filter((r) => r.snapshotId === snapshot.id);
    const keys = (k: string) => new Set(at.filter((r) => r.change === k).map((r) => rowKey(r.state, r.agency, r.model)));
    const [nowKeys, beforeKeys] = [await keysOf(now), await keysOf(before)];
    expect(minus(nowKeys, beforeKeys).size + minus(beforeKeys, nowKeys).size).toBeGreaterThan(0);
    expect(keys("added")).toEqual(minus(nowKeys, beforeKeys));
    expect(keys("removed")).toEqual(minus(beforeKeys, nowKeys));
    expect(at.every((r) => r.previousPublishedOn === before.published)).toBe(true);
  });
});

describe("the weekly roll-up (national and state views)", () => {
  // A week in which ICE wrote every continuing Florida agency's name the same way, so the files' rows compare by name.
  // (Nationally every week of the daily lists has an agency ICE re-typed, which the importer rightly keeps as one.)
  it.each([["2025-03-31", "FL"]])("the week to %s (%s): added and removed sum each list's set differences with the one before it", async (to, state) => {
    const from = new Date(Date.parse(`${to}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
    const ice = files.filter((f) => f.origin === "ice_spreadsheet");
    const inWeek = ice.filter((f) => f.published > from && f.published <= to);
    expect(inWeek.length).toBeGreaterThan(1);
    let added = 0;
    let removed = 0;
    const only = (keys: Set<string>) => new Set([...keys].filter((k) => !state || k.startsWith(`${state}|`)));
    for (const f of inWeek) {
      const [now, before] = [only(await keysOf(f)), only(await keysOf(ice[ice.indexOf(f) - 1]))];
      added += minus(now, before).size;
      removed += minus(before, now).size;
    }
    const week = await summarizeWeek({ state, asOf: to });
    expect(week).toEqual({ from, to, lists: inWeek.length, added, removed });
    expect(added).toBeGreaterThan(0);
  });

  it("nationally, is the sum of every state's week", async () => {
    const to = "2025-05-22";
    const nation = await summarizeWeek({ state: null, asOf: to });
    const states = await Promise.all(Object.keys(STATES).map((state) => summarizeWeek({ state, asOf: to })));
    expect(nation.added).toBeGreaterThan(0);
    expect(nation.added).toBe(states.reduce((n, w) => n + w.added, 0));
    expect(nation.removed).toBe(states.reduce((n, w) => n + w.removed, 0));
    expect(nation.lists).toBe(files.filter((f) => f.published > nation.from && f.published <= to).length);
  });
});

describe("an agency added mid-month: Coral Gables Police Department (FL)", () => {
  it("gives the day of the first list that names it, not the month's", async () => {
    // The first shipped participating file, in the order ICE published them, whose rows name it.
    let first: (typeof files)[number] | undefined;
    for (const f of files) {
      if ((await keysOf(f)).has(rowKey("FL", "Coral Gables Police Department", "TASK_FORCE"))) {
        first = f;
        break;
      }
    }
    expect(first?.published.slice(8)).not.toBe("01");
    const h = (await getAgencyHistory("fl-coral-gables-police-department"))!;
    const a = h.agreements.find((x) => x.model === "TASK_FORCE")!;
    expect(a.firstList.publishedOn).toBe(first!.published);
    expect(a.lastList.publishedOn).toBe(files.at(-1)!.published);
  });
});

describe("the latest changes (home page)", () => {
  it("are the newest list's changes, as the full history counts them", async () => {
    const f = { state: null, model: [], change: null, asOf: null };
    const [latest, all] = await Promise.all([summarizeChanges(f, { newestListOnly: true }), summarizeChanges(f)]);
    const newest = files.at(-1)!.published;
    expect(latest.length).toBeGreaterThan(0);
    expect(new Set(latest.map((s) => s.publishedOn))).toEqual(new Set([newest]));
    expect(latest.sort((a, b) => a.change.localeCompare(b.change))).toEqual(all.filter((s) => s.publishedOn === newest).sort((a, b) => a.change.localeCompare(b.change)));
  });
});

describe("an agency's history: Etowah County Sheriff's Office (AL)", () => {
  it("has exactly the agreements, first and last days and signed dates the files show", async () => {
    // Its models on the newest and the oldest lists, read from the files; the first and last day of each are found by
    // reading the files from the oldest on and from the newest back (not every one of the 240 lists).
    const models = async (f: (typeof files)[number]) =>
      (await recordsOf(f)).filter((r) => r.code === "AL" && foldName(r.agency) === "etowah county sheriffs office" && r.model);
    const seen = new Map<string, { first: string; last: string; signed: string }>();
    for (const f of [...files].reverse()) {
      for (const r of await models(f)) if (!seen.has(r.model!)) seen.set(r.model!, { first: "", last: f.published, signed: r.signed });
      if (seen.size === 2) break;
    }
    const firstOf = new Map<string, string>();
    for (const f of files) {
      for (const r of await models(f)) if (!firstOf.has(r.model!)) firstOf.set(r.model!, f.published);
      if (firstOf.size === seen.size) break;
    }
    for (const [m, s] of seen) s.first = firstOf.get(m)!;
    const h = (await getAgencyHistory("al-etowah-county-sheriffs-office"))!;
    expect(h.name).toBe("Etowah County Sheriff's Office");
    expect(h.agreements.map((a) => a.model).sort()).toEqual([...seen.keys()].sort());
    for (const a of h.agreements) {
      const s = seen.get(a.model)!;
      expect(a.firstList.publishedOn, a.model).toBe(s.first);
      expect(a.lastList.publishedOn, a.model).toBe(s.last);
      expect(a.listsOn, a.model).toBeGreaterThan(1);
      expect(a.signedOn, a.model).toBe(s.signed);
      expect(a.goneSince).toBeNull();
    }
    // The daily pending lists show it pending for a few days in December 2025 (a monthly list never did).
    const pendingDays: string[] = [];
    for (const f of pendingFiles()) if ((await recordsOf(f)).some((r) => r.code === "AL" && foldName(r.agency) === "etowah county sheriffs office")) pendingDays.push(f.published);
    expect(pendingDays.length).toBeGreaterThan(0);
    expect(h.pendingPeriods.map((p) => p.from.publishedOn)[0]).toBe(pendingDays[0]);
    expect(h.pendingPeriods.at(-1)!.to.publishedOn).toBe(pendingDays.at(-1));
  });

  it("an unknown slug has no history", async () => {
    expect(await getAgencyHistory("zz-no-such-agency")).toBeNull();
  });

  it("an agreement missing from the newest list says since which list", async () => {
    const day = files.at(-1)!.published;
    const { at } = await changesAt(day);
    const gone = at.find((r) => r.change === "removed")!;
    const h = (await getAgencyHistory(gone.slug))!;
    const a = h.agreements.find((x) => x.model === gone.model)!;
    expect(a.goneSince?.publishedOn).toBe(day);
    expect(a.lastList.publishedOn).toBe(previous(day).published);
  });
});

describe("pending applications", () => {
  it("an agency's first pending list is the first shipped pending file that names it", async () => {
    const first = new Map<string, string>();
    for (const f of pendingFiles()) for (const r of await recordsOf(f)) if (!first.has(rowKey(r.code, r.agency, null))) first.set(rowKey(r.code, r.agency, null), f.published);
    const { rows } = await listPendingApplications({ state: "TX", q: "", outcome: null }, "all");
    const fromFiles = [...first.entries()].filter(([k]) => k.startsWith("TX|"));
    expect(rows.length).toBeGreaterThan(10);
    // Every application in the dashboard was first listed when the files say (names as on the newest list).
    let matched = 0;
    for (const r of rows) {
      const day = first.get(rowKey(r.state, r.agency, null));
      if (day) {
        matched++;
        expect(r.firstPending, r.agency).toBe(day);
      }
    }
    expect(matched).toBeGreaterThan(fromFiles.length * 0.9);
  });

  it("a signed application's agreement was first listed after it applied; days count from the first pending list", async () => {
    const { rows } = await listPendingApplications({ state: null, q: "", outcome: "signed" }, "all");
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.firstListedOn! >= r.firstPending).toBe(true);
      // Measured only when the first pending list came out before the signing: never a 0 that is an artifact of
      // the day ICE published.
      if (r.signedOn && r.signedOn > r.firstPending) expect(r.days).toBe((Date.parse(r.signedOn) - Date.parse(r.firstPending)) / 86_400_000);
      else expect(r.days).toBeNull();
    }
    expect(rows.some((r) => r.days === null && r.signedOn === r.firstPending)).toBe(true);
  });
});

describe("filtered listings", () => {
  it("agreements in Alabama under Task Force on the newest list are the file's rows", async () => {
    const newest = files.at(-1)!;
    const expected = new Set([...(await keysOf(newest))].filter((k) => k.startsWith("AL|") && k.endsWith("|TASK_FORCE")));
    const { list } = await resolveList("PARTICIPATING", null);
    const { rows, total } = await listAgreements(list!.id, { state: "AL", model: ["TASK_FORCE"], type: null, q: "", sort: "state" }, "all");
    expect(total).toBe(expected.size);
    expect(new Set(rows.map((r) => rowKey(r.state, r.agency, r.model)))).toEqual(expected);
  });

  it("asOf picks the newest list published on or before the day", async () => {
    expect((await resolveList("PARTICIPATING", "2025-06-30")).list?.publishedOn).toBe("2025-06-27");
    expect((await resolveList("PARTICIPATING", "2025-06-27")).list?.publishedOn).toBe("2025-06-27");
    const before = await resolveList("PARTICIPATING", "2020-12-31");
    expect(before.list?.publishedOn).toBe(files[0].published);
    expect(before.fallback).toEqual({ kind: "PARTICIPATING", requested: "2020-12-31", shown: files[0].published });
  });

  it("one page of a listing is a slice of the whole, in the same order", async () => {
    const { list } = await resolveList("PARTICIPATING", null);
    const f = { state: "TX", model: [], type: null, q: "", sort: "-signed" } as const;
    const all = await listAgreements(list!.id, { ...f, model: [] }, "all");
    const page2 = await listAgreements(list!.id, { ...f, model: [] }, { page: 2, pageSize: 25 });
    expect(page2.total).toBe(all.total);
    expect(page2.rows).toEqual(all.rows.slice(25, 50));
  });

  it("the repair ledger of one list holds only that list's repairs", async () => {
    const { list } = await resolveList("PARTICIPATING", "2025-06-27");
    const { rows, total } = await listRepairs(list!.id, "all");
    expect(total).toBeGreaterThan(0);
    expect(rows.every((r) => r.publishedOn === "2025-06-27" && r.kind === "PARTICIPATING")).toBe(true);
  });
});
