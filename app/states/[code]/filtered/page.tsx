import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { StateView, stateMetadata, stateOf } from "@/components/views/StateView";
import { nationalView, stateView, type RawParams } from "@/lib/view/filters";

// /states/[code] with any of the view's filters in its query (next.config.ts rewrites it here): rendered per request.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<RawParams> };

/** /states/us is the national view (see ../page.tsx): with filters, it is `/` with them. */
async function nationalRedirect({ params, searchParams }: Props): Promise<void> {
  if ((await params).code.toLowerCase() === "us") redirect(`/${nationalView.serialize(nationalView.parse(await searchParams).values)}`);
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await nationalRedirect({ params, searchParams });
  return stateMetadata(stateOf((await params).code), stateView.parse(await searchParams).values);
}

export default async function FilteredStatePage({ params, searchParams }: Props) {
  await nationalRedirect({ params, searchParams });
  const state = stateOf((await params).code);
  const { values, notes } = stateView.parse(await searchParams);
  return <StateView state={state} values={values} notes={notes} />;
}
