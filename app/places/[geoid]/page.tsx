import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AreaView, areaMetadata } from "@/components/views/AreaView";
import { getPlaceView } from "@/lib/queries/views/area";
import { permalink } from "@/lib/http/permalink";
import { placeHref } from "@/lib/view/links";
import { areaCodeOf, areaView, type RawParams } from "@/lib/view/filters";

// One town, a Census place (`/places/0446000`): every agency whose 287(g) authority covers it; `model`, `asOf`. A malformed or
// unknown GEOID is a 404 with a search box.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ geoid: string }>; searchParams: Promise<RawParams> };

async function resolve({ params, searchParams }: Props) {
  const geoid = areaCodeOf("place", (await params).geoid) ?? notFound();
  return { geoid, ...areaView.parse(await searchParams) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { geoid, values } = await resolve(props);
  return areaMetadata((await getPlaceView(geoid, values))?.area ?? null);
}

export default async function PlacePage(props: Props) {
  const { geoid, values, notes } = await resolve(props);
  const view = await getPlaceView(geoid, values);
  if (!view?.list) notFound();
  return <AreaView values={values} notes={notes} view={view} permalink={await permalink(placeHref(geoid, values))} />;
}
