// The trend charts' reads on the whole shipped history, checked against ICE's reference counts and the files' own rows.
import { describe, expect, it } from "vitest";
import { resolveList } from "../../../lib/queries/lists";
import { getListTrend, getSignedTrend, type ListTrendPoint } from "../../../lib/queries/trends";
import { useSeededDataLayerDatabase } from "../../helpers/database";
import { foldName, participatingFiles, recordsOf, rowKey } from "../../helpers/raw-keys";
import { reference, type ManifestRow } from "../../helpers/source-files";

useSeededDataLayerDatabase();

const files = participatingFiles();
// A day's point is the last list ICE published that day (two distinct lists of one day are ordered by same_day_order).
const lastOfDay = files.filter((f, i) => files[i + 1]?.published !== f.published);
const MODELS = { JEM: "JAIL_ENFORCEMENT", TFM: "TASK_FORCE", WSO: "WARRANT_SERVICE_OFFICER" } as const;

/** Rows of a file, with a row that repeats an earlier one (same state, agency as folded, model) left out. */
async function distinctRecords(m: ManifestRow) {
  const seen = new Set<string>();
  return (await recordsOf(m)).filter((r) => {
    const k = rowKey(r.code, r.agency, r.model);
    return !seen.has(k) && seen.add(k);
  });
}

const pointOn = (points: ListTrendPoint[], day: string) => points.find((p) => p.publishedOn === day)!;

describe("the trend of the participating lists", () => {
  it("has one point per shipped list, oldest first, marked with where its counts come from", async () => {
    const points = await getListTrend();
    expect(points.map((p) => p.publishedOn)).toEqual([...new Set(files.map((f) => f.published))]);
    for (const f of lastOfDay) {
      expect(pointOn(points, f.published).origin, f.published).toBe(f.origin === "archived_web_page" ? "ARCHIVED_WEB_PAGE" : "ICE_SPREADSHEET");
    }
  });

  it("nationally, each ICE spreadsheet's point has ICE's reference counts per model (a repeated row counted once)", async () => {
    const points = await getListTrend();
    const ref = new Map(reference().map((r) => [r.ice_file_name, r]));
    const ice = lastOfDay.filter((f) => f.origin === "ice_spreadsheet");
    expect(ice.length).toBeGreaterThan(150);
    for (const f of ice) {
      const r = ref.get(f.ice_file_name)!;
      const all = await recordsOf(f);
      const kept = await distinctRecords(f);
      const repeated = (k: keyof typeof MODELS) => all.filter((x) => x.model === MODELS[k]).length - kept.filter((x) => x.model === MODELS[k]).length;
      const p = pointOn(points, f.published);
      for (const k of ["JEM", "TFM", "WSO"] as const) expect(p.byModel[MODELS[k]], `${f.published} ${k}`).toBe(Number(r[k]) - repeated(k));
      expect(p.agreements, f.published).toBe(Number(r.rows) - (all.length - kept.length));
    }
  });

  it("nationally, each archived table's point counts the table's rows per model", async () => {
    const points = await getListTrend();
    for (const f of files.filter((x) => x.origin === "archived_web_page")) {
      const rows = await distinctRecords(f);
      const p = pointOn(points, f.published);
      for (const m of Object.values(MODELS)) expect(p.byModel[m], `${f.published} ${m}`).toBe(rows.filter((r) => r.model === m).length);
      expect(p.agreements).toBe(rows.length);
    }
  });

  it("counts an agency with several models once among agencies", async () => {
    const newest = files.at(-1)!;
    const agencies = new Set((await distinctRecords(newest)).map((r) => `${r.code}|${foldName(r.agency)}`));
    const p = pointOn(await getListTrend(), newest.published);
    // ICE re-types a few names within one list; the importer keeps those as one agency, so at most that many fewer.
    expect(p.agencies).toBeLessThanOrEqual(agencies.size);
    expect(p.agencies).toBeGreaterThan(agencies.size - 5);
    expect(p.agencies).toBeLessThan(p.agreements);
  });

  it("for Texas, each point counts the file's Texas rows, and lists without one still appear, at zero", async () => {
    const points = await getListTrend({ state: "TX" });
    expect(points).toHaveLength(new Set(files.map((f) => f.published)).size);
    for (const f of lastOfDay) {
      const tx = (await distinctRecords(f)).filter((r) => r.code === "TX");
      const p = pointOn(points, f.published);
      expect(p.agreements, f.published).toBe(tx.length);
      expect(p.byModel.TASK_FORCE, `${f.published} Task Force`).toBe(tx.filter((r) => r.model === "TASK_FORCE").length);
    }
    // A state on the newest list but not on the oldest.
    const [oldest, newest] = [files[0], files.at(-1)!];
    const before = new Set((await recordsOf(oldest)).map((r) => r.code));
    const late = [...new Set((await recordsOf(newest)).map((r) => r.code))].find((c) => !before.has(c))!;
    expect(late).toBeDefined();
    const first = (await getListTrend({ state: late }))[0];
    expect(first).toMatchObject({ publishedOn: oldest.published, agreements: 0, agencies: 0, byModel: { JAIL_ENFORCEMENT: 0, TASK_FORCE: 0, WARRANT_SERVICE_OFFICER: 0 } });
  });

  it("with a model filter, counts only that model's agreements", async () => {
    const newest = files.at(-1)!;
    const r = reference().find((x) => x.ice_file_name === newest.ice_file_name)!;
    const p = pointOn(await getListTrend({ models: ["TASK_FORCE"] }), newest.published);
    expect(p.agreements).toBe(Number(r.TFM));
    expect(p.byModel).toEqual({ JAIL_ENFORCEMENT: 0, TASK_FORCE: Number(r.TFM), WARRANT_SERVICE_OFFICER: 0 });
  });
});

