import "server-only";
import { cache } from "react";
import { getAgencyHistory } from "../agencies";
import { getCensusArea } from "../coverage";

// One agency's page: its record across ICE's lists, and the Census area whose residents its agreements count for.
// Read once per request (the page's title and its body ask for the same agency).

export const getAgencyView = cache(async (slug: string) => {
  const history = await getAgencyHistory(slug);
  if (!history) return null;
  const area = history.area?.geoid ? await getCensusArea(history.area.geoid) : null;
  return { history, area };
});

export type AgencyViewData = NonNullable<Awaited<ReturnType<typeof getAgencyView>>>;
