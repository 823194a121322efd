import "server-only";
import { cachedRead } from "./cache";
import { prisma } from "../db/client";
import type { ModelCode } from "../domain/models";
import { CHANGE_KINDS, LEADING_CHANGES, type ChangeKind } from "../domain/changes";
import { modelIn, pageClause, Prisma, where, type Paging } from "./sql";

export type ChangeFilters = { state: string | null; model: ModelCode[]; change: ChangeKind | null; asOf: string | null };

export type AgreementChange = {
  snapshotId: number;
  publishedOn: string;
  previousPublishedOn: string;
  change: ChangeKind;
  agency: string;
  slug: string;
  state: string;
  /** Where the agency is placed (agency_placement): its county's 5-digit FIPS code, and the Census area its residents are counted for. */
  countyFips: string | null;
  censusGeoid: string | null;
  model: ModelCode;
  signedOn: string | null;
  previousSignedOn: string | null;
  moaUrl: string | null;
  previousMoaUrl: string | null;
};

// Each participating list's changes against the one before it, as the importer stored them (table list_change, one
// definition: the SQL function refresh_list_changes). `newest` keeps only the changes of the newest list on or before
// asOf (the home page's), `since` those of the lists published after that day.
const changesCte = (f: ChangeFilters, opts: { newest?: boolean; since?: string } = {}) => Prisma.sql`
  ch AS (
    SELECT c.snapshot_id, c.change::text AS change, c.agreement_id, c.agency_id, c.state, c.model, c.agency_name, c.signed_on,
      c.previous_signed_on AS prev_signed_on, c.moa_url, c.previous_moa_url AS prev_moa_url,
      s.published_on, s.same_day_order, p.published_on AS prev_published_on
    FROM list_change c JOIN snapshot s ON s.id = c.snapshot_id JOIN snapshot p ON p.id = c.previous_snapshot_id
    WHERE ${where([
      opts.newest &&
        Prisma.sql`c.snapshot_id = (SELECT id FROM snapshot WHERE kind = 'PARTICIPATING'
          AND ${f.asOf ? Prisma.sql`published_on <= ${f.asOf}::date` : Prisma.sql`TRUE`}
          ORDER BY published_on DESC, same_day_order DESC, id DESC LIMIT 1)`,
      opts.since && Prisma.sql`s.published_on > ${opts.since}::date`,
      f.state && Prisma.sql`c.state = ${f.state}`,
      modelIn(Prisma.sql`c.model`, f.model),
      f.change && Prisma.sql`c.change = ${f.change}::"ChangeKind"`,
      f.asOf && Prisma.sql`s.published_on <= ${f.asOf}::date`,
    ])})`;

type ListChangeRaw<C> = { snapshot_id: number; published_on: string; prev_published_on: string; change: C; agency_name: string; slug: string; state: string; county_fips: string | null; area_geoid: string | null };

/** The fields every change row has: which list, compared with which, what happened to which agency. */
const listChangeOf = <C extends string>(r: ListChangeRaw<C>) => ({
  snapshotId: r.snapshot_id,
  publishedOn: r.published_on,
  previousPublishedOn: r.prev_published_on,
  change: r.change,
  agency: r.agency_name,
  slug: r.slug,
  state: r.state,
  countyFips: r.county_fips,
  censusGeoid: r.area_geoid,
});

type Raw = {
  snapshot_id: number;
  published_on: string;
  prev_published_on: string;
  change: ChangeKind;
  agency_name: string;
  slug: string;
  state: string;
  county_fips: string | null;
  area_geoid: string | null;
  model: ModelCode;
  signed_on: string | null;
  prev_signed_on: string | null;
  moa_url: string | null;
  prev_moa_url: string | null;
  total: number;
};

/**
 * Agreement changes between consecutive participating lists, filtered: newest list first, or with `order: "leading"`
 * the removed and added agreements of every list first (newest list first), then the re-dated and re-linked ones.
 */
