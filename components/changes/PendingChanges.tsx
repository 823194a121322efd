import { TableHead } from "@/components/tables/TableHead";
import { MODEL_LABEL } from "@/lib/domain/models";
import type { PendingChange } from "@/lib/queries/changes";
import { pendingChangesView } from "@/lib/view/filters";
import { formatCount, formatDay } from "@/lib/view/format";
import { agencyHref } from "@/lib/view/links";

// The pending list's comings and goings, one pending list compared with the one before it. The changes page shows
// the newest lists' tables and a line of counts for each older list, whose table is a page of its own
// (/changes/pending?asOf=…), so the changes page stays light however long the history grows.

/** The changes grouped by pending list, newest first. */
export function byList(changes: PendingChange[]): PendingChange[][] {
  const groups = new Map<number, PendingChange[]>();
  for (const c of changes) groups.set(c.snapshotId, [...(groups.get(c.snapshotId) ?? []), c]);
  return [...groups.values()];
}

const counted = (rows: PendingChange[]) => {
  const added = rows.filter((r) => r.change === "added").length;
  return `${formatCount(added)} now pending, ${formatCount(rows.length - added)} left`;
};

/** One pending list's changes as a table. */
export function PendingListTable({ rows, fileName }: { rows: PendingChange[]; fileName: string | undefined }) {
  const first = rows[0];
  return (
    <div className="table-scroll">
      <table className="w-full border-collapse text-left text-sm [&_tbody_tr]:border-b [&_tbody_tr]:border-slate-200 [&_td]:py-1 [&_td]:pr-3 [&_tbody_th]:py-1 [&_tbody_th]:pr-3 [&_tbody_th]:font-normal">
        <caption className="mb-1 text-left text-slate-700">
          Pending list of {formatDay(first.publishedOn)}
          {fileName && ` (file ${fileName})`}, compared with {formatDay(first.previousPublishedOn)}
        </caption>
        <TableHead dense columns={["Change", "Agency", "State", "Models"]} />
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.change}-${r.slug}`}>
              <td>{r.change === "added" ? "Now pending" : "Left the pending list"}</td>
              <th scope="row">
                <a className="text-blue-800 underline" href={agencyHref(r.slug)}>{r.agency}</a>
              </th>
              <td>{r.state}</td>
              <td>{r.models.map((m) => MODEL_LABEL[m]).join(", ") || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** How many older pending lists get a line of their own; the rest are a link away, each list linking to the one before. */
const OLDER_LINES = 40;

/**
 * The newest `full` pending lists' tables, then one line per older list linking to its table (the newest
 * OLDER_LINES of them: ICE published hundreds), then a link to the older ones.
 */
export function PendingChangesList({ changes, fileNames, state, full = 2 }: { changes: PendingChange[]; fileNames: Map<number, string>; state: string | null; full?: number }) {
  const groups = byList(changes);
  const older = groups.slice(full, full + OLDER_LINES);
  const oldest = groups.slice(full + OLDER_LINES);
  return (
    <>
      {groups.slice(0, full).map((rows) => (
        <section key={rows[0].snapshotId} aria-label={`Pending list of ${formatDay(rows[0].publishedOn)}`} className="space-y-1 rounded-md border border-slate-200 p-2">
          <h3 className="text-subheading">
            Pending list of {formatDay(rows[0].publishedOn)}: {counted(rows)}
          </h3>
          <PendingListTable rows={rows} fileName={fileNames.get(rows[0].snapshotId)} />
        </section>
      ))}
      {older.length > 0 && (
        <section aria-labelledby="older-pending" className="space-y-1">
          <h3 id="older-pending" className="text-subheading">Older pending lists</h3>
          <ul className="list-disc space-y-0.5 pl-5 text-sm" data-testid="older-pending-lists">
            {older.map((rows) => (
              <li key={rows[0].snapshotId}>
                <a className="text-blue-800 underline" href={`/changes/pending${pendingChangesView.serialize({ state, asOf: rows[0].publishedOn })}`}>
                  Pending list of {formatDay(rows[0].publishedOn)}
                </a>
                : {counted(rows)}
              </li>
            ))}
          </ul>
          {oldest.length > 0 && (
            <p className="text-sm">
              <a className="text-blue-800 underline" href={`/changes/pending${pendingChangesView.serialize({ state, asOf: oldest[0][0].publishedOn })}`}>
                {oldest.length} older pending lists with changes, from the list of {formatDay(oldest[0][0].publishedOn)} back
              </a>
              , each linking to the one before it.
            </p>
          )}
        </section>
      )}
    </>
  );
}
