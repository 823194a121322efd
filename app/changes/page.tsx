import type { Metadata } from "next";
import { permalink } from "@/lib/http/permalink";
import { pageTitle } from "@/lib/view/titles";
import { Fragment } from "react";
import { changeDetail, CHANGE_LABEL } from "@/components/changes/ChangeText";
import { FilterForm } from "@/components/filters/FilterForm";
import { FilterNotes } from "@/components/filters/FilterNotes";
import { ModelLinks } from "@/components/filters/ModelLinks";
import { Downloads } from "@/components/tables/Downloads";
import { Pager } from "@/components/tables/Pager";
import { Source } from "@/components/tables/Source";
import { CHANGE_KINDS, isLeadingChange } from "@/lib/domain/changes";
import { MODEL_LABEL } from "@/lib/domain/models";
import { stateName } from "@/lib/domain/states";
import { ChangeBreakdown } from "@/components/changes/ChangeBreakdown";
import { PendingChangesList } from "@/components/changes/PendingChanges";
import type { AgreementChange } from "@/lib/queries/changes";
import { PAGE_SIZE } from "@/lib/queries/sql";
import { getChangesView } from "@/lib/queries/views/changes";
import { changesView, pendingChangesView, tableNotes, type RawParams } from "@/lib/view/filters";
import { formatCount, formatDay } from "@/lib/view/format";
import { agencyHref } from "@/lib/view/links";
import { TableHead } from "@/components/tables/TableHead";

export const dynamic = "force-dynamic";
export async function generateMetadata({ searchParams }: { searchParams: Promise<RawParams> }): Promise<Metadata> {
  const { values } = changesView.parse(await searchParams);
  return {
    title: pageTitle("Changes", values),
    description: "What changed on each ICE 287(g) list: agreements added, removed, re-dated or re-linked, and the pending list's comings and goings.",
    alternates: { types: { "application/atom+xml": values.state ? `/states/${values.state.toLowerCase()}/feed.xml` : "/changes/feed.xml" } },
  };
}

