import type { Metadata } from "next";
import { StateView, stateMetadata, stateOf } from "@/components/views/StateView";
import { stateView, type RawParams } from "@/lib/view/filters";

// /states/[code] with any of the view's filters in its query (next.config.ts rewrites it here): rendered per request.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<RawParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return stateMetadata(stateOf((await params).code), stateView.parse(await searchParams).values);
}

export default async function FilteredStatePage({ params, searchParams }: Props) {
  const state = stateOf((await params).code);
  const { values, notes } = stateView.parse(await searchParams);
  return <StateView state={state} values={values} notes={notes} />;
}
