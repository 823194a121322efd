// Properties of the URL ⇄ view mapping, over every view: any valid view survives the trip through its URL, and any
// query string at all reads as a valid view or as a refusal that names the parameter.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDay } from "../../../lib/domain/days";
import { MODELS } from "../../../lib/domain/models";
import { STATES } from "../../../lib/domain/states";
import { AGENCY_TYPES } from "../../../lib/domain/agency-types";
import { CHANGE_KINDS } from "../../../lib/domain/changes";
import { PENDING_OUTCOMES } from "../../../lib/domain/pending";
import { AGREEMENT_SORTS, STATE_AGENCY_SORTS, STATE_SORTS } from "../../../lib/domain/sorts";
import {
  agenciesView,
  agreementsView,
  changesView,
  hasUnsafeCharacter,
  ledgerView,
  listsView,
  trendsPageView,
  METRICS,
  nationalView,
  pendingChangesView,
  pendingView,
  Q_MAX,
  SEARCH_LIMIT_MAX,
  searchView,
  snapshotsView,
  STATE_METRICS,
  stateMapView,
  stateView,
  statesView,
  type AnyParam,
  type View,
} from "../../../lib/view/filters";

type AnyView = View<Record<string, AnyParam>>;
type Arbs = Record<string, fc.Arbitrary<unknown>>;

const orNull = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const day = fc.date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }).map(isoDay);
const oneOf = <T,>(values: readonly T[]) => fc.constantFrom(...values);

// Every value a parameter can hold. The finite ones are also listed whole (`every`) for the exhaustive checks.
const every = {
  state: [null, ...Object.keys(STATES)],
  model: MODELS.reduce<(typeof MODELS)[number][][]>((sets, m) => [...sets, ...sets.map((s) => [...s, m])], [[]]),
  type: [null, ...AGENCY_TYPES],
  change: [null, ...CHANGE_KINDS],
  outcome: [null, ...PENDING_OUTCOMES],
  kind: [null, "participating", "pending"],
};
const common: Arbs = {
  state: oneOf(every.state),
  model: fc.subarray([...MODELS]),
  type: oneOf(every.type),
  // Search text as the view keeps it: no control or invisible character, spaces folded, at most Q_MAX characters.
  q: fc
    .string({ unit: "binary", maxLength: Q_MAX + 20 })
    .map((s) => [...s].filter((c) => !hasUnsafeCharacter(c)).join("").replace(/\s+/g, " ").trim())
    .filter((s) => s.length <= Q_MAX),
  asOf: orNull(day),
  page: fc.integer({ min: 1, max: 999_999 }),
  change: oneOf(every.change),
  outcome: oneOf(every.outcome),
  kind: oneOf(every.kind),
  list: orNull(fc.record({ kind: oneOf(["PARTICIPATING", "PENDING"] as const), publishedOn: day })),
};

// Each view with its sorts and metrics (the parameters whose allowed words differ between views).
type Described = { name: string; view: AnyView; finite: Record<string, readonly unknown[]>; arbs: Arbs };
const VIEWS: Described[] = ([
  { name: "agreements", view: agreementsView as never, finite: { sort: AGREEMENT_SORTS }, arbs: {} },
  { name: "agencies", view: agenciesView as never, finite: {}, arbs: {} },
  { name: "changes", view: changesView as never, finite: {}, arbs: {} },
  { name: "pending list changes", view: pendingChangesView as never, finite: {}, arbs: {} },
  { name: "pending", view: pendingView as never, finite: {}, arbs: {} },
  { name: "ledger", view: ledgerView as never, finite: {}, arbs: {} },
  { name: "lists", view: listsView as never, finite: {}, arbs: {} },
  { name: "trends page", view: trendsPageView as never, finite: {}, arbs: {} },
  { name: "states", view: statesView as never, finite: {}, arbs: {} },
  { name: "snapshots", view: snapshotsView as never, finite: {}, arbs: {} },
  { name: "search", view: searchView as never, finite: { limit: Array.from({ length: SEARCH_LIMIT_MAX }, (_, i) => i + 1) }, arbs: {} },
  { name: "national", view: nationalView as never, finite: { sort: STATE_SORTS, metric: METRICS }, arbs: {} },
  { name: "state", view: stateView as never, finite: { sort: STATE_AGENCY_SORTS, metric: STATE_METRICS }, arbs: {} },
  { name: "state map", view: stateMapView as never, finite: { metric: STATE_METRICS }, arbs: {} },
] as Described[]).map((v) => {
  const arbs: Arbs = {};
  for (const key of Object.keys(v.view.params)) {
    const arb = v.finite[key] ? oneOf(v.finite[key]) : common[key];
    if (!arb) throw new Error(`no generator for the parameter ${key} of the ${v.name} view`);
    arbs[key] = arb;
  }
  return { ...v, arbs };
});

