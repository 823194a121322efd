import type { Metadata } from "next";
import { pageTitle, SITE_NAME } from "@/lib/view/titles";
import { TrendSection } from "@/components/charts/TrendSection";
import { LatestChanges } from "@/components/changes/LatestChanges";
import { WeeklyChanges } from "@/components/changes/WeeklyChanges";
import { ChoiceLinks } from "@/components/filters/ChoiceLinks";
import { FilterForm } from "@/components/filters/FilterForm";
import { ListSteps } from "@/components/filters/ListSteps";
import { FilterNotes } from "@/components/filters/FilterNotes";
import { ModelLinks } from "@/components/filters/ModelLinks";
import { NationalMap } from "@/components/map/NationalMap";
import { HeadlineNumbers } from "@/components/summary/HeadlineNumbers";
import { ModelTable } from "@/components/summary/ModelTable";
import { Downloads } from "@/components/tables/Downloads";
import { Source } from "@/components/tables/Source";
import { CopyLink } from "@/components/views/CopyLink";
import { NoListYet } from "@/components/views/NoListYet";
import { citeList } from "@/lib/domain/lists";
import { stateName } from "@/lib/domain/states";
import { MODEL_LABEL, modelsWords, otherModelsOf } from "@/lib/domain/models";
import type { NationCoverage } from "@/lib/queries/coverage";
import type { NationalViewData } from "@/lib/queries/views/national";
import { residentsWords } from "@/lib/view/coverage";
import { asOfNote, changesView, isResidentMetric, nationalView, trendsView, type FilterNote, type Values } from "@/lib/view/filters";
import { formatCount, formatDay, formatShare } from "@/lib/view/format";
import { changesHref, ICE_287G_PAGE, stateHref } from "@/lib/view/links";
import { siteUrl, socialMetadata } from "@/lib/view/social";

export type NationalValues = Values<typeof nationalView.params>;

export function nationalMetadata(values: NationalValues): Metadata {
  const title = pageTitle("287(g) agreements by state", values);
  const description = "Which state and local law-enforcement agencies have 287(g) agreements with ICE, under which model, since when: a state map, trends and tables from ICE's own lists.";
  return {
    // The layout's title template does not reach the page of its own segment: the site's name is added here.
    title: { absolute: `${title} · ${SITE_NAME}` },
    description,
    // A canonical address needs the site's own origin: without SITE_URL it would name localhost.
    ...(siteUrl() && { alternates: { canonical: `/${nationalView.serialize(values)}` } }),
    ...socialMetadata({ title, description, path: `/${nationalView.serialize(values)}` }),
  };
}

