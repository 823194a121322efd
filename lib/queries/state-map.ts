import "server-only";
import type { ModelCode } from "../domain/models";
import { getCountedAreas, getCountyCoverage, type CountedArea, type CountyCoverage } from "./coverage";
import { getAgenciesOfState, getAgreementsByCounty, type CountyCounts, type PlacedAgency } from "./geo";

// What a state's county map draws for one list and the view's filters: the state view places it, and its own file
// (/states/[code]/map.svg) draws it, from the same reads.

export type StateMapData = {
  /** Agreements per county, of the chosen models (all when none). */
  counties: CountyCounts[];
  /** The state's agencies holding an agreement of the chosen models, with those agreements only. */
  agencies: PlacedAgency[];
  /** When the map shades residents: each county's residents under `shaded` models, and the areas counted. */
  coverage: { counties: CountyCoverage[]; counted: CountedArea[] } | null;
};

/** The agencies with only their agreements of `models` (every one when none), and without those left with none. */
export function withModels(agencies: PlacedAgency[], models: ModelCode[]): PlacedAgency[] {
  if (!models.length) return agencies;
  return agencies.map((a) => ({ ...a, agreements: a.agreements.filter((g) => models.includes(g.model)) })).filter((a) => a.agreements.length > 0);
}

/** `shaded`: the models whose residents the map shades (null when it shades agreements). */
export async function loadStateMap(snapshotId: number, state: string, models: ModelCode[], shaded: ModelCode[] | null): Promise<StateMapData> {
  const [counties, placed, coverage, counted] = await Promise.all([
    getAgreementsByCounty(snapshotId, state, models),
    getAgenciesOfState(snapshotId, state),
    shaded ? getCountyCoverage(snapshotId, state, shaded) : null,
    shaded ? getCountedAreas(snapshotId, state, shaded) : null,
  ]);
  return { counties, agencies: withModels(placed, models), coverage: coverage && counted ? { counties: coverage, counted } : null };
}
