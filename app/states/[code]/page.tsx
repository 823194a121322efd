import type { Metadata } from "next";
import { StateView, stateMetadata, stateOf } from "@/components/views/StateView";
import { stateView } from "@/lib/view/filters";

// A state's permalink with no filters, the address people share most: rendered once, kept, and rendered again
// in the background at most every REVALIDATE seconds, so a new import shows within that time without a restart
// (the reads behind it are keyed by the data's version). The same address with filters is rewritten (in
// next.config.ts) to ./filtered, which renders for each request.
export const revalidate = 15;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ code: string }> };
const defaults = stateView.parse({}).values;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return stateMetadata(stateOf((await params).code), defaults);
}

export default async function StatePage({ params }: Props) {
  return <StateView state={stateOf((await params).code)} values={defaults} notes={[]} />;
}
