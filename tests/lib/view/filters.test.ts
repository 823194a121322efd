// URL ⇄ filters: what a copied URL restores, and what a mangled one does to a page (a note) or to the API (a 400).
import { describe, expect, it } from "vitest";
import {
  agreementsView,
  asOfNote,
  changesView,
  ledgerView,
  listsView,
  trendsPageView,
  nationalView,
  pendingChangesView,
  pendingView,
  Q_MAX,
  snapshotsView,
  stateView,
  type RawParams,
} from "../../../lib/view/filters";

const qs = (s: string) => new URLSearchParams(s);

describe("round trip: parse(serialize(x)) == x for every filter", () => {
  const cases = [
    { state: "TX" },
    { state: "GU" },
    { model: ["TASK_FORCE"] },
    { model: ["JAIL_ENFORCEMENT", "WARRANT_SERVICE_OFFICER"] },
    { model: ["JAIL_ENFORCEMENT", "TASK_FORCE", "WARRANT_SERVICE_OFFICER"] },
    { type: "STATE_AGENCY" },
    { type: "MUNICIPALITY" },
    { q: "sheriff's office & jail" },
    { q: "ü ñ 100%" },
    { sort: "-signed" },
    { sort: "agency" },
    { page: 7 },
    { asOf: "2025-03-31" },
    { state: "FL", model: ["TASK_FORCE"], type: "COUNTY", q: "county", sort: "signed", asOf: "2026-01-01", page: 3 },
  ] as const;
  it.each(cases.map((c) => [JSON.stringify(c), c] as const))("agreements %s", (_n, c) => {
    const url = agreementsView.serialize(c as never);
    const { values, notes } = agreementsView.parse(qs(url.slice(1)));
    expect(notes).toEqual([]);
    expect(values).toMatchObject(c);
  });
  it.each([
    { model: ["TASK_FORCE"] },
    { metric: "agencies" },
    { sort: "-agreements" },
    { sort: "task-force" },
    { sort: "-pending" },
    { asOf: "2025-03-31" },
    { model: ["JAIL_ENFORCEMENT", "WARRANT_SERVICE_OFFICER"], metric: "agencies", sort: "-wso", asOf: "2021-06-01" },
  ].map((c) => [JSON.stringify(c), c] as const))("national view %s", (_n, c) => {
    const url = nationalView.serialize(c as never);
    const { values, notes } = nationalView.parse(qs(url.slice(1)));
    expect(notes).toEqual([]);
    expect(values).toMatchObject(c);
  });
  it.each([
    { model: ["WARRANT_SERVICE_OFFICER"] },
    { type: "COUNTY" },
    { q: "harris" },
    { sort: "-signed" },
    { sort: "county" },
    { asOf: "2025-03-31" },
    { page: 4 },
    { model: ["TASK_FORCE"], type: "MUNICIPALITY", q: "police", sort: "-county", asOf: "2026-01-01", page: 2 },
  ].map((c) => [JSON.stringify(c), c] as const))("state view %s", (_n, c) => {
    const url = stateView.serialize(c as never);
    const { values, notes } = stateView.parse(qs(url.slice(1)));
    expect(notes).toEqual([]);
    expect(values).toMatchObject(c);
  });
  it("national and state views: defaults serialize to an empty query string", () => {
    expect(nationalView.serialize(nationalView.parse(qs("")).values)).toBe("");
    expect(stateView.serialize(stateView.parse(qs("")).values)).toBe("");
    expect(nationalView.parse(qs("")).values).toEqual({ model: [], metric: "agreements", sort: "state", asOf: null });
  });
  it("national and state views: a bad metric, sort or repeated model falls back with a note each", () => {
    const n = nationalView.parse(qs("metric=people&sort=-votes&model=wso&model=jail"));
    expect(n.values).toMatchObject({ metric: "agreements", sort: "state", model: [] });
    expect(n.notes.map((x) => x.parameter).sort()).toEqual(["metric", "model", "sort"]);
    const s = stateView.parse(qs("sort=signed&page=0&type=sheriff"));
    expect(s.values).toMatchObject({ sort: "signed", page: 1, type: null });
    expect(s.notes.map((x) => x.parameter).sort()).toEqual(["page", "type"]);
  });
  it("defaults serialize to an empty query string", () => {
    const { values } = agreementsView.parse(qs(""));
    expect(agreementsView.serialize(values)).toBe("");
    expect(values).toEqual({ state: null, model: [], type: null, q: "", sort: "state", asOf: null, page: 1 });
  });
  it("changes: the change kind and the page", () => {
    const c = { state: "AL", model: ["TASK_FORCE"], change: "redated", asOf: "2025-12-31", page: 2 };
    expect(changesView.parse(qs(changesView.serialize(c as never).slice(1))).values).toEqual(c);
  });
  it("pending: outcome", () => {
    const c = { state: "TX", q: "police", outcome: "dropped", page: 1 };
    expect(pendingView.parse(qs(pendingView.serialize(c as never).slice(1))).values).toEqual(c);
  });
  it("snapshots: the list kind; pending list changes: state and asOf", () => {
    for (const kind of ["participating", "pending"] as const) {
      expect(snapshotsView.parse(qs(snapshotsView.serialize({ kind }).slice(1))).values).toEqual({ kind });
    }
    const c = { state: "WV", asOf: "2026-01-30" };
    expect(pendingChangesView.parse(qs(pendingChangesView.serialize(c).slice(1))).values).toEqual(c);
  });
  it("ledger: a list named by kind and date", () => {
    const c = { list: { kind: "PENDING", publishedOn: "2025-05-30" }, page: 4 };
    const url = ledgerView.serialize(c as never);
    expect(url).toBe("?list=pending-2025-05-30&page=4");
    expect(ledgerView.parse(qs(url.slice(1))).values).toEqual(c);
  });
  it("lists: the page, and page 1 leaves the address bare", () => {
    expect(listsView.serialize({ page: 3 })).toBe("?page=3");
    expect(listsView.parse(qs("page=3")).values).toEqual({ page: 3 });
    expect(listsView.serialize({ page: 1 })).toBe("");
    expect(listsView.parse(qs("page=-2")).values).toEqual({ page: 1 });
  });
  it("trends page: the page of its tables of lists beside the trends' filters; a bad page falls back to 1 and says so", () => {
    expect(trendsPageView.serialize({ state: "FL", page: 2 })).toBe("?state=fl&page=2");
    const bad = trendsPageView.parse(qs("state=fl&page=abc"));
    expect(bad.values).toMatchObject({ state: "FL", page: 1 });
    expect(bad.notes.map((n) => n.parameter)).toEqual(["page"]);
  });
});

