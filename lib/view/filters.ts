// One module owns the URL ⇄ filter mapping for every view, the downloads and the API. Each parameter is an
// allow-list (a zod schema over the one string the URL carries) with a default. Pages fall back to the default
// and show a note; the API answers 400 naming the parameter. A view is a set of parameters; new views and new
// parameters are added here, so a copied URL means the same thing everywhere.
import { z } from "zod";
import { MODEL_SLUG, MODELS, type ModelCode } from "../domain/models";
import { isCalendarDay } from "../domain/days";
import { stateCode, STATE_OF_FIPS } from "../domain/states";
import { COUNTY_FIPS_PATTERN, PLACE_GEOID_PATTERN } from "../domain/areas";
import { AGENCY_TYPE_SLUG, AGENCY_TYPES, type AgencyTypeCode } from "../domain/agency-types";
import { CHANGE_KINDS } from "../domain/changes";
import { PENDING_OUTCOMES } from "../domain/pending";
import type { ListFallback, ListKey, ListKind } from "../domain/lists";
import { AGREEMENT_SORTS, STATE_AGENCY_SORTS, STATE_SORTS } from "../domain/sorts";
import { formatDay } from "./format";

/** One URL parameter: how its single string value is read, its default, and how a value is written back. */
export type Param<T> = {
  schema: z.ZodType<T, string>;
  default: T;
  /** The URL text for a value; undefined leaves the parameter out (the default). */
  format: (value: T) => string | undefined;
  /** For the API documentation. */
  description: string;
  example?: string;
};

// Method parameters are checked both ways, so a constraint needs any here rather than unknown.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyParam = Param<any>;

export type FilterNote = { parameter: string; message: string };

/** The note a page shows when asOf is before the first list of its kind (resolveList's fallback). */
export function asOfNote(f: ListFallback): FilterNote {
  return { parameter: "asOf", message: `No ${f.kind.toLowerCase()} list was published on or before ${formatDay(f.requested)}; showing the oldest, of ${formatDay(f.shown)}.` };
}

/** What a table view could not use of its filters, in words: a date before the first list, a list never published. */
export function tableNotes(t: { fallback: ListFallback | null; unknownList?: ListKey | null }): FilterNote[] {
  return [
    ...(t.fallback ? [asOfNote(t.fallback)] : []),
    ...(t.unknownList ? [{ parameter: "list", message: `No ${t.unknownList.kind.toLowerCase()} list was published on ${t.unknownList.publishedOn}; showing every list.` }] : []),
  ];
}

export type Values<P extends Record<string, AnyParam>> = { [K in keyof P]: P[K] extends Param<infer T> ? T : never };

