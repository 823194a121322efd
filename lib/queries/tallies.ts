import "server-only";
import { MODELS, type ModelCode } from "../domain/models";

// The stored counts of each list (table list_tally, written at import by the SQL function refresh_list_tallies):
// per list, state and set of models, the distinct agreements and agencies. A set of models is stored as bits in the
// order of MODELS (1 Jail Enforcement, 2 Task Force, 4 Warrant Service Officer); 0 counts every row of a list, with
// or without a model (only pending lists have rows without one).

/** Every row of a list, whatever its model. */
export const EVERY_ROW = 0;

/** The bit of one model. */
export const modelBit = (m: ModelCode): number => 1 << MODELS.indexOf(m);

/** The set of the given models, or of all three when none is given. */
export const modelSet = (models: readonly ModelCode[]): number => (models.length ? models : MODELS).reduce((bits, m) => bits | modelBit(m), 0);

/** The model a one-model set stands for, or null. */
export const modelOfBit = (bits: number): ModelCode | null => MODELS.find((m) => modelBit(m) === bits) ?? null;

/** A stored row of counts: a set of models (null: no row, e.g. a list with none of the state's agreements) and its counts. */
export type TallyRow = { models: number | null; agreements: number; agencies: number };

/**
 * Folds stored rows into one area's or one list's figures: the totals from the row of the chosen set (`set`), and each
 * chosen model's agreements from that model's own row.
 */
export function foldTally(into: { agreements: number; agencies: number; byModel: Record<ModelCode, number> }, r: TallyRow, set: number, chosen: readonly ModelCode[]): void {
  if (r.models === set) Object.assign(into, { agreements: r.agreements, agencies: r.agencies });
  const m = r.models === null ? null : modelOfBit(r.models);
  if (m && chosen.includes(m)) into.byModel[m] = r.agreements;
}
