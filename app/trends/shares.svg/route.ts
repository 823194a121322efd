import { notFound } from "next/navigation";
import { sharesTrendSvg } from "@/components/charts/trend-files";
import { getTrendsView } from "@/lib/queries/views/trends";
import { trendsView } from "@/lib/view/filters";

// A state's chart of the share of its residents under local agreements, list by list, as an SVG file, for the same
// filters as /trends/data.json: shown before the interactive chart loads, printed, and read without scripts
// (components/charts/CoverageFigure.tsx). The nation has no such chart: without a state it is a 404.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const { values } = trendsView.parse(new URL(request.url).searchParams);
  if (!values.state) notFound();
  const view = await getTrendsView({ state: values.state, models: values.model, asOf: values.asOf });
  return new Response(sharesTrendSvg(view, values.state, values.model), { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
}
