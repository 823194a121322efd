import "server-only";
import { prisma } from "../db/client";
import { isoDay } from "../domain/days";
import { MODELS, type ModelCode } from "../domain/models";
import { cachedRead } from "./cache";
import { EVERY_ROW, modelBit } from "./tallies";

export type ModelCounts = { model: ModelCode | null; agreements: number; agencies: number; states: number };

export type ListTotals = { totals: ModelCounts; byModel: ModelCounts[] };

/** One participating list's counts, in total and per model, optionally in one state; read once per data version. */
export const getListTotals = cachedRead("getListTotals", async (snapshotId: number, state: string | null = null): Promise<ListTotals> => {
  // The stored counts (tallies.ts): every row, and each model's own; the nation's from list_total, the states' sums.
  type Row = { models: number; agreements: number; agencies: number; states: number };
  const rows = state
    ? await prisma().$queryRaw<Row[]>`
        SELECT models::int AS models, agreements, agencies, 1 AS states FROM list_tally WHERE snapshot_id = ${snapshotId} AND state = ${state}`
    : await prisma().$queryRaw<Row[]>`SELECT models::int AS models, agreements, agencies, states FROM list_total WHERE snapshot_id = ${snapshotId}`;
  const all = rows.find((r) => r.models === EVERY_ROW);
  const totals: ModelCounts = { model: null, agreements: all?.agreements ?? 0, agencies: all?.agencies ?? 0, states: all?.states ?? 0 };
  const byModel = MODELS.flatMap((model) => {
    const r = rows.find((x) => x.models === modelBit(model));
    return r ? [{ model, agreements: r.agreements, agencies: r.agencies, states: r.states }] : [];
  });
  return { totals, byModel };
});
