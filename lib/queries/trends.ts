import "server-only";
import { cachedRead } from "./cache";
import { prisma } from "../db/client";
import { MODELS, type ModelCode } from "../domain/models";
import type { ModelTally } from "./geo";
import { modelIn, Prisma, where } from "./sql";
import { EVERY_ROW, foldTally, modelBit, modelSet } from "./tallies";

// What the trend charts read: the size of every participating list, and one list's agreements by the month they
// were signed. Each read is one query.

export type { ModelTally };

/** One participating list: how many agreements (and agencies) it showed, in total and per model. */
export type ListTrendPoint = {
  publishedOn: string;
  origin: "ICE_SPREADSHEET" | "ARCHIVED_WEB_PAGE";
  agreements: number;
  agencies: number;
  byModel: ModelTally;
};

/** Agreements of one list signed in or before a month ("2025-03"), in total and per model. */
export type SignedTrendPoint = { month: string; total: number; byModel: ModelTally };
export type SignedTrend = {
  snapshotId: number;
  publishedOn: string;
  points: SignedTrendPoint[];
  /** Agreements of the list that carry no signed date; in no point. */
  undated: number;
};

export type TrendFilter = { state?: string | null; models?: ModelCode[] };

const noModels = (): ModelTally => Object.fromEntries(MODELS.map((m) => [m, 0])) as ModelTally;

// The cached readers take the filter as plain strings, one key per filter however it was written.
const modelsKey = (models: ModelCode[] = []) => [...new Set(models)].sort().join(",");
const modelsOf = (key: string) => (key ? (key.split(",") as ModelCode[]) : []);

type ListRow = { publishedOn: string; origin: ListTrendPoint["origin"]; models: number | null; agreements: number; agencies: number };

const listTrend = cachedRead("listTrend", async (state: string | null, models: string): Promise<ListTrendPoint[]> => {
  const chosen = modelsOf(models);
  // The stored counts (tallies.ts): every row without a model filter, else the chosen set's; and each model's own.
  const set = chosen.length ? modelSet(chosen) : EVERY_ROW;
  const perModel = chosen.length ? chosen : [...MODELS];
  // One list per day, the newest import of it (as resolveList picks); lists without a matching row still count, as zero.
  // The nation's counts are the states' sums, stored apart (list_total).
  const rows = await prisma().$queryRaw<ListRow[]>`
    WITH lists AS (
      SELECT DISTINCT ON (published_on) id, published_on, origin
      FROM snapshot WHERE kind = 'PARTICIPATING'
      ORDER BY published_on, same_day_order DESC, id DESC
    )
    SELECT to_char(l.published_on, 'YYYY-MM-DD') AS "publishedOn", l.origin::text AS origin, t.models::int AS models,
           sum(t.agreements)::int AS agreements, sum(t.agencies)::int AS agencies
    FROM lists l LEFT JOIN ${state ? Prisma.sql`list_tally` : Prisma.sql`list_total`} t ON ${where([
      Prisma.sql`t.snapshot_id = l.id`,
      Prisma.sql`t.models = ANY(${[set, ...perModel.map(modelBit)]}::smallint[])`,
      state && Prisma.sql`t.state = ${state}`,
    ])}
    GROUP BY l.published_on, l.origin, t.models
    ORDER BY l.published_on`;
  const points = new Map<string, ListTrendPoint>();
  for (const r of rows) {
    const p = points.get(r.publishedOn) ?? { publishedOn: r.publishedOn, origin: r.origin, agreements: 0, agencies: 0, byModel: noModels() };
    foldTally(p, r, set, perModel);
    points.set(r.publishedOn, p);
  }
  return [...points.values()];
});

/**
 * One point per published participating list, oldest first. With `state`, only that state's rows count; with
 * `models`, only agreements under those models (and agencies holding one of them).
 */
export function getListTrend(filter: TrendFilter = {}): Promise<ListTrendPoint[]> {
  return listTrend(filter.state ?? null, modelsKey(filter.models));
}

type SignedRow = { publishedOn: string; month: string | null; model: ModelCode | null; agreements: number | null };

const signedTrend = cachedRead("signedTrend", async (snapshotId: number, state: string | null, models: string): Promise<SignedTrend | null> => {
  const onList = where([
    Prisma.sql`snapshot_id = ${snapshotId}`,
    Prisma.sql`agreement_id IS NOT NULL`,
    state && Prisma.sql`state = ${state}`,
    modelIn(Prisma.sql`model`, modelsOf(models)),
  ]);
  // An agreement listed twice on one list counts once, at its earliest signed date.
  const rows = await prisma().$queryRaw<SignedRow[]>`
    WITH a AS (
      SELECT agreement_id, min(model::text) AS model, min(signed_on) AS signed
      FROM observation WHERE ${onList} GROUP BY agreement_id
    ), m AS (
      SELECT to_char(signed, 'YYYY-MM') AS month, model, count(*)::int AS agreements FROM a GROUP BY 1, 2
    )
    SELECT to_char(s.published_on, 'YYYY-MM-DD') AS "publishedOn", m.month, m.model, m.agreements
    FROM snapshot s LEFT JOIN m ON TRUE
    WHERE s.id = ${snapshotId}`;
  if (rows.length === 0) return null;
  let undated = 0;
  const signed = new Map<string, ModelTally>();
  for (const r of rows) {
    if (!r.model || !r.agreements) continue;
    if (!r.month) {
      undated += r.agreements;
      continue;
    }
    const t = signed.get(r.month) ?? noModels();
    t[r.model] += r.agreements;
    signed.set(r.month, t);
  }
  const months = [...signed.keys()].sort();
  const points: SignedTrendPoint[] = [];
  const running = noModels();
  if (months.length) {
    for (let month = months[0]; month <= months.at(-1)!; month = nextMonth(month)) {
      const add = signed.get(month);
      if (add) for (const m of MODELS) running[m] += add[m];
      points.push({ month, total: MODELS.reduce((n, m) => n + running[m], 0), byModel: { ...running } });
    }
  }
  return { snapshotId, publishedOn: rows[0].publishedOn, points, undated };
});

/** "2025-12" → "2026-01" */
function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/**
 * The agreements of one list by the month they were signed, cumulative, from the first signing month to the last
 * (months without a signing repeat the previous count); agreements without a signed date are counted apart.
 * Null when there is no such list.
 */
export function getSignedTrend(filter: TrendFilter & { snapshotId: number }): Promise<SignedTrend | null> {
  return signedTrend(filter.snapshotId, filter.state ?? null, modelsKey(filter.models));
}
