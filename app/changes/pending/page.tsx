import type { Metadata } from "next";
import { PendingListChangesView, pendingListChangesMetadata } from "@/components/views/PendingListChangesView";
import { getPendingListChangesView } from "@/lib/queries/views/pending-list-changes";
import { permalink } from "@/lib/http/permalink";
import { pendingChangesView, type RawParams } from "@/lib/view/filters";

// One pending list's changes (`asOf`: the newest pending list on or before that day), for a `state` or all.
type Props = { searchParams: Promise<RawParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return pendingListChangesMetadata(pendingChangesView.parse(await searchParams).values);
}

export default async function PendingListChangesPage({ searchParams }: Props) {
  const { values, notes } = pendingChangesView.parse(await searchParams);
  return <PendingListChangesView values={values} notes={notes} view={await getPendingListChangesView(values)} permalink={await permalink(`/changes/pending${pendingChangesView.serialize(values)}`)} />;
}
