import { notFound } from "next/navigation";
import { requestUrl } from "@/lib/api/v1";
import { atomResponse, changesFeed } from "@/lib/feeds/changes";
import { getCountyFeedView } from "@/lib/queries/views/area";
import { areaCodeOf } from "@/lib/view/filters";
import { countyHref } from "@/lib/view/links";

export const dynamic = "force-dynamic";

/** A county's Atom feed: what each ICE list changed for the agencies covering it (its own, its towns', regional, statewide). */
export async function GET(request: Request, { params }: { params: Promise<{ fips: string }> }) {
  const fips = areaCodeOf("county", (await params).fips) ?? notFound();
  const view = (await getCountyFeedView(fips)) ?? notFound();
  const feed = await changesFeed(requestUrl(request).origin, view.area.state, {
    slugs: view.slugs,
    name: view.area.name,
    feedPath: `/counties/${fips}/feed.xml`,
    pagePath: countyHref(fips),
    idPart: `county-${fips}`,
  });
  return atomResponse(feed);
}
