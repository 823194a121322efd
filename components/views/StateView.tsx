import type { Metadata } from "next";
import { pageTitle } from "@/lib/view/titles";
import { notFound } from "next/navigation";
import { ChoiceLinks } from "@/components/filters/ChoiceLinks";
import { FilterForm } from "@/components/filters/FilterForm";
import { ListSteps } from "@/components/filters/ListSteps";
import { FilterNotes } from "@/components/filters/FilterNotes";
import { ModelLinks } from "@/components/filters/ModelLinks";
import { TrendSection } from "@/components/charts/TrendSection";
import { StateMap } from "@/components/map/StateMap";
import { AgencyTable } from "@/components/states/AgencyTable";
import { ResidentsSection } from "@/components/states/ResidentsSection";
import { HeadlineNumbers } from "@/components/summary/HeadlineNumbers";
import { ModelTable } from "@/components/summary/ModelTable";
import { Downloads } from "@/components/tables/Downloads";
import { Pager } from "@/components/tables/Pager";
import { Source } from "@/components/tables/Source";
import { CopyLink } from "@/components/views/CopyLink";
import { WeeklyChanges } from "@/components/changes/WeeklyChanges";
import { citeList } from "@/lib/domain/lists";
import { MODEL_LABEL, otherModelsOf } from "@/lib/domain/models";
import { stateCode, stateName } from "@/lib/domain/states";
import type { ListTotalsViewData } from "@/lib/queries/views/list-totals";
import type { StateViewData } from "@/lib/queries/views/state";
import { siteUrl, socialMetadata } from "@/lib/view/social";
import { agreementsView, asOfNote, countiesView, stateView, trendsView, type FilterNote, type Values } from "@/lib/view/filters";
import { AGENCY_TYPE_LABEL, AGENCY_TYPE_SLUG, AGENCY_TYPES } from "@/lib/domain/agency-types";
import { countyShares, otherModelsWords, shadedModels, shadedWords as shadedWordsOf } from "@/lib/view/coverage";
import { formatCount, formatDay } from "@/lib/view/format";
import { agencyHref, changesHref, stateHref, stateMapHref } from "@/lib/view/links";


export type StateValues = Values<typeof stateView.params>;

/** The state a URL's code names, or the not-found page. */
export function stateOf(code: string): string {
  return stateCode(code) ?? notFound();
}