describe("pages: what people type is read generously", () => {
  it("state is case-insensitive, model order and repeats do not matter", () => {
    const { values, notes } = agreementsView.parse(qs("state=tx&model=wso,JAIL,wso"));
    expect(notes).toEqual([]);
    expect(values.state).toBe("TX");
    expect(values.model).toEqual(["JAIL_ENFORCEMENT", "WARRANT_SERVICE_OFFICER"]);
  });
  it("empty fields of a form are not set, without a note", () => {
    expect(agreementsView.parse(qs("state=&q=&type=&asOf=&page="))).toEqual(agreementsView.parse(qs("")));
    expect(agreementsView.parse(qs("state=")).notes).toEqual([]);
  });
  it("search text is trimmed and its spaces folded", () => {
    expect(agreementsView.parse(qs("q=%20%20etowah%20%20county%20")).values.q).toBe("etowah county");
  });
  it("Next's searchParams object works like URLSearchParams", () => {
    const raw: RawParams = { state: "al", model: "task-force", page: "2" };
    expect(agreementsView.parse(raw).values).toMatchObject({ state: "AL", model: ["TASK_FORCE"], page: 2 });
  });
  it("changing a filter goes back to page 1", () => {
    const { values } = agreementsView.parse(qs("state=tx&page=5"));
    expect(agreementsView.with(values, { model: ["TASK_FORCE"] })).toBe("?state=tx&model=task-force");
    expect(agreementsView.with(values, { page: 6 })).toBe("?state=tx&page=6");
  });
});