/** The national view for the URL's filters (its data read by getNationalView); the notes say which filters could not be used. */
export function NationalView({ values, notes, view, permalink }: { values: NationalValues; notes: FilterNote[]; permalink: string; view: NationalViewData }) {
  if (!view.list) {
    return <NoListYet />;
  }
  const { list, fallback, now, states, changes, trends, pendingOutcomes } = view;
  const pending = { list: view.pendingList };
  const { taskForce, chosen } = view.coverage;
  const allNotes = [...notes, ...(fallback ? [asOfNote(fallback)] : [])];
  const trendsQuery = trendsView.serialize({ model: values.model, asOf: values.asOf });
  const href = (changes: Partial<typeof values>) => `/${nationalView.with(values, changes)}`;
  const carried = { model: values.model, asOf: values.asOf };
  const modelWords = values.model.length ? values.model.map((m) => MODEL_LABEL[m]).join(" or ") : "";
  const pendingTotal = states.reduce((s, r) => s + r.pendingApplications, 0);
  const pendingAgencies = states.reduce((s, r) => s + r.pendingAgencies, 0);
  const tfWords = residentsWords(true, []);
  const chosenWords = residentsWords(false, values.model);
  const chosenLabel = modelsWords(values.model);
  const taskForceOnly = otherModelsOf(values.model) === null;
  const residentsMetric = isResidentMetric(values.metric);
  const mapResidents = residentsMetric
    ? values.metric === "residents-task-force"
      ? { coverage: taskForce, words: tfWords }
      : { coverage: chosen, words: chosenWords }
    : undefined;
  const countsWords = values.metric === "agencies" ? `Agencies${modelWords ? ` with ${modelWords} agreements` : ""}` : `${modelWords ? `${modelWords} agreements` : "Agreements"}`;

  return (
    <div className="space-y-section">
      <section aria-labelledby="title" className="space-y-block">
        <h1 id="title" className="text-title">ICE 287(g) agreements</h1>
        <FilterNotes notes={allNotes} />
        <HeadlineNumbers
          headline={view.headline}
          what={modelWords ? `${modelWords} agreements` : "287(g) agreements"}
          place={null}
          oneModel={values.model.length === 1}
          asOf={values.asOf}
          stateHref={(code) => stateHref(code, carried)}
          changesHref={(change) => `/changes${changesView.serialize({ model: values.model, change, asOf: values.asOf ? list.publishedOn : null })}`}
          dateTestId="newest-date"
        />
      </section>

      <section aria-labelledby="map-title" className="space-y-block">
        <h2 id="map-title" className="text-heading">By state</h2>
        <div className="space-y-2">
          <ModelLinks selected={values.model} hrefFor={(model) => href({ model })} />
          <ChoiceLinks
            label="Map shows"
            value={taskForceOnly && values.metric === "residents" ? "residents-task-force" : values.metric}
            choices={[
              { value: "agreements", label: "Agreements" },
              // One model chosen, each agency holds one agreement of it: its agencies are its agreements.
              ...(values.model.length === 1 ? [] : [{ value: "agencies" as const, label: "Agencies" }]),
              { value: "residents-task-force", label: "Residents under Task Force" },
              // Task Force alone chosen: residents under the chosen models are the ones under Task Force.
              ...(taskForceOnly ? [] : [{ value: "residents" as const, label: `Residents under ${chosenLabel}` }]),
            ]}
            hrefFor={(metric) => href({ metric })}
          />
        </div>
        {/* Every state on the map is a link: keyboard users can pass the 56 of them in one step. */}
        <a href="#states-table-link" className="sr-only focus:not-sr-only focus:inline-block focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-blue-800 focus:underline focus:shadow">
          Skip the map to the table of states
        </a>
        <NationalMap
          counts={states.filter((s) => s.agreements > 0)}
          metric={residentsMetric ? "residents" : values.metric === "agencies" ? "agencies" : "agreements"}
          residents={mapResidents}
          hrefFor={(code) => stateHref(code, carried)}
          caption={
            mapResidents
              ? `Share of each state's residents (Census estimates) living in a county or town whose agency has ${mapResidents.words}, on ICE's list of ${formatDay(list.publishedOn)}; hatched where a state agency's agreement covers the whole state. Select a state for its counties; the table of states has every number.`
              : `${countsWords} per state on ICE's list of ${formatDay(list.publishedOn)}. Select a state for its agencies; the table of states has every number.`
          }
        />
        <div className="flex flex-wrap items-end gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-slate-50 p-card">
          <ListSteps steps={view.steps} hrefFor={(asOf) => href({ asOf })} />
          <FilterForm
            action="/"
            hidden={{ model: nationalView.params.model.format(values.model), metric: nationalView.params.metric.format(values.metric), sort: nationalView.params.sort.format(values.sort) }}
            fields={[{ kind: "date", name: "asOf", label: "As of (date)", value: values.asOf }]}
          />
          <CopyLink />
        </div>
        <p className="text-lg">
          <a id="states-table-link" className="font-medium text-blue-800 underline" href={`/states${nationalView.serialize(values)}`}>
            Table of states
          </a>
          <span className="text-base text-slate-800">: every number of the map, with agreements per model, agencies, pending applications and residents under agreements, sortable by each column</span>
        </p>
        <Downloads table="states" query={nationalView.serialize(values)} what="states" />
      </section>

      <Residents taskForce={view.nation.taskForce} chosen={view.nation.chosen} tfWords={tfWords} chosenWords={chosenWords} />

      <TrendSection
        title="Over time"
        listTrend={trends.listTrend}
        signedTrend={trends.signedTrend}
        stateName={null}
        src={`/trends/data.json${trendsQuery}`}
        tablesHref={`/trends${trendsQuery}`}
        models={values.model.length ? values.model : undefined}
      />

      {/* One model chosen: its row would repeat the headline. */}
      {values.model.length !== 1 && (
        <section>
          <ModelTable rows={now.byModel} models={values.model} caption={`By model, on the list of ${formatDay(list.publishedOn)}`} />
          <p className="mt-2 text-xs text-slate-600">One agreement is one agency under one model: an agency with two or three models has two or three agreements.</p>
        </section>
      )}

      <LatestChanges summary={changes} href={changesHref({ asOf: values.asOf })} hrefFor={(change) => changesHref({ change, asOf: list.publishedOn })} />
      <WeeklyChanges week={view.week} href={changesHref({ asOf: values.asOf })} hrefFor={(change) => changesHref({ change, asOf: view.week.to })} />

      {pending.list && (
        <section aria-labelledby="pending-title" className="space-y-block rounded-lg border border-slate-200 p-card">
          <h2 id="pending-title" className="text-heading">Pending applications</h2>
          <p data-testid="pending-summary">
            <strong data-testid="pending-count">{formatCount(pendingTotal)}</strong>
            {` ${pendingTotal === 1 ? "application" : "applications"} from ${formatCount(pendingAgencies)} ${pendingAgencies === 1 ? "agency" : "agencies"}${values.model.length ? " (any model)" : ""} on ICE’s pending list of ${formatDay(pending.list.publishedOn)}` +
              (pending.list.publishedOn < list.publishedOn ? `, the newest ICE had published by ${formatDay(list.publishedOn)}. ` : ". ") +
              (pendingOutcomes
                ? `Still pending, that is not yet on a participating list: ${formatCount(pendingOutcomes.pending)} of those agencies${pendingOutcomes.pending === pendingAgencies ? "" : pendingOutcomes.pending === 0 ? "; all have signed since" : "; the others have signed since"}. `
                : "")}
            <a className="text-blue-800 underline" href="/pending">What became of every application</a>
          </p>
        </section>
      )}
      <p className="max-w-3xl text-sm">
        {"Under section 287(g) of the Immigration and Nationality Act, ICE delegates immigration powers to state and local law-enforcement agencies. Every figure here comes from ICE’s own lists. "}
        <a className="text-blue-800 underline" href={ICE_287G_PAGE}>ICE’s 287(g) page, the source of these lists</a>
      </p>
      <Source list={list} permalink={permalink}>{citeList(list)}.</Source>
    </div>
  );
}