/** What Next passes a page as searchParams, or a URLSearchParams from a request. */
export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function valuesOf(raw: RawParams, key: string): string[] {
  if (raw instanceof URLSearchParams) return raw.getAll(key);
  const v = raw[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

const firstIssue = (e: z.ZodError) => e.issues[0]?.message ?? "is not allowed";

/**
 * Characters no key or value may hold, whatever the parameter: controls (C0, DEL, C1: PostgreSQL refuses NUL),
 * invisible format characters (byte-order mark, zero-width, bidirectional overrides) and lone surrogates.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}]/u;
export const hasUnsafeCharacter = (s: string): boolean => UNSAFE.test(s);
const UNSAFE_MESSAGE = "contains a control or invisible character";

/** An empty field of a GET form (or one of spaces only) means "not set". */
const isBlank = (v: string) => /^ *$/.test(v);

/**
 * A value written in printable ASCII, without its surrounding spaces. Codes and words are checked before any case
 * folding, so the ligature "ﬂ" (whose upper case is "FL") or the Kelvin sign (lower case "k") is not read as letters.
 */
const ascii = (message: string) => z.string().regex(/^[ -~]*$/, { message }).transform((s) => s.trim());

export type View<P extends Record<string, AnyParam>> = {
  params: P;
  /** Pages: every bad or repeated value falls back to its default, with a note saying so. */
  parse(raw: RawParams): { values: Values<P>; notes: FilterNote[] };
  /** API: the first bad or repeated value is an error naming the parameter; unknown parameters are errors too. */
  parseStrict(raw: RawParams): { ok: true; values: Values<P> } | { ok: false; error: FilterNote };
  /** The query string for values ("" when all are defaults), parameters in a fixed order. */
  serialize(values: Partial<Values<P>>): string;
  /** The query string for values with some changed; page goes back to 1 unless it is among the changes. */
  with(values: Values<P>, changes: Partial<Values<P>>): string;
};

export function defineView<P extends Record<string, AnyParam>>(params: P, extraAllowed: readonly string[] = []): View<P> {
  const keys = Object.keys(params) as (keyof P & string)[];
  const readOne = (raw: RawParams, key: keyof P & string): { value: unknown } | { error: string } => {
    const p = params[key];
    const given = valuesOf(raw, key).filter((v) => !isBlank(v));
    if (given.length === 0) return { value: p.default };
    if (given.length > 1) return { error: "was given more than once" };
    if (hasUnsafeCharacter(given[0])) return { error: UNSAFE_MESSAGE };
    const r = p.schema.safeParse(given[0]);
    return r.success ? { value: r.data } : { error: firstIssue(r.error) };
  };
  const serialize = (values: Partial<Values<P>>) => {
    const out = new URLSearchParams();
    for (const k of keys) {
      if (!(k in values)) continue;
      const text = params[k].format(values[k] as never);
      if (text !== undefined) out.set(k, text);
    }
    const s = out.toString();
    return s ? `?${s}` : "";
  };
  return {
    params,
    parse(raw) {
      const values = {} as Record<string, unknown>;
      const notes: FilterNote[] = [];
      for (const k of keys) {
        const r = readOne(raw, k);
        if ("error" in r) {
          notes.push({ parameter: k, message: `“${k}” ${r.error}; it is ignored.` });
          values[k] = params[k].default;
        } else values[k] = r.value;
      }
      return { values: values as Values<P>, notes };
    },
    parseStrict(raw) {
      const given = raw instanceof URLSearchParams ? [...new Set(raw.keys())] : Object.keys(raw).filter((k) => raw[k] !== undefined);
      // One rule for every key: "", "__proto__", "constructor" or a key Next uses itself are all simply unknown.
      const unknown = given.find((k) => !Object.hasOwn(params, k) && !extraAllowed.includes(k));
      if (unknown !== undefined) return { ok: false, error: { parameter: unknown, message: `unknown parameter; allowed: ${[...keys, ...extraAllowed].join(", ")}` } };
      const values = {} as Record<string, unknown>;
      for (const k of keys) {
        const r = readOne(raw, k);
        if ("error" in r) return { ok: false, error: { parameter: k, message: r.error } };
        values[k] = r.value;
      }
      return { ok: true, values: values as Values<P> };
    },
    serialize,
    with(values, changes) {
      const next = { ...values, ...changes } as Values<P>;
      if ("page" in params && !("page" in changes)) (next as Record<string, unknown>).page = params.page.default;
      return serialize(next);
    },
  };
}

// ── The parameters ────────────────────────────────────────────────────────────────────────────────────────

export const Q_MAX = 100;

const STATE_MESSAGE = "is not a U.S. state or territory code (two letters, like TX)";
export const stateParam: Param<string | null> = {
  schema: ascii(STATE_MESSAGE).transform((s, ctx) => stateCode(s) ?? (ctx.addIssue({ code: "custom", message: STATE_MESSAGE }), z.NEVER)),
  default: null,
  format: (v) => v?.toLowerCase() ?? undefined,
  description: "Two-letter USPS code of a state or territory, any case (tx, TX).",
  example: "tx",
};

const MODEL_BY_SLUG = new Map(MODELS.map((m) => [MODEL_SLUG[m], m]));

/** Models in a fixed order without repeats; the empty list means every model. */
const MODEL_MESSAGE = `must be a comma list of ${MODELS.map((m) => MODEL_SLUG[m]).join(", ")}`;
export const modelParam: Param<ModelCode[]> = {
  schema: ascii(MODEL_MESSAGE).transform((s, ctx) => {
    const parts = s.split(",").map((p) => p.trim().toLowerCase()).filter(Boolean);
    const bad = parts.find((p) => !MODEL_BY_SLUG.has(p));
    if (bad !== undefined || parts.length === 0) {
      ctx.addIssue({ code: "custom", message: MODEL_MESSAGE });
      return z.NEVER;
    }
    const set = new Set(parts.map((p) => MODEL_BY_SLUG.get(p)!));
    return MODELS.filter((m) => set.has(m));
  }),
  default: [],
  format: (v) => (v.length === 0 ? undefined : MODELS.filter((m) => v.includes(m)).map((m) => MODEL_SLUG[m]).join(",")),
  description: "Comma list of models: jail (Jail Enforcement), task-force (Task Force), wso (Warrant Service Officer). Absent means all.",
  example: "jail,task-force",
};

const TYPE_BY_SLUG = new Map(AGENCY_TYPES.map((t) => [AGENCY_TYPE_SLUG[t], t]));

const TYPE_MESSAGE = `must be one of ${AGENCY_TYPES.map((t) => AGENCY_TYPE_SLUG[t]).join(", ")}`;
export const typeParam: Param<AgencyTypeCode | null> = {
  schema: ascii(TYPE_MESSAGE)
    .transform((s) => s.toLowerCase())
    .refine((s) => TYPE_BY_SLUG.has(s), { message: TYPE_MESSAGE })
    .transform((s) => TYPE_BY_SLUG.get(s)!),
  default: null,
  format: (v) => (v ? AGENCY_TYPE_SLUG[v] : undefined),
  description: "Agency type: county, municipality, state, other.",
  example: "county",
};

export const qParam: Param<string> = {
  schema: z
    .string()
    .transform((s) => s.replace(/\s+/g, " ").trim())
    .pipe(z.string().max(Q_MAX, { message: `is longer than ${Q_MAX} characters` })),
  default: "",
  format: (v) => v || undefined,
  description: `Search text matched against agency names and the county and town each agency is placed on (or ICE gave), case-insensitive (at most ${Q_MAX} characters).`,
  example: "sheriff",
};

/** The search field's text (`/search`, `/api/v1/search`): a county, town, ZIP code or agency. */
export const searchQueryParam: Param<string> = {
  ...qParam,
  description: `A county, town or city, ZIP code or agency, in whole words, whatever the case, accents and punctuation; the last word may be unfinished (at most ${Q_MAX} characters).`,
  example: "Harris County, TX",
};

export const pageParam: Param<number> = {
  schema: z
    .string()
    .regex(/^\d{1,6}$/, { message: "must be a whole number from 1" })
    .transform(Number)
    .pipe(z.number().int().min(1, { message: "must be a whole number from 1" })),
  default: 1,
  format: (v) => (v === 1 ? undefined : String(v)),
  description: "Page number, from 1.",
  example: "2",
};


/** A day; the view shows the newest list published on or before it (resolving it needs the database). */
export const asOfParam: Param<string | null> = {
  schema: ascii("must be a date written YYYY-MM-DD").refine(isCalendarDay, { message: "must be a date written YYYY-MM-DD" }),
  default: null,
  format: (v) => v ?? undefined,
  description: "YYYY-MM-DD: the view as of the newest ICE list published on or before this day. Absent means the newest list.",
  example: "2025-03-31",
};

export function sortParam<S extends string>(allowed: readonly [S, ...S[]], fallback: S): Param<S> {
  return {
    schema: ascii(`must be one of ${allowed.join(", ")}`).refine((s): s is S => (allowed as readonly string[]).includes(s), {
      message: `must be one of ${allowed.join(", ")}`,
    }) as unknown as z.ZodType<S, string>,
    default: fallback,
    format: (v) => (v === fallback ? undefined : v),
    description: `Sort order: ${allowed.join(", ")} (a leading - reverses).`,
    example: allowed[1] ?? allowed[0],
  };
}

export function enumParam<S extends string>(allowed: readonly [S, ...S[]], description: string): Param<S | null> {
  return {
    schema: ascii(`must be one of ${allowed.join(", ")}`)
      .transform((s) => s.toLowerCase())
      .refine((s): s is S => (allowed as readonly string[]).includes(s), { message: `must be one of ${allowed.join(", ")}` }) as unknown as z.ZodType<S, string>,
    default: null,
    format: (v) => v ?? undefined,
    description,
    example: allowed[0],
  };
}

/** A published list, named by its kind and date: participating-2025-03-31 (stable across databases, unlike ids). */
export const listParam: Param<ListKey | null> = {
  schema: ascii("must name a list as participating-YYYY-MM-DD or pending-YYYY-MM-DD")
    .transform((s) => s.toLowerCase())
    .pipe(z.string().regex(/^(participating|pending)-\d{4}-\d{2}-\d{2}$/, { message: "must name a list as participating-YYYY-MM-DD or pending-YYYY-MM-DD" })
    .refine((s) => isCalendarDay(s.slice(s.indexOf("-") + 1)), { message: "has a date that does not exist" }))
    .transform((s) => {
      const i = s.indexOf("-");
      return { kind: s.slice(0, i).toUpperCase() as ListKind, publishedOn: s.slice(i + 1) };
    }),
  default: null,
  format: (v) => (v ? `${v.kind.toLowerCase()}-${v.publishedOn}` : undefined),
  description: "One published list: participating-YYYY-MM-DD or pending-YYYY-MM-DD.",
  example: "participating-2025-06-27",
};

// ── The views ─────────────────────────────────────────────────────────────────────────────────────────────

export const agreementsView = defineView({
  state: stateParam,
  model: modelParam,
  type: typeParam,
  q: qParam,
  sort: sortParam(AGREEMENT_SORTS, "state"),
  asOf: asOfParam,
  page: pageParam,
});

export const agenciesView = defineView({
  state: stateParam,
  model: modelParam,
  type: typeParam,
  q: qParam,
  asOf: asOfParam,
  page: pageParam,
});

export const changesView = defineView({
  state: stateParam,
  model: modelParam,
  change: enumParam(CHANGE_KINDS, "Only one kind of change: added, removed, redated (signed date changed), relinked (MOA link changed)."),
  asOf: asOfParam,
  page: pageParam,
});

export const pendingChangesView = defineView({ state: stateParam, asOf: asOfParam });

export const pendingView = defineView({
  state: stateParam,
  q: qParam,
  outcome: enumParam(PENDING_OUTCOMES, "Only applications that signed, dropped off the pending list without signing, or are still pending."),
  page: pageParam,
});

export const ledgerView = defineView({
  list: listParam,
  page: pageParam,
});

/** Every list imported (`/lists`), newest first, a page at a time. */
export const listsView = defineView({ page: pageParam });

export const statesView = defineView({ model: modelParam, asOf: asOfParam });
/** The search page and the search API. */
export const SEARCH_LIMIT_MAX = 25;
/** The search API: the query, and how many of the best matches to return (the suggestions ask for 8). */
export const searchView = defineView({
  q: searchQueryParam,
  limit: {
    schema: z
      .string()
      .regex(/^\d{1,2}$/, { message: `must be a whole number from 1 to ${SEARCH_LIMIT_MAX}` })
      .transform(Number)
      .pipe(z.number().int().min(1).max(SEARCH_LIMIT_MAX, { message: `must be a whole number from 1 to ${SEARCH_LIMIT_MAX}` })),
    default: SEARCH_LIMIT_MAX,
    format: (v) => (v === SEARCH_LIMIT_MAX ? undefined : String(v)),
    description: `How many of the best matches to return, from 1 to ${SEARCH_LIMIT_MAX}.`,
    example: "8",
  } satisfies Param<number>,
});
export const snapshotsView = defineView({ kind: enumParam(["participating", "pending"] as const, "Only lists of this kind.") });

/** One of a few words, with a default that is left out of the URL. */
export function choiceParam<S extends string>(allowed: readonly [S, ...S[]], fallback: S, description: string): Param<S> {
  return { ...sortParam(allowed, fallback), description };
}

export const METRICS = ["agreements", "agencies", "residents-task-force", "residents"] as const;
export type Metric = (typeof METRICS)[number];
/** The metrics that are a share of residents (Census populations), not a count of agreements. */
export const RESIDENT_METRICS = ["residents-task-force", "residents"] as const satisfies readonly Metric[];
export type ResidentMetric = (typeof RESIDENT_METRICS)[number];
export const isResidentMetric = (m: string): m is ResidentMetric => (RESIDENT_METRICS as readonly string[]).includes(m);
export const metricParam = choiceParam(
  METRICS,
  "agreements",
  "What the map shades: agreements (one per agency and model), agencies, the share of residents under a Task Force agreement (residents-task-force), or under any of the chosen models (residents).",
);

/** The national view `/`: the map and the table of states. */
export const nationalView = defineView({
  model: modelParam,
  metric: metricParam,
  sort: sortParam(STATE_SORTS, "state"),
  asOf: asOfParam,
});

export const STATE_METRICS = ["agreements", "residents-task-force", "residents"] as const;
export type StateMetric = (typeof STATE_METRICS)[number];

/** The state view `/states/[code]`: its map and its table of agencies. */
export const stateView = defineView({
  model: modelParam,
  metric: choiceParam(
    STATE_METRICS,
    "agreements",
    "What the county map shades: agreements, the share of a county's residents under a Task Force agreement (residents-task-force), or under any of the chosen models (residents).",
  ),
  type: typeParam,
  q: qParam,
  sort: sortParam(STATE_AGENCY_SORTS, "agency"),
  asOf: asOfParam,
  page: pageParam,
});

/** A state view's county map as a file of its own (`/states/[code]/map.svg`): the view's filters that change it. */
export const stateMapView = defineView({
  model: modelParam,
  metric: stateView.params.metric,
  asOf: asOfParam,
});

/** The tables and chart data of the trends (`/trends`, `/trends/data.json`): the nation's or one state's. */
export const trendsView = defineView({
  state: stateParam,
  model: modelParam,
  asOf: asOfParam,
});

/** The trends page (`/trends`): the trends' filters, and the page of its table of lists (newest first). */
export const trendsPageView = defineView({ ...trendsView.params, page: pageParam });

/** The table of a state's counties (`/counties`), the county map's table alternative: the state view's map filters. */
export const countiesView = defineView({
  state: stateParam,
  model: modelParam,
  metric: stateView.params.metric,
  asOf: asOfParam,
});

// ── A county's page (/counties/[fips]) and a town's (/places/[geoid]) ─────────────────────────────────────────

/** A code of `pattern` whose first two digits are a state's FIPS code. */
function areaCodeParam(pattern: RegExp, message: string, description: string, example: string): Param<string | null> {
  return {
    schema: ascii(message).refine((s) => pattern.test(s) && Object.hasOwn(STATE_OF_FIPS, s.slice(0, 2)), { message }),
    default: null,
    format: (v) => v ?? undefined,
    description,
    example,
  };
}

export const countyParam = areaCodeParam(COUNTY_FIPS_PATTERN, "is not a county FIPS code (five digits, like 48201)", "A county's 5-digit FIPS code (state and county), as the Census Bureau numbers it.", "48201");
export const placeParam = areaCodeParam(PLACE_GEOID_PATTERN, "is not a Census place GEOID (seven digits, like 0446000)", "A Census place's 7-digit GEOID (state and place), as the Census Bureau numbers it.", "0446000");

/** The county or place code in a page's path, through the same allow-list as a parameter; null when malformed. */
export function areaCodeOf(kind: "county" | "place", text: string): string | null {
  if (hasUnsafeCharacter(text)) return null;
  const r = (kind === "county" ? countyParam : placeParam).schema.safeParse(text);
  return r.success ? r.data : null;
}

/** A county's or a town's page, its feed and its API: the filters that change what it lists. */
export const areaView = defineView({ model: modelParam, asOf: asOfParam });
/** The download of a county's list of agencies (`/download/county-agencies.csv?county=48201`). */
export const countyAgenciesView = defineView({ county: countyParam, model: modelParam, asOf: asOfParam });
/** The download of a town's list of agencies (`/download/place-agencies.csv?place=0446000`). */
export const placeAgenciesView = defineView({ place: placeParam, model: modelParam, asOf: asOfParam });
