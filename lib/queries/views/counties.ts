import "server-only";
import type { ModelCode } from "../../domain/models";
import { getCountedAreas, getCountyCoverage } from "../coverage";
import { getAgreementsByCounty } from "../geo";
import { resolveList } from "../lists";

// A state's counties as a table, with the state map's filters: what the county map shades, in numbers.

export async function getCountiesView(
  state: string,
  values: { model: ModelCode[]; asOf: string | null; /** The models whose residents are counted; null for agreements alone. */ shaded: ModelCode[] | null },
) {
  const { list, fallback } = await resolveList("PARTICIPATING", values.asOf);
  if (!list) return { list: null, fallback } as const;
  const { shaded } = values;
  const [counties, coverage, counted] = await Promise.all([
    getAgreementsByCounty(list.id, state, values.model),
    shaded ? getCountyCoverage(list.id, state, shaded) : null,
    shaded ? getCountedAreas(list.id, state, shaded) : null,
  ]);
  return { list, fallback, counties, coverage, counted };
}

/** The counties of a state when a list has been imported (the page is not found otherwise). */
export type CountiesViewData = Exclude<Awaited<ReturnType<typeof getCountiesView>>, { list: null }>;
