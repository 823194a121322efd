import { getTrendsView } from "@/lib/queries/views/trends";
import { trendsView } from "@/lib/view/filters";

// The trend charts' points, fetched by the charts when they come into view (components/charts/trend-data.ts).
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const { values } = trendsView.parse(new URL(request.url).searchParams);
  const view = await getTrendsView({ state: values.state, models: values.model, asOf: values.asOf });
  return Response.json({ lists: view.listTrend, signed: view.signedTrend?.points ?? [], shares: view.shareTrend ?? [] });
}
