import { notFound } from "next/navigation";
import { stateMapSvg } from "@/components/map/state-map-svg";
import { stateCode } from "@/lib/domain/states";
import { countyMapOf } from "@/lib/geo/shape-files";
import { STATE_MAP_WIDTH } from "@/lib/geo/shapes";
import { countyShares, metricModels, shadedWords } from "@/lib/view/coverage";
import { resolveList } from "@/lib/queries/lists";
import { loadStateMap } from "@/lib/queries/state-map";
import { stateMapView } from "@/lib/view/filters";
import { agencyHref, countyHref } from "@/lib/view/links";

// A state view's county map as an SVG file, for the view's model, metric and asOf (the page links it with the very
// values it was drawn for): kept whole in front of Next like a page (lib/http/front.ts), and by browsers with its ETag.
// An unknown state, or one without a county map in this build, is a 404, which is never kept.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const state = stateCode((await params).code) ?? notFound();
  const { values } = stateMapView.parse(new URL(request.url).searchParams);
  const [map, { list }] = await Promise.all([countyMapOf(state, STATE_MAP_WIDTH), resolveList("PARTICIPATING", values.asOf)]);
  if (!map || !list) notFound();
  const shaded = values.metric === "agreements" ? null : metricModels(values.metric, values.model);
  const data = await loadStateMap(list.id, state, values.model, shaded);
  const residents = data.coverage ? { shares: countyShares(data.coverage.counties, data.coverage.counted), words: shadedWords(values.metric, values.model) } : undefined;
  return new Response(stateMapSvg(map, state, data.counties, data.agencies, residents, agencyHref, (fips) => countyHref(fips, { model: values.model, asOf: values.asOf })), {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8" },
  });
}
