import { signedTrendSvg } from "@/components/charts/trend-files";
import { getTrendsView } from "@/lib/queries/views/trends";
import { trendsView } from "@/lib/view/filters";

// The view's chart of the newest list's agreements by month signed as an SVG file, for the same filters as /trends/data.json:
// shown before the interactive chart loads, printed, and read without scripts (components/charts/TrendFigure.tsx).
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const { values } = trendsView.parse(new URL(request.url).searchParams);
  const view = await getTrendsView({ state: values.state, models: values.model, asOf: values.asOf });
  return new Response(signedTrendSvg(view, values.state, values.model), { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
}