describe("a list's agreements by signed month", () => {
  const newest = files.at(-1)!;
  const listOf = async (day: string) => (await resolveList("PARTICIPATING", day)).list!;

  it("ends, with the undated ones, at the list's agreement count", async () => {
    const list = await listOf(newest.published);
    const trend = (await getSignedTrend({ snapshotId: list.id }))!;
    const p = pointOn(await getListTrend(), newest.published);
    expect(trend.publishedOn).toBe(newest.published);
    expect(trend.points.at(-1)!.total + trend.undated).toBe(p.agreements);
    const last = trend.points.at(-1)!;
    expect(Object.values(last.byModel).reduce((a, b) => a + b, 0)).toBe(last.total);
  });

  it("adds, each month, the agreements the file says were signed in it; months without one are filled in", async () => {
    const list = await listOf(newest.published);
    const { points } = (await getSignedTrend({ snapshotId: list.id }))!;
    const signed = (await distinctRecords(newest)).map((r) => r.signed).filter((s) => /^\d{4}-\d{2}/.test(s));
    const months = signed.map((s) => s.slice(0, 7)).sort();
    expect(points[0].month).toBe(months[0]);
    expect(points.at(-1)!.month).toBe(months.at(-1));
    // No month is skipped: 2016-03 to 2026-05 is 123 months.
    const span = (a: string, b: string) => (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5)) - Number(a.slice(5)) + 1;
    expect(points).toHaveLength(span(months[0], months.at(-1)!));
    for (let i = 1; i < points.length; i++) {
      const inMonth = months.filter((m) => m === points[i].month).length;
      expect(points[i].total - points[i - 1].total, points[i].month).toBe(inMonth);
    }
    const april = points.find((p) => p.month === "2026-04")!;
    expect(april.total - points[points.indexOf(april) - 1].total).toBe(signed.filter((s) => s.startsWith("2026-04")).length);
  });

  it("for Texas and one model, counts the file's Texas rows of that model signed in a month", async () => {
    const list = await listOf(newest.published);
    const trend = (await getSignedTrend({ snapshotId: list.id, state: "TX", models: ["TASK_FORCE"] }))!;
    const tx = (await distinctRecords(newest)).filter((r) => r.code === "TX" && r.model === "TASK_FORCE");
    expect(trend.points.at(-1)!.total + trend.undated).toBe(tx.length);
    expect(trend.points.at(-1)!.byModel.JAIL_ENFORCEMENT).toBe(0);
    const i = trend.points.findIndex((p) => p.month === "2025-03");
    expect(trend.points[i].byModel.TASK_FORCE - trend.points[i - 1].byModel.TASK_FORCE).toBe(tx.filter((r) => r.signed.startsWith("2025-03")).length);
  });

  it("is empty for a state with no agreement on that list, and null for a list that does not exist", async () => {
    const oldest = await listOf(files[0].published);
    const codes = new Set((await recordsOf(files[0])).map((r) => r.code));
    const absent = ["VT", "RI", "HI", "ME"].find((c) => !codes.has(c))!;
    expect(await getSignedTrend({ snapshotId: oldest.id, state: absent })).toEqual({ snapshotId: oldest.id, publishedOn: files[0].published, points: [], undated: 0 });
    expect(await getSignedTrend({ snapshotId: 999_999 })).toBeNull();
  });
});