describe("pages: bad or repeated values fall back to defaults, each with a note", () => {
  it.each([
    ["state=CA&state=NY", "state", null],
    ["state=XX", "state", null],
    ["state=texas", "state", null],
    ["model=jail,bogus", "model", []],
    ["model=,", "model", []],
    ["type=sheriff", "type", null],
    ["sort=drop%20table", "sort", "state"],
    ["page=-1", "page", 1],
    ["page=0", "page", 1],
    ["page=1.5", "page", 1],
    ["page=99999999999", "page", 1],
    ["asOf=2025-02-30", "asOf", null],
    ["asOf=yesterday", "asOf", null],
    [`q=${"x".repeat(10_000)}`, "q", ""],
  ] as const)("%s", (query, parameter, fallback) => {
    const { values, notes } = agreementsView.parse(qs(query));
    expect((values as Record<string, unknown>)[parameter]).toEqual(fallback);
    expect(notes).toHaveLength(1);
    expect(notes[0].parameter).toBe(parameter);
    expect(notes[0].message).toContain(parameter);
  });
  it(`search text of exactly ${Q_MAX} characters is kept`, () => {
    expect(agreementsView.parse(qs(`q=${"a".repeat(Q_MAX)}`)).values.q).toHaveLength(Q_MAX);
  });
  it("one bad value does not spoil the others", () => {
    const { values, notes } = agreementsView.parse(qs("state=tx&model=nope&page=2"));
    expect(values).toMatchObject({ state: "TX", model: [], page: 2 });
    expect(notes.map((n) => n.parameter)).toEqual(["model"]);
  });
});

describe("pages: control and invisible characters are a bad value like any other", () => {
  it.each([
    ["q=a%00b", "q", ""],
    ["q=%E2%80%8B", "q", ""],
    ["state=%EF%AC%82", "state", null],
    ["state=%EF%BB%BFtx", "state", null],
  ] as const)("%s falls back with a note", (query, parameter, fallback) => {
    const { values, notes } = agreementsView.parse(qs(query));
    expect((values as Record<string, unknown>)[parameter]).toEqual(fallback);
    expect(notes.map((n) => n.parameter)).toEqual([parameter]);
  });
  it("text in other scripts is search text like any other", () => {
    expect(agreementsView.parse(qs("q=%D7%A9%D7%9C%D7%95%D7%9D")).values.q).toBe("שלום");
  });
});

describe("pages: a day before the first list shows the oldest, with a note", () => {
  it("words the list's kind and both days", () => {
    expect(asOfNote({ kind: "PENDING", requested: "2020-12-31", shown: "2025-01-10" })).toEqual({
      parameter: "asOf",
      message: "No pending list was published on or before December 31, 2020; showing the oldest, of January 10, 2025.",
    });
  });
});

describe("API: the first bad parameter is an error naming it", () => {
  it.each([
    ["state=ZZ", "state"],
    ["model=jail&model=wso", "model"],
    ["page=abc", "page"],
    ["asOf=2025-13-01", "asOf"],
    ["colour=red", "colour"],
    ["constructor=1", "constructor"],
    // One rule for every unknown or malformed key: none of these may slip through where constructor=1 does not.
    ["__proto__=1", "__proto__"],
    ["=1", ""],
    ["nxtPcode=tx", "nxtPcode"],
    ["state%00=tx", "state\u0000"],
    // Values are read as written: no case folding turns a ligature or the Kelvin sign into letters.
    ["state=%EF%AC%82", "state"],
    ["state=%EF%BB%BFtx", "state"],
    ["state=tx%C2%A0", "state"],
    ["model=tas%E2%84%AA-force", "model"],
    ["sort=%EF%BC%8Dsigned", "sort"],
    ["type=%E1%B4%84ounty", "type"],
    // Control and invisible characters in any parameter, free text included (PostgreSQL refuses NUL).
    ["q=%00", "q"],
    ["q=a%00b", "q"],
    ["q=a%0Ab", "q"],
    ["q=a%E2%80%8Bb", "q"],
    ["q=%E2%80%AEtxet", "q"],
    ["asOf=2025-03-31%00", "asOf"],
  ])("%s → %s", (query, parameter) => {
    const r = agreementsView.parseStrict(qs(query));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.parameter).toBe(parameter);
      expect(r.error.message.length).toBeGreaterThan(5);
    }
  });
  it("good parameters pass", () => {
    expect(agreementsView.parseStrict(qs("state=al&model=task-force"))).toMatchObject({ ok: true, values: { state: "AL", model: ["TASK_FORCE"] } });
  });
});