/** The state's title and link preview, from its list and totals (getListTotalsView). */
export function stateMetadata(state: string, values: StateValues, { list, totals }: ListTotalsViewData): Metadata {
  const name = stateName(state);
  const title = pageTitle("287(g) agreements", { state, model: values.model, asOf: values.asOf });
  const description = totals
    ? `${name} has ${formatCount(totals.totals.agreements)} 287(g) agreements with ICE (${totals.byModel.map((m) => `${MODEL_LABEL[m.model!]} ${formatCount(m.agreements)}`).join(", ") || "none"}) from ${formatCount(totals.totals.agencies)} agencies on ICE's list of ${formatDay(list!.publishedOn)}.`
    : `287(g) agreements in ${name}.`;
  return {
    title,
    description,
    ...socialMetadata({ title, description, path: `/states/${state.toLowerCase()}${stateView.serialize(values)}` }),
    alternates: {
      // A canonical address needs the site's own origin: without SITE_URL it would name localhost.
      ...(siteUrl() && { canonical: `/states/${state.toLowerCase()}` }),
      types: { "application/atom+xml": `/states/${state.toLowerCase()}/feed.xml` },
    },
  };
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${s}`;
}

/** One state's view for the URL's filters (its data read by getStateView); the notes say which filters could not be used. */
export function StateView({ state, values, notes, view, permalink }: { state: string; values: StateValues; notes: FilterNote[]; permalink: string; view: StateViewData }) {
  const name = stateName(state);
  const { list, fallback, now, table, pendingHere, counties, placed, countyCoverage, countedAreas, trends } = view;
  const pending = { list: view.pendingList };
  const shaded = shadedModels(values.metric, values.model);
  const allNotes = [...notes, ...(fallback ? [asOfNote(fallback)] : [])];
  const path = `/states/${state.toLowerCase()}`;
  const href = (changes: Partial<typeof values>) => `${path}${stateView.with(values, changes)}`;
  const modelWords = values.model.map((m) => MODEL_LABEL[m]).join(" or ");
  const otherWords = otherModelsWords(values.model);
  const taskForceOnly = otherModelsOf(values.model) === null;
  const shadedWords = shadedWordsOf(values.metric, values.model);
  const trendsQuery = trendsView.serialize({ state, model: values.model, asOf: values.asOf });
  const trendsProps = { src: `/trends/data.json${trendsQuery}`, tablesHref: `/trends${trendsQuery}` };

  const { agreements: mine, rank } = view.rank;

  return (
    <div className="space-y-section">
      <header className="space-y-block">
        <p className="text-sm">
          <a className="text-blue-800 underline" href={`/${stateView.serialize({ model: values.model, asOf: values.asOf })}`}>All states</a>
        </p>
        <h1 className="text-title">{name}: 287(g) agreements</h1>
        <FilterNotes notes={allNotes} />
        <HeadlineNumbers
          headline={view.headline}
          what={modelWords ? `${modelWords} agreements` : "287(g) agreements"}
          place={name}
          oneModel={values.model.length === 1}
          asOf={values.asOf}
          stateHref={(code) => stateHref(code, { model: values.model, asOf: values.asOf })}
          changesHref={(change) => changesHref({ state, model: values.model, change, asOf: values.asOf ? list.publishedOn : null })}
        />
        <p className="text-slate-800" data-testid="rank">
          {mine === 0
            ? `${name} has no ${modelWords ? `${modelWords} ` : ""}agreement on this list.`
            : `${name} ranks ${ordinal(rank)} of the ${view.rank.of} states and territories with ${modelWords ? `${modelWords} ` : ""}agreements, by their number.`}
        </p>
      </header>

      <section aria-labelledby="map-title" className="space-y-block">
        <h2 id="map-title" className="text-heading">Map</h2>
        <div className="space-y-2">
          <ModelLinks selected={values.model} hrefFor={(model) => href({ model })} />
          <ChoiceLinks
            label="Map shows"
            value={taskForceOnly && values.metric === "residents" ? "residents-task-force" : values.metric}
            choices={[
              { value: "agreements", label: "Agreements" },
              { value: "residents-task-force", label: "Share under Task Force" },
              // Task Force alone chosen: the share under the chosen models is the share under Task Force.
              ...(taskForceOnly ? [] : [{ value: "residents" as const, label: values.model.length ? "Share under the chosen models" : "Share under any model" }]),
            ]}
            hrefFor={(metric) => href({ metric })}
          />
        </div>
        <StateMap
          state={state}
          counties={counties}
          agencies={placed}
          agencyHref={agencyHref}
          caption={
            shaded
              ? `Share of each county's residents under ${shadedWords} in ${name} on ICE's list of ${formatDay(list.publishedOn)} (Census Bureau estimates: counties July 1, 2024; towns 2019–2023); a marker for each ${modelWords ? `${modelWords} ` : ""}agreement of an agency placed on a town, in its model's colour and shape.`
              : `${modelWords ? `${modelWords} agreements` : "Agreements"} per county in ${name} on ICE's list of ${formatDay(list.publishedOn)}; a marker for each agreement of an agency placed on a town, in its model's colour and shape.`
          }
          residents={countyCoverage && countedAreas ? { shares: countyShares(countyCoverage, countedAreas), words: shadedWords } : undefined}
          src={stateMapHref(state, { model: values.model, metric: values.metric, asOf: values.asOf })}
          tableHref={`/counties${countiesView.serialize({ state, model: values.model, metric: values.metric, asOf: values.asOf })}`}
        />
      </section>

      <WeeklyChanges week={view.week} href={changesHref({ state })} hrefFor={(change) => changesHref({ state, change, asOf: view.week.to })} />
      {/* One model chosen: its row would repeat the headline. */}
      {now.byModel.length > 0 && values.model.length !== 1 && (
        <ModelTable rows={now.byModel} models={values.model} second="agencies" caption={`${name} by model, on the list of ${formatDay(list.publishedOn)}`} />
      )}

      <ResidentsSection
        stateName={name}
        publishedOn={list.publishedOn}
        taskForce={view.residents.taskForce}
        other={view.residents.other}
        otherWords={otherWords}
        trend={trends.shareTrend ?? []}
        {...trendsProps}
      />

      <section aria-labelledby="agencies-title" className="space-y-block">
        <h2 id="agencies-title" className="text-heading">Agencies</h2>
        <div className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-card">
          <ListSteps steps={view.steps} hrefFor={(asOf) => href({ asOf })} />
          <FilterForm
            action={path}
            hidden={{ model: stateView.params.model.format(values.model), metric: stateView.params.metric.format(values.metric), sort: stateView.params.sort.format(values.sort) }}
            fields={[
              {
                kind: "select",
                name: "type",
                label: "Agency type",
                value: values.type ? AGENCY_TYPE_SLUG[values.type] : null,
                options: [{ value: "", label: "All types" }, ...AGENCY_TYPES.map((t) => ({ value: AGENCY_TYPE_SLUG[t], label: AGENCY_TYPE_LABEL[t] }))],
              },
              { kind: "search", name: "q", label: "Agency, county or town", value: values.q },
              { kind: "date", name: "asOf", label: "As of (date)", value: values.asOf },
            ]}
          />
          <CopyLink />
        </div>
        <Pager page={values.page} pageSize={table.pageSize} total={table.total} hrefFor={(page) => href({ page })} noun="agencies" />
        <AgencyTable
          rows={table.rows}
          sort={values.sort}
          hrefFor={(sort) => href({ sort })}
          caption={`${modelWords ? `${modelWords} agreements` : "Agreements"} in ${name}${values.type ? `, ${AGENCY_TYPE_LABEL[values.type].toLowerCase()} agencies` : ""}${values.q ? `, matching “${values.q}”` : ""}, on the list of ${formatDay(list.publishedOn)}`}
        />
        <Pager page={values.page} pageSize={table.pageSize} total={table.total} hrefFor={(page) => href({ page })} noun="agencies" />
        <Downloads
          table="agreements"
          query={agreementsView.serialize({ state, model: values.model, type: values.type, q: values.q, asOf: values.asOf })}
          what={`agreements in ${name}`}
        />
      </section>

      <TrendSection
        id="state-trend"
        title={`${name} over time`}
        listTrend={trends.listTrend}
        signedTrend={trends.signedTrend}
        stateName={name}
        {...trendsProps}
        models={values.model.length ? values.model : undefined}
      />

      <section aria-labelledby="pending-title" className="space-y-block">
        <h2 id="pending-title" className="text-heading">Pending applications</h2>
        {pending.list ? (
          <>
            <p data-testid="pending-state-count">
              {pendingHere.length === 0
                ? `No agency in ${name} is on ICE's pending list of ${formatDay(pending.list.publishedOn)}.`
                : `${formatCount(pendingHere.length)} ${pendingHere.length === 1 ? "agency" : "agencies"} in ${name} on ICE's pending list of ${formatDay(pending.list.publishedOn)}:`}
            </p>
            {pendingHere.length > 0 && (
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {pendingHere.map((p) => (
                  <li key={p.slug}>
                    <a className="text-blue-800 underline" href={agencyHref(p.slug)}>{p.name}</a>
                    {p.models.length > 0 && <span className="text-slate-700"> — {p.models.map((m) => MODEL_LABEL[m]).join(", ")}</span>}
                  </li>
                ))}
              </ul>
            )}
            <p className="text-sm">
              <a className="text-blue-800 underline" href={`/pending?state=${state.toLowerCase()}`}>What became of every application from {name}</a>
            </p>
          </>
        ) : (
          <p>No pending list has been imported.</p>
        )}
      </section>

      <p className="text-sm">
        <a className="text-blue-800 underline" href={`${path}/feed.xml`}>Atom feed of changes in {name}</a> ·{" "}
        <a className="text-blue-800 underline" href={`/changes?state=${state.toLowerCase()}`}>Every change in {name}, list by list</a>
      </p>
      <Source list={list} permalink={permalink}>{citeList(list)}.</Source>
    </div>
  );
}
