import type { Metadata } from "next";
import { permalink } from "@/lib/http/permalink";
import { pageTitle } from "@/lib/view/titles";
import { FilterForm } from "@/components/filters/FilterForm";
import { FilterNotes } from "@/components/filters/FilterNotes";
import { Downloads } from "@/components/tables/Downloads";
import { Pager } from "@/components/tables/Pager";
import { PlacedOn } from "@/components/tables/PlacedOn";
import { Source } from "@/components/tables/Source";
import { MODEL_LABEL } from "@/lib/domain/models";
import { stateName } from "@/lib/domain/states";
import { PAGE_SIZE } from "@/lib/queries/sql";
import { getPendingView } from "@/lib/queries/views/pending";
import { pendingView, tableNotes, type RawParams } from "@/lib/view/filters";
import type { PendingOutcome } from "@/lib/domain/pending";
import { formatCount, formatDay } from "@/lib/view/format";
import { agencyHref } from "@/lib/view/links";
import { TableFrame, captionId } from "@/components/tables/TableFrame";
import { TableHead } from "@/components/tables/TableHead";

export const dynamic = "force-dynamic";
export async function generateMetadata({ searchParams }: { searchParams: Promise<RawParams> }): Promise<Metadata> {
  const { values } = pendingView.parse(await searchParams);
  return { title: pageTitle("Pending applications", values), description: "Agencies on ICE's 287(g) pending list: when they first appeared, whether and when they signed, and which dropped off." };
}

const OUTCOME_LABEL: Record<PendingOutcome, string> = { signed: "Signed", dropped: "Dropped off without signing", pending: "Still pending" };

export default async function PendingPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { values, notes } = pendingView.parse(await searchParams);
  const { table: loaded, outcomes, standstill } = await getPendingView(values, { page: values.page });
  const href = (changes: Partial<typeof values>) => `/pending${pendingView.with(values, changes)}`;
  const list = loaded.list;
  return (
    <div className="space-y-section">
      <header className="space-y-block">
        <h1 className="text-title">Pending applications{values.state ? ` in ${stateName(values.state)}` : ""}</h1>
        <p className="max-w-3xl text-slate-800">
          Every agency that appeared on one of ICE&rsquo;s lists of pending 287(g) applications: when it first appeared, whether it
          went on to sign (an agreement first listed after it applied) and how many days that took from its first pending list, or
          whether it dropped off the pending list without signing.
          {list && <> &ldquo;Still pending&rdquo; means on ICE&rsquo;s pending list of {formatDay(list.publishedOn)}.</>}
        </p>
        {standstill && standstill.participatingSince > 0 && (
          <p className="max-w-3xl text-slate-800" data-testid="pending-standstill">
            ICE&rsquo;s pending list has not changed since the file it last published, of {formatDay(standstill.pendingOn)}: ICE has
            published {formatCount(standstill.participatingSince)} participating {standstill.participatingSince === 1 ? "list" : "lists"} since,
            the newest of {formatDay(standstill.newestParticipatingOn!)}.
          </p>
        )}
      </header>
      <FilterNotes notes={[...notes, ...tableNotes(loaded)]} />
      <dl className="grid gap-3 sm:grid-cols-3">
        {(["signed", "dropped", "pending"] as const).map((o) => (
          <div key={o} className="rounded-lg border border-slate-200 p-card">
            <dt className="text-sm text-slate-700">{OUTCOME_LABEL[o]}</dt>
            <dd className="text-2xl font-semibold tabular-nums" data-testid={`outcome-${o}`}>{formatCount(outcomes[o])}</dd>
            <dd>
              <a className="text-sm text-blue-800 underline" href={href({ outcome: o })}>
                Show only these<span className="sr-only">: {OUTCOME_LABEL[o].toLowerCase()}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
      <FilterForm
        action="/pending"
        hidden={{}}
        fields={[
          { kind: "state", value: values.state },
          {
            kind: "select",
            name: "outcome",
            label: "Outcome",
            value: values.outcome,
            options: [{ value: "", label: "Any outcome" }, ...(["signed", "dropped", "pending"] as const).map((o) => ({ value: o, label: OUTCOME_LABEL[o] }))],
          },
          { kind: "search", name: "q", label: "Agency", value: values.q },
        ]}
      />
      <p className="max-w-3xl text-sm text-slate-700" data-testid="days-to-sign-definition">
        <strong>Days to sign</strong> counts the days from the first pending list that names the agency to the signed date ICE gives for
        its agreement. It is <em>not measured</em> when the agency signed on or before the day of that list: ICE publishes its lists a few
        times a week, so such a list tells nothing of how long the agency waited.
      </p>
      <Downloads table="pending" query={pendingView.serialize({ ...values, page: 1 })} what="applications" />
      <Pager page={values.page} pageSize={PAGE_SIZE} total={loaded.total} hrefFor={(page) => href({ page })} noun="applications" />
      <TableFrame
        id="pending"
        caption={`Pending applications${values.state ? ` in ${stateName(values.state)}` : ""}${values.outcome ? `: ${OUTCOME_LABEL[values.outcome].toLowerCase()}` : ""}, newest first`}
      >
        <table className="w-full border-collapse text-left text-sm" data-testid="pending-table" aria-labelledby={captionId("pending")}>
          <TableHead columns={["Agency", "State", "Applied for", "First pending", "Outcome", { label: "Days to sign", align: "right" }]} />
          <tbody>
            {loaded.rows.map((r) => (
              <tr key={r.slug} className="border-b border-slate-200 align-top" data-testid="pending-row">
                <th scope="row" className="py-2 pr-3 font-normal">
                  <a className="text-blue-800 underline" href={agencyHref(r.slug)}>{r.agency}</a>
                  <PlacedOn placed={r.placed} iceCounty={r.iceCounty} />
                </th>
                <td className="py-2 pr-3">{r.state}</td>
                <td className="py-2 pr-3">{r.models.map((m) => MODEL_LABEL[m]).join(", ") || "—"}</td>
                <td className="py-2 pr-3 whitespace-nowrap">{formatDay(r.firstPending)}</td>
                <td className="py-2 pr-3">
                  {r.outcome === "signed" ? (
                    <>
                      Signed {r.signedModel && MODEL_LABEL[r.signedModel]} {r.signedOn ? formatDay(r.signedOn) : "(no date)"}
                      {r.firstListedOn && <span className="block text-xs text-slate-600">first listed {formatDay(r.firstListedOn)}</span>}
                    </>
                  ) : r.outcome === "dropped" ? (
                    <>Dropped off after the list of {formatDay(r.lastPending)}</>
                  ) : (
                    OUTCOME_LABEL.pending
                  )}
                </td>
                <td className="py-2 text-right tabular-nums">{r.days ?? (r.outcome === "signed" ? "not measured" : "—")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      <Pager page={values.page} pageSize={PAGE_SIZE} total={loaded.total} hrefFor={(page) => href({ page })} noun="applications" />
      <Source list={loaded.list} permalink={await permalink(href({}))}>{loaded.source}.</Source>
    </div>
  );
}
