import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CountiesView, countiesMetadata } from "@/components/views/CountiesView";
import { getCountiesView } from "@/lib/queries/views/counties";
import { shadedModels } from "@/lib/view/coverage";
import { permalink } from "@/lib/http/permalink";
import { countiesView, type RawParams } from "@/lib/view/filters";

// A state's counties as a table (`state`, `model`, `metric`, `asOf`): the county map's table alternative.
type Props = { searchParams: Promise<RawParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return countiesMetadata(countiesView.parse(await searchParams).values);
}

export default async function CountiesPage({ searchParams }: Props) {
  const { values, notes } = countiesView.parse(await searchParams);
  const state = values.state;
  if (!state) notFound();
  const view = await getCountiesView(state, { ...values, shaded: shadedModels(values.metric, values.model) });
  if (!view.list) notFound();
  return <CountiesView state={state} values={values} notes={notes} view={view} permalink={await permalink(`/counties${countiesView.serialize(values)}`)} />;
}