const query = (view: AnyView, values: Record<string, unknown>) => new URLSearchParams(view.serialize(values).slice(1));
/** Next hands pages their query as an object; the same values must come out of it. */
const asObject = (p: URLSearchParams) => Object.fromEntries([...p.keys()].map((k) => [k, p.getAll(k).length > 1 ? p.getAll(k) : p.get(k)!]));

describe.each(VIEWS)("the $name view", ({ view, arbs }) => {
  const keys = Object.keys(view.params);

  it("parse(format(x)) equals x for random views, read as a page, by the API and from Next's object", () => {
    fc.assert(
      fc.property(fc.record(arbs), (x) => {
        const p = query(view, x);
        expect(view.parse(p)).toEqual({ values: x, notes: [] });
        expect(view.parse(asObject(p))).toEqual({ values: x, notes: [] });
        expect(view.parseStrict(p)).toEqual({ ok: true, values: x });
      }),
      { numRuns: 300 },
    );
  });

  // Keys: the view's own, near misses, and anything; values: valid-looking words, hostile bytes, anything.
  const key = fc.oneof(oneOf(keys), oneOf(["", "__proto__", "constructor", "nxtPcode", "Page", "state "]), fc.string({ unit: "binary", maxLength: 8 }));
  const value = fc.oneof(
    oneOf(["", " ", "tx", "TX", "jail,wso", "-signed", "2025-03-31", "2025-02-30", "1", "0", "-1", "1e3", "county", "\u0000", "\uFEFFtx", "\uFB02", "<script>", "' OR 1=1 --"]),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.string({ maxLength: 200 }),
  );
  const anyQuery = fc.oneof(
    fc.array(fc.tuple(key, value), { maxLength: 6 }).map((pairs) => new URLSearchParams(pairs)),
    fc.string({ unit: "binary", maxLength: 80 }).map((s) => new URLSearchParams(s)),
  );

  it("any query parses to a valid view with notes naming its parameters, or (API) to a refusal naming one", () => {
    fc.assert(
      fc.property(anyQuery, (p) => {
        const { values, notes } = view.parse(p);
        // What a page shows is itself a valid view: written back and read again, it is the same, without a note.
        expect(view.parse(query(view, values))).toEqual({ values, notes: [] });
        for (const n of notes) {
          expect(keys).toContain(n.parameter);
          expect(n.message).toContain(n.parameter);
        }
        const strict = view.parseStrict(p);
        if (strict.ok) {
          expect(strict.values).toEqual(values);
          expect(notes).toEqual([]);
        } else {
          expect([...p.keys()]).toContain(strict.error.parameter);
          expect(strict.error.message.length).toBeGreaterThan(5);
        }
      }),
      { numRuns: 500 },
    );
  });
});

const finiteValues = (v: (typeof VIEWS)[number]) =>
  Object.keys(v.view.params).flatMap((key) => ((v.finite[key] ?? (every as Record<string, readonly unknown[]>)[key]) ?? []).map((value) => [key, value] as const));

// The ledger has no finite parameter (a list's date and the page are covered by the random round trip).
describe.each(VIEWS.filter((v) => finiteValues(v).length > 0))("the $name view, exhaustively", (v) => {
  it("every value of every finite parameter (each sort, metric, model combination, state, type, kind) survives the trip", () => {
    const defaults = v.view.parse(new URLSearchParams()).values;
    for (const [key, value] of finiteValues(v)) {
      const x = { ...defaults, [key]: value };
      expect(v.view.parse(query(v.view, x)), `${key}=${JSON.stringify(value)}`).toEqual({ values: x, notes: [] });
      expect(v.view.parseStrict(query(v.view, x))).toEqual({ ok: true, values: x });
    }
  });
});
