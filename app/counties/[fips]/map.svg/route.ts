import { notFound } from "next/navigation";
import { areaMapSvg } from "@/components/map/area-map-svg";
import { countyMapOf } from "@/lib/geo/shape-files";
import { STATE_MAP_WIDTH } from "@/lib/geo/shapes";
import { getCountyArea } from "@/lib/queries/areas";
import { areaCodeOf } from "@/lib/view/filters";

// A county outlined among its state's counties, as an SVG file: kept whole in front of Next like a page
// (lib/http/front.ts). A malformed or unknown FIPS code is a 404.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ fips: string }> }) {
  const fips = areaCodeOf("county", (await params).fips) ?? notFound();
  const area = (await getCountyArea(fips)) ?? notFound();
  const map = (await countyMapOf(area.state, STATE_MAP_WIDTH)) ?? notFound();
  return new Response(areaMapSvg(map, area.state, fips, area.name), { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
}