export default async function ChangesPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { values, notes } = changesView.parse(await searchParams);
  const { table: loaded, counts: changeCounts, summary, lists, pendingChanges } = await getChangesView(values, { page: values.page });
  const listById = new Map(lists.map((l) => [l.id, l]));
  const href = (changes: Partial<typeof values>) => `/changes${changesView.with(values, changes)}`;
  // The rows come removed and added first (every list's, newest first), then re-dated and re-linked: a list can have a
  // group in each part.
  const groups = new Map<string, { id: number; leading: boolean; rows: AgreementChange[] }>();
  for (const r of loaded.rows) {
    const leading = isLeadingChange(r.change);
    const key = `${leading}-${r.snapshotId}`;
    if (!groups.has(key)) groups.set(key, { id: r.snapshotId, leading, rows: [] });
    groups.get(key)!.rows.push(r);
  }
  const firstOfList = new Set([...new Map([...groups.values()].reverse().map((g) => [g.id, g])).values()]);
  const partStarts = new Set([...groups.values()].filter((g, i, all) => i === 0 || all[i - 1].leading !== g.leading));
  const counts = (id: number) => CHANGE_KINDS.map((k) => ({ k, n: summary.find((s) => s.snapshotId === id && s.change === k)?.count ?? 0 }));
  const feed = values.state ? `/states/${values.state.toLowerCase()}/feed.xml` : "/changes/feed.xml";

  return (
    <div className="space-y-section">
      <header className="space-y-block">
        <h1 className="text-title">Changes{values.state ? ` in ${stateName(values.state)}` : ""}</h1>
        <p className="max-w-3xl text-slate-800">
          Each ICE list compared with the one before it: agreements added or removed, and agreements whose signed date (re-dated)
          or MOA link (re-linked) changed. A link counts as changed when the document changed, not when only the archive&rsquo;s
          address for it did.
        </p>
        <p className="text-sm">
          <a className="text-blue-800 underline" href={feed}>Atom feed of these changes{values.state ? ` (${stateName(values.state)})` : ""}</a>
        </p>
      </header>
      <FilterNotes notes={[...notes, ...tableNotes(loaded)]} />
      <ModelLinks selected={values.model} hrefFor={(model) => href({ model })} />
      <FilterForm
        action="/changes"
        hidden={{ model: changesView.params.model.format(values.model) }}
        fields={[
          { kind: "state", value: values.state },
          {
            kind: "select",
            name: "change",
            label: "Change",
            value: values.change,
            options: [{ value: "", label: "Every kind" }, ...CHANGE_KINDS.map((k) => ({ value: k, label: CHANGE_LABEL[k] }))],
          },
          { kind: "date", name: "asOf", label: "Up to (date)", value: values.asOf },
        ]}
      />
      <Downloads table="changes" query={changesView.serialize({ ...values, page: 1 })} what="changes" />
      <Pager page={values.page} pageSize={PAGE_SIZE} total={loaded.total} hrefFor={(page) => href({ page })} noun="changes" />

      {[...groups.values()].map((group) => {
        const { id, rows, leading } = group;
        const list = listById.get(id)!;
        const headingId = `list-${id}${leading ? "" : "-dates-links"}`;
        return (
          <Fragment key={headingId}>
            {partStarts.has(group) && (
              <p className="border-l-4 border-slate-400 pl-3 font-semibold text-slate-900" data-testid="change-part">
                {leading
                  ? "Agreements removed from and added to the lists, newest list first"
                  : "Signed dates and MOA links that changed (re-dated, re-linked), newest list first"}
              </p>
            )}
            <section aria-labelledby={headingId} className="space-y-block" data-testid="change-group">
              <h2 id={headingId} className="text-heading">
                List of {formatDay(list.publishedOn)}
              </h2>
              <p className="text-sm text-slate-700">
                File <code>{list.fileName}</code>, compared with the list of {formatDay(rows[0].previousPublishedOn)}:{" "}
                {counts(id)
                  .filter((c) => c.n > 0)
                  .map((c) => `${formatCount(c.n)} ${CHANGE_LABEL[c.k].toLowerCase()}`)
                  .join(", ")}
                .
              </p>
              {firstOfList.has(group) && (
                <ChangeBreakdown
                  counts={changeCounts.filter((c) => c.snapshotId === id)}
                  hrefFor={(state, model) => `/changes${changesView.serialize({ state, model: [model], change: values.change, asOf: list.publishedOn })}`}
                />
              )}
              <div className="table-scroll" tabIndex={0} role="region" aria-label={`Changes on the list of ${formatDay(list.publishedOn)}`}>
                <table className="w-full border-collapse text-left text-sm">
                  <caption className="sr-only">
                    {leading ? "Agreements removed and added" : "Agreements re-dated and re-linked"} on the list of {formatDay(list.publishedOn)}
                  </caption>
                  <TableHead columns={["Change", "Agency", "State", "Model", "Detail"]} />
                  <tbody>
                    {rows.map((r) => (
                      <tr key={`${r.change}-${r.slug}-${r.model}`} className="border-b border-slate-200 align-top" data-testid="change-row">
                        <td className="py-2 pr-3 font-medium">{CHANGE_LABEL[r.change]}</td>
                        <th scope="row" className="py-2 pr-3 font-normal">
                          <a className="text-blue-800 underline" href={agencyHref(r.slug)}>{r.agency}</a>
                        </th>
                        <td className="py-2 pr-3">{r.state}</td>
                        <td className="py-2 pr-3">{MODEL_LABEL[r.model]}</td>
                        <td className="py-2">
                          {changeDetail(r)}
                          {r.moaUrl && r.change !== "removed" && (
                            <>
                              {" · "}
                              <a className="text-blue-800 underline" href={r.moaUrl}>MOA<span className="sr-only"> of {r.agency}</span></a>
                            </>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          </Fragment>
        );
      })}
      {loaded.total === 0 && <p>No changes match these filters.</p>}
      <Pager page={values.page} pageSize={PAGE_SIZE} total={loaded.total} hrefFor={(page) => href({ page })} noun="changes" />
      <Source list={loaded.list} permalink={await permalink(href({}))}>{loaded.source}.</Source>

      <section aria-labelledby="pending-changes" className="space-y-block border-t border-slate-200 pt-6">
        <h2 id="pending-changes" className="text-heading">Pending list changes</h2>
        <p className="max-w-3xl text-sm text-slate-700">
          Agencies that appeared on or left ICE&rsquo;s list of pending applications, each pending list compared with the one before
          it. An agency usually leaves the pending list when its agreement is signed; see <a className="text-blue-800 underline" href="/pending">pending applications</a> for
          what became of each.
        </p>
        <Downloads table="pending-changes" query={pendingChangesView.serialize({ state: values.state, asOf: values.asOf })} what="pending list changes" />
        {pendingChanges.length === 0 && <p>No pending list changes{values.state ? ` in ${stateName(values.state)}` : ""}.</p>}
        <PendingChangesList changes={pendingChanges} fileNames={new Map(lists.map((l) => [l.id, l.fileName]))} state={values.state} />
      </section>
    </div>
  );
}
