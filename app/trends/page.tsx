import type { Metadata } from "next";
import { TrendsView, trendsMetadata } from "@/components/views/TrendsView";
import { getTrendsView } from "@/lib/queries/views/trends";
import { permalink } from "@/lib/http/permalink";
import { trendsPageView, type RawParams } from "@/lib/view/filters";

// The trend charts' numbers as tables, for the nation or a state (`state`, `model`, `asOf`).
type Props = { searchParams: Promise<RawParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return trendsMetadata(trendsPageView.parse(await searchParams).values);
}

export default async function TrendsPage({ searchParams }: Props) {
  const { values, notes } = trendsPageView.parse(await searchParams);
  const view = await getTrendsView({ state: values.state, models: values.model, asOf: values.asOf });
  return <TrendsView values={values} notes={notes} view={view} permalink={await permalink(`/trends${trendsPageView.serialize(values)}`)} />;
}
