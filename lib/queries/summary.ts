import "server-only";
import { prisma } from "../db/client";
import { isoDay } from "../domain/days";
import type { ModelCode } from "../domain/models";
import { cachedRead } from "./cache";

export type ListRef = { id: number; publishedOn: string; fileName: string; origin: "ICE_SPREADSHEET" | "ARCHIVED_WEB_PAGE" };
export type ModelCounts = { model: ModelCode | null; agreements: number; agencies: number; states: number };
export type NationalSummary = {
  participating: ListRef;
  totals: ModelCounts;
  byModel: ModelCounts[];
  pending: (ListRef & { applications: number; agencies: number }) | null;
};

async function newestList(kind: "PARTICIPATING" | "PENDING"): Promise<ListRef | null> {
  const s = await prisma().snapshot.findFirst({ where: { kind }, orderBy: [{ publishedOn: "desc" }, { id: "desc" }] });
  return s && { id: s.id, publishedOn: isoDay(s.publishedOn), fileName: s.fileName, origin: s.origin };
}

/** The newest participating list's counts, in total and per model, and the newest pending list's size. */
export async function getNationalSummary(): Promise<NationalSummary | null> {
  const [participating, pending] = await Promise.all([newestList("PARTICIPATING"), newestList("PENDING")]);
  if (!participating) return null;
  const rows = await prisma().$queryRaw<ModelCounts[]>`
    SELECT model, count(DISTINCT agreement_id)::int AS agreements, count(DISTINCT agency_id)::int AS agencies,
           count(DISTINCT state)::int AS states
    FROM observation WHERE snapshot_id = ${participating.id}
    GROUP BY ROLLUP (model)`;
  const totals = rows.find((r) => r.model === null)!;
  const byModel = rows.filter((r) => r.model !== null);
  let pendingSummary: NationalSummary["pending"] = null;
  if (pending) {
    const [p] = await prisma().$queryRaw<{ applications: number; agencies: number }[]>`
      SELECT count(*)::int AS applications, count(DISTINCT agency_id)::int AS agencies
      FROM observation WHERE snapshot_id = ${pending.id}`;
    pendingSummary = { ...pending, ...p };
  }
  return { participating, totals, byModel, pending: pendingSummary };
}

/** The newest list date, or throws when the database does not answer (health check). */
export async function getNewestSnapshotDate(): Promise<string | null> {
  return (await newestList("PARTICIPATING"))?.publishedOn ?? null;
}

export type ListTotals = { totals: ModelCounts; byModel: ModelCounts[] };

/** One participating list's counts, in total and per model, optionally in one state; read once per data version. */
export const getListTotals = cachedRead("getListTotals", async (snapshotId: number, state: string | null = null): Promise<ListTotals> => {
  const rows = await prisma().$queryRaw<ModelCounts[]>`
    SELECT model, count(DISTINCT agreement_id)::int AS agreements, count(DISTINCT agency_id)::int AS agencies,
           count(DISTINCT state)::int AS states
    FROM observation WHERE snapshot_id = ${snapshotId} AND (${state}::text IS NULL OR state = ${state})
    GROUP BY ROLLUP (model)`;
  const totals = rows.find((r) => r.model === null) ?? { model: null, agreements: 0, agencies: 0, states: 0 };
  return { totals, byModel: rows.filter((r) => r.model !== null) };
});
