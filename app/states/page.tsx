import type { Metadata } from "next";
import { StatesView, statesMetadata } from "@/components/views/StatesView";
import { listStatesView } from "@/lib/queries/views/tables";
import { permalink } from "@/lib/http/permalink";
import { nationalView, type RawParams } from "@/lib/view/filters";

// The table of states, with the national view's filters (model, sort, asOf).
type Props = { searchParams: Promise<RawParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return statesMetadata(nationalView.parse(await searchParams).values);
}

export default async function StatesPage({ searchParams }: Props) {
  const { values, notes } = nationalView.parse(await searchParams);
  return <StatesView values={values} notes={notes} view={await listStatesView(values)} permalink={await permalink(`/states${nationalView.serialize(values)}`)} />;
}
