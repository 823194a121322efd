import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AreaView, areaMetadata } from "@/components/views/AreaView";
import { getCountyView } from "@/lib/queries/views/area";
import { permalink } from "@/lib/http/permalink";
import { countyHref } from "@/lib/view/links";
import { areaCodeOf, areaView, type RawParams } from "@/lib/view/filters";

// One county (`/counties/48201`): every agency whose 287(g) authority covers it; `model`, `asOf`. A malformed or
// unknown FIPS code is a 404 with a search box.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ fips: string }>; searchParams: Promise<RawParams> };

async function resolve({ params, searchParams }: Props) {
  const fips = areaCodeOf("county", (await params).fips) ?? notFound();
  return { fips, ...areaView.parse(await searchParams) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { fips, values } = await resolve(props);
  return areaMetadata((await getCountyView(fips, values))?.area ?? null);
}

export default async function CountyPage(props: Props) {
  const { fips, values, notes } = await resolve(props);
  const view = await getCountyView(fips, values);
  if (!view?.list) notFound();
  return <AreaView values={values} notes={notes} view={view} permalink={await permalink(countyHref(fips, values))} />;
}
