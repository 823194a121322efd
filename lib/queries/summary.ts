import "server-only";
import { prisma } from "../db/client";
import { isoDay } from "../domain/days";
import type { ModelCode } from "../domain/models";
import { cachedRead } from "./cache";

export type ModelCounts = { model: ModelCode | null; agreements: number; agencies: number; states: number };

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