export const listChanges = cachedRead("listChanges", async (f: ChangeFilters, paging: Paging, order: "list" | "leading" = "list"): Promise<{ rows: AgreementChange[]; total: number }> => {
  const kinds = order === "leading" ? [...LEADING_CHANGES, ...CHANGE_KINDS.filter((k) => !(LEADING_CHANGES as readonly string[]).includes(k))] : [...CHANGE_KINDS];
  const rows = await prisma().$queryRaw<Raw[]>`
    WITH ${changesCte(f)}
    SELECT ch.snapshot_id, to_char(ch.published_on, 'YYYY-MM-DD') AS published_on,
      to_char(ch.prev_published_on, 'YYYY-MM-DD') AS prev_published_on, ch.change, ch.agency_name, g.slug, ch.state,
      ch.model::text AS model, to_char(ch.signed_on, 'YYYY-MM-DD') AS signed_on,
      to_char(ch.prev_signed_on, 'YYYY-MM-DD') AS prev_signed_on, ch.moa_url, ch.prev_moa_url, pl.county_fips, pl.area_geoid,
      count(*) OVER ()::int AS total
    FROM ch JOIN agency g ON g.id = ch.agency_id LEFT JOIN agency_placement pl ON pl.agency_id = ch.agency_id
    ORDER BY ${order === "leading" ? Prisma.sql`ch.change <> ALL(${[...LEADING_CHANGES]}::text[]),` : Prisma.empty}
      ch.published_on DESC, ch.same_day_order DESC, ch.snapshot_id DESC, array_position(${kinds}::text[], ch.change),
      ch.state, ch.agency_name, ch.model
    ${pageClause(paging)}`;
  return {
    total: rows[0]?.total ?? (paging !== "all" && paging.page > 1 ? (await summarizeChanges(f)).reduce((n, s) => n + s.count, 0) : 0),
    rows: rows.map((r) => ({
      ...listChangeOf(r),
      model: r.model,
      signedOn: r.signed_on,
      previousSignedOn: r.prev_signed_on,
      moaUrl: r.moa_url,
      previousMoaUrl: r.prev_moa_url,
    })),
  };
});

export type ChangeSummary = { snapshotId: number; publishedOn: string; previousPublishedOn: string; change: ChangeKind; count: number };
export type ChangeCount = ChangeSummary & { state: string; model: ModelCode };

/** How many changes of each kind each list brought, per state and model, for the filters. */
export const countChanges = cachedRead("countChanges", async (f: ChangeFilters, opts: { newestListOnly?: boolean } = {}): Promise<ChangeCount[]> => {
  const rows = await prisma().$queryRaw<{ snapshot_id: number; published_on: string; prev_published_on: string; change: ChangeKind; state: string; model: ModelCode; n: number }[]>`
    WITH ${changesCte(f, { newest: opts.newestListOnly })}
    SELECT ch.snapshot_id, to_char(ch.published_on, 'YYYY-MM-DD') AS published_on,
      to_char(ch.prev_published_on, 'YYYY-MM-DD') AS prev_published_on, ch.change, ch.state, ch.model::text AS model, count(*)::int AS n
    FROM ch
    GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 2 DESC, 5, 6`;
  return rows.map((r) => ({
    snapshotId: r.snapshot_id,
    publishedOn: r.published_on,
    previousPublishedOn: r.prev_published_on,
    change: r.change,
    state: r.state,
    model: r.model,
    count: r.n,
  }));
});

/** The per-state, per-model counts added up per list and kind of change, newest list first. */
export function totalChanges(counts: ChangeCount[]): ChangeSummary[] {
  const out = new Map<string, ChangeSummary>();
  for (const c of counts) {
    const key = `${c.snapshotId}|${c.change}`;
    const t = out.get(key) ?? { snapshotId: c.snapshotId, publishedOn: c.publishedOn, previousPublishedOn: c.previousPublishedOn, change: c.change, count: 0 };
    t.count += c.count;
    out.set(key, t);
  }
  return [...out.values()].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn));
}

