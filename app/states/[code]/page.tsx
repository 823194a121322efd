import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { StateView, stateMetadata, stateOf } from "@/components/views/StateView";
import { getListTotalsView } from "@/lib/queries/views/list-totals";
import { getStateView } from "@/lib/queries/views/state";
import { shadedModels } from "@/lib/view/coverage";
import { permalink } from "@/lib/http/permalink";
import { stateHref } from "@/lib/view/links";
import { stateView, type RawParams } from "@/lib/view/filters";

// One state's view, with or without filters, rendered on request and kept whole in front of Next until the data
// changes (lib/http/front.ts). An unknown code is a 404, which is never kept; `/states/TX` is `/states/tx`.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<RawParams> };

async function resolve({ params, searchParams }: Props) {
  const { code } = await params;
  const state = stateOf(code);
  const raw = await searchParams;
  const lower = state.toLowerCase();
  if (code !== lower) {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(raw)) for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) query.append(k, x);
    const q = query.toString();
    permanentRedirect(`/states/${lower}${q ? `?${q}` : ""}`);
  }
  return { state, ...stateView.parse(raw) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { state, values } = await resolve(props);
  return stateMetadata(state, values, await getListTotalsView({ state, asOf: values.asOf }));
}

export default async function StatePage(props: Props) {
  const { state, values, notes } = await resolve(props);
  const view = await getStateView(state, { ...values, shaded: shadedModels(values.metric, values.model) });
  if (!view.list) notFound();
  return <StateView state={state} values={values} notes={notes} view={view} permalink={await permalink(stateHref(state, values))} />;
}
