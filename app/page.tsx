import type { Metadata } from "next";
import { NationalView, nationalMetadata } from "@/components/views/NationalView";
import { nationalView, type RawParams } from "@/lib/view/filters";

// The national view with filters in its query, rendered per request. Without any, next.config.ts rewrites `/` to
// the cached page (app/states/[code] with the code "us"), as it does for a state's own permalink.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return nationalMetadata(nationalView.parse(await searchParams).values);
}

export default async function HomePage({ searchParams }: Props) {
  const { values, notes } = nationalView.parse(await searchParams);
  return <NationalView values={values} notes={notes} />;
}
