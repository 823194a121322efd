import type { Metadata } from "next";
import { NationalView, nationalMetadata } from "@/components/views/NationalView";
import { getNationalView } from "@/lib/queries/views/national";
import { permalink } from "@/lib/http/permalink";
import { nationalView, type RawParams } from "@/lib/view/filters";

// The national view, with or without filters. Rendered on request; the whole answer is kept in front of Next
// (lib/http/front.ts) until the data changes, once per address, so a shared permalink is served like a file.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return nationalMetadata(nationalView.parse(await searchParams).values);
}

export default async function HomePage({ searchParams }: Props) {
  const { values, notes } = nationalView.parse(await searchParams);
  return <NationalView values={values} notes={notes} view={await getNationalView(values)} permalink={await permalink(`/${nationalView.serialize(values)}`)} />;
}