/** The nation's residents under agreements: the local count, then the statewide reading in a sentence of its own. */
function Residents({ taskForce, chosen, tfWords, chosenWords }: { taskForce: NationCoverage; chosen: NationCoverage; tfWords: string; chosenWords: string }) {
  const line = (c: NationCoverage, words: string, testId: string) => {
    const territories = c.statewideAreas.filter((s) => !c.statewideStates.includes(s));
    const n = c.statewideAreas.length;
    // One string per clause: the page's weight grows with every element.
    const statewide =
      n === 0
        ? ""
        : ` Separately, state agencies of ${formatCount(n)} ${n === 1 ? "state or territory" : "states and territories"} have ${words} covering their whole state or territory` +
          (c.statewideStates.length ? `; the ${formatCount(c.statewideStates.length)} with a Census estimate are home to ${formatCount(c.statewideResidents)} residents (${formatShare(c.statewideResidents, c.population, 1)})` : "") +
          (territories.length ? ` (${territories.map(stateName).join(" and ")}: no estimate)` : "") +
          ".";
    return (
      <li data-testid={testId}>
        <strong>{formatCount(c.localResidents)}</strong>
        {` residents (${formatShare(c.localResidents, c.population, 1)}) live in a county or town whose agency has ${words}.${statewide}`}
      </li>
    );
  };
  if (taskForce.population === 0) {
    return (
      <section aria-labelledby="residents-title" className="space-y-block">
        <h2 id="residents-title" className="text-heading">Residents under 287(g) agreements</h2>
        <p className="text-sm text-slate-800">The Census population figures are not in this database yet; <code>npm run db:seed</code> loads them.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="residents-title" className="space-y-block">
      <h2 id="residents-title" className="text-heading">Residents under 287(g) agreements</h2>
      <p className="text-sm">
        {`Every share is of the ${formatCount(taskForce.population)} residents of the 50 states, DC and Puerto Rico (Census Bureau estimates: July 2024; towns 2019–2023). `}
        <a className="text-blue-800 underline" href="/about#residents">How residents are counted</a>
      </p>
      <ul className="list-disc space-y-1 pl-5">
        {line(taskForce, tfWords, "residents-task-force")}
        {chosenWords !== tfWords && line(chosen, chosenWords, "residents-chosen")}
      </ul>
    </section>
  );
}
