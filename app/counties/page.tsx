import type { Metadata } from "next";
import { CountiesView, countiesMetadata } from "@/components/views/CountiesView";
import { countiesView, type RawParams } from "@/lib/view/filters";

// A state's counties as a table (`state`, `model`, `metric`, `asOf`): the county map's table alternative.
type Props = { searchParams: Promise<RawParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return countiesMetadata(countiesView.parse(await searchParams).values);
}

export default async function CountiesPage({ searchParams }: Props) {
  const { values, notes } = countiesView.parse(await searchParams);
  return <CountiesView values={values} notes={notes} />;
}
