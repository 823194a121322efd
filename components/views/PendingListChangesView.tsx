import type { Metadata } from "next";
import { pageTitle } from "@/lib/view/titles";
import { byList, PendingListTable } from "@/components/changes/PendingChanges";
import { FilterNotes } from "@/components/filters/FilterNotes";
import { Cite } from "@/components/tables/Source";
import { stateName } from "@/lib/domain/states";
import type { PendingListChangesViewData } from "@/lib/queries/views/pending-list-changes";
import { changesView, pendingChangesView, type FilterNote, type Values } from "@/lib/view/filters";
import { formatDay } from "@/lib/view/format";

// One pending list's comings and goings (the newest on or before `asOf`), with links to the lists before and after
// it: the changes page links here for every pending list older than the two it shows in full.

export type PendingListChangesValues = Values<typeof pendingChangesView.params>;

export function pendingListChangesMetadata(values: PendingListChangesValues): Metadata {
  return {
    title: pageTitle("Pending list changes", values),
    description: "Agencies that appeared on or left ICE's list of pending 287(g) applications, one pending list compared with the one before it.",
  };
}

/** The pending list on or before the URL's date, and its neighbours (every pending list change read by getPendingListChangesView). */
export function PendingListChangesView({ values, notes, view, permalink }: { values: PendingListChangesValues; notes: FilterNote[]; permalink: string; view: PendingListChangesViewData }) {
  const { changes, lists } = view;
  const groups = byList(changes);
  // The newest list with changes on or before the date; the newest of all without one.
  const i = values.asOf ? groups.findIndex((g) => g[0].publishedOn <= values.asOf!) : 0;
  const rows = i >= 0 ? groups[i] : undefined;
  const [newer, older] = i >= 0 ? [groups[i - 1], groups[i + 1]] : [undefined, undefined];
  const hrefOf = (g: (typeof groups)[number]) => `/changes/pending${pendingChangesView.serialize({ state: values.state, asOf: g[0].publishedOn })}`;
  const where = values.state ? ` in ${stateName(values.state)}` : "";
  // The pending list shown is the one to cite; without one, the newest pending list.
  const cited = (rows && lists.find((l) => l.id === rows[0].snapshotId)) ?? lists.at(-1);
  return (
    <div className="space-y-section">
      <header className="space-y-block">
        <p className="text-sm">
          <a className="text-blue-800 underline" href={`/changes${changesView.serialize({ state: values.state })}#pending-changes`}>Every change{where}</a>
        </p>
        <h1 className="text-title">{rows ? `Pending list of ${formatDay(rows[0].publishedOn)}` : "Pending list changes"}{where}</h1>
        <p className="max-w-3xl text-slate-800">Agencies that appeared on or left ICE&rsquo;s list of pending applications, compared with the pending list before it.</p>
      </header>
      <FilterNotes notes={notes} />
      {rows ? (
        <PendingListTable rows={rows} fileName={lists.find((l) => l.id === rows[0].snapshotId)?.fileName} />
      ) : (
        <p>No pending list changes{where}{values.asOf ? ` on or before ${formatDay(values.asOf)}` : ""}.</p>
      )}
      <nav aria-label="Other pending lists" className="flex flex-wrap justify-between gap-3 text-sm">
        {older ? <a className="text-blue-800 underline" href={hrefOf(older)}>Older: pending list of {formatDay(older[0].publishedOn)}</a> : <span />}
        {newer && <a className="text-blue-800 underline" href={hrefOf(newer)}>Newer: pending list of {formatDay(newer[0].publishedOn)}</a>}
      </nav>
      {cited && <Cite list={cited} permalink={permalink} />}
    </div>
  );
}
