import type { Metadata } from "next";
import { NationalView, nationalMetadata } from "@/components/views/NationalView";
import { StateView, stateMetadata, stateOf } from "@/components/views/StateView";
import { nationalView, stateView } from "@/lib/view/filters";

// The permalinks with no filters, the addresses people share most: a state's (/states/tx) and the nation's (`/`,
// which next.config.ts rewrites to the code "us"). Rendered once, kept, and rendered again in the background at
// most every `revalidate` seconds, so a new import shows within that time without a restart (the reads behind
// them are keyed by the data's version). With filters in the query, next.config.ts sends the same addresses to
// pages rendered per request (./filtered and app/page.tsx).
export const revalidate = 15;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ code: string }> };
const NATION = "us";
const stateDefaults = stateView.parse({}).values;
const nationalDefaults = nationalView.parse({}).values;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  if (code.toLowerCase() === NATION) return nationalMetadata(nationalDefaults);
  return stateMetadata(stateOf(code), stateDefaults);
}

export default async function StatePage({ params }: Props) {
  const { code } = await params;
  if (code.toLowerCase() === NATION) return <NationalView values={nationalDefaults} notes={[]} />;
  return <StateView state={stateOf(code)} values={stateDefaults} notes={[]} />;
}