/** How many changes of each kind each list brought, for the filters. */
export async function summarizeChanges(f: ChangeFilters, opts: { newestListOnly?: boolean } = {}): Promise<ChangeSummary[]> {
  return totalChanges(await countChanges(f, opts));
}

export type WeekOfChanges = {
  /** The week is the seven days ending on `to`, the day of the list shown: lists published after `from`, up to `to`. */
  from: string;
  to: string;
  /** Participating lists ICE published that week. */
  lists: number;
  added: number;
  removed: number;
};

/**
 * The week's roll-up for the national or a state's view: agreements added to and removed from ICE's participating
 * lists in the seven days up to the list of `asOf` (each list compared with the one before it, summed).
 */
export const summarizeWeek = cachedRead("summarizeWeek", async (f: { state: string | null; asOf: string }): Promise<WeekOfChanges> => {
  const to = f.asOf;
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
  const filters: ChangeFilters = { state: f.state, model: [], change: null, asOf: to };
  const [rows, [{ lists }]] = await Promise.all([
    prisma().$queryRaw<{ change: ChangeKind; n: number }[]>`
      WITH ${changesCte(filters, { since: from })}
      SELECT ch.change, count(*)::int AS n FROM ch GROUP BY 1`,
    prisma().$queryRaw<{ lists: number }[]>`
      SELECT count(*)::int AS lists FROM snapshot WHERE kind = 'PARTICIPATING' AND published_on > ${from}::date AND published_on <= ${to}::date`,
  ]);
  const count = (k: ChangeKind) => rows.find((r) => r.change === k)?.n ?? 0;
  return { from, to, lists, added: count("added"), removed: count("removed") };
});

export type PendingChange = {
  snapshotId: number;
  publishedOn: string;
  previousPublishedOn: string;
  change: "added" | "removed";
  agency: string;
  slug: string;
  state: string;
  countyFips: string | null;
  censusGeoid: string | null;
  models: ModelCode[];
};

/** Agencies that joined or left the pending list, between consecutive pending lists, newest first. */
export const listPendingChanges = cachedRead("listPendingChanges", async (f: { state: string | null; asOf: string | null }): Promise<PendingChange[]> => {
  const rows = await prisma().$queryRaw<{ snapshot_id: number; published_on: string; prev_published_on: string; change: "added" | "removed"; agency_name: string; slug: string; state: string; county_fips: string | null; area_geoid: string | null; models: (ModelCode | null)[] }[]>`
    WITH ch AS (
      -- The stored changes (table pending_change; their definition: the SQL function refresh_pending_changes).
      SELECT c.snapshot_id, s.published_on, s.same_day_order, p.published_on AS prev_published_on, c.change::text AS change,
        c.agency_id, c.state, c.agency_name, c.models
      FROM pending_change c JOIN snapshot s ON s.id = c.snapshot_id JOIN snapshot p ON p.id = c.previous_snapshot_id)
    SELECT ch.snapshot_id, to_char(ch.published_on, 'YYYY-MM-DD') AS published_on,
      to_char(ch.prev_published_on, 'YYYY-MM-DD') AS prev_published_on, ch.change, ch.agency_name, g.slug, ch.state,
      ch.models::text[] AS models, pl.county_fips, pl.area_geoid
    FROM ch JOIN agency g ON g.id = ch.agency_id LEFT JOIN agency_placement pl ON pl.agency_id = ch.agency_id
    WHERE ${where([f.state && Prisma.sql`ch.state = ${f.state}`, f.asOf && Prisma.sql`ch.published_on <= ${f.asOf}::date`])}
    ORDER BY ch.published_on DESC, ch.same_day_order DESC, ch.change, ch.state, ch.agency_name`;
  return rows.map((r) => ({ ...listChangeOf(r), models: r.models.filter((m): m is ModelCode => m !== null) }));
});
