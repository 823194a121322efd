import type { Metadata } from "next";
import { pageTitle } from "@/lib/view/titles";
import { FilterForm } from "@/components/filters/FilterForm";
import { FilterNotes } from "@/components/filters/FilterNotes";
import { ModelLinks } from "@/components/filters/ModelLinks";
import { NoListYet } from "@/components/views/NoListYet";
import { StatesTable } from "@/components/states/StatesTable";
import { Downloads } from "@/components/tables/Downloads";
import { Source } from "@/components/tables/Source";
import { citeList } from "@/lib/domain/lists";
import { MODEL_LABEL, modelsWords } from "@/lib/domain/models";
import type { StatesViewData } from "@/lib/queries/views/tables";
import { asOfNote, nationalView, type FilterNote } from "@/lib/view/filters";
import { formatDay } from "@/lib/view/format";
import { stateHref } from "@/lib/view/links";
import type { NationalValues } from "./NationalView";

// The table of states, the national map's table alternative, on a page of its own so the map's page stays light.
// It takes the national view's filters: the same address with /states in front shows the same numbers.

export function statesMetadata(values: NationalValues): Metadata {
  return {
    title: pageTitle("Table of states", values),
    description: "Every state's 287(g) agreements by model, agencies, pending applications and residents under agreements, from ICE's own lists.",
  };
}

/** The table of states for the URL's filters: its rows are the states table's (listStatesView), as its download's are. */
export function StatesView({ values, notes, view, permalink }: { values: NationalValues; notes: FilterNote[]; permalink: string; view: StatesViewData }) {
  const { list, fallback } = view;
  const pending = { list: view.pendingList };
  const mapHref = `/${nationalView.serialize(values)}`;
  if (!list) {
    return <NoListYet />;
  }
  const states = view.rows;
  const href = (changes: Partial<NationalValues>) => `/states${nationalView.with(values, changes)}`;
  const carried = { model: values.model, asOf: values.asOf };
  const modelWords = values.model.map((m) => MODEL_LABEL[m]).join(" or ");
  return (
    <div className="space-y-section">
      <header className="space-y-block">
        <p className="text-sm">
          <a className="text-blue-800 underline" href={mapHref}>The map of states</a>
        </p>
        <h1 className="text-title">287(g) agreements by state</h1>
        <p className="max-w-3xl text-slate-800">
          Every state and territory on ICE&rsquo;s list of participating agencies published{" "}
          <strong data-testid="newest-date">{formatDay(list.publishedOn)}</strong>
          {values.asOf && <> (the newest list on or before {formatDay(values.asOf)})</>}: agreements per model, agencies, pending applications, and
          the residents living under agreements. Select a column&rsquo;s heading to sort by it, a state for its agencies.
        </p>
      </header>
      <FilterNotes notes={[...notes, ...(fallback ? [asOfNote(fallback)] : [])]} />
      <div className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-card">
        <ModelLinks selected={values.model} hrefFor={(model) => href({ model })} />
        <FilterForm
          action="/states"
          hidden={{ model: nationalView.params.model.format(values.model), metric: nationalView.params.metric.format(values.metric), sort: nationalView.params.sort.format(values.sort) }}
          fields={[{ kind: "date", name: "asOf", label: "As of (date)", value: values.asOf }]}
        />
      </div>
      <StatesTable
        rows={states}
        sort={values.sort}
        models={values.model}
        chosenLabel={modelsWords(values.model)}
        population={view.nationPopulation}
        hrefFor={(sort) => href({ sort })}
        stateHref={(code) => stateHref(code, carried)}
        caption={`${modelWords ? `${modelWords} agreements` : "Agreements"} by state on the list of ${formatDay(list.publishedOn)}; pending applications on the pending list of ${pending.list ? formatDay(pending.list.publishedOn) : "(none)"}; residents living in a county or town whose agency has an agreement, with statewide agreements of state agencies apart`}
      />
      <Downloads table="states" query={nationalView.serialize(values)} what="states" />
      <p className="text-xs text-slate-700">
        Residents: U.S. Census Bureau estimates for July 2024 (counties and states) and 2019–2023 (towns).{" "}
        <a className="text-blue-800 underline" href="/about#residents">How residents are counted</a>
      </p>
      <Source list={list} permalink={permalink}>{citeList(list)}.</Source>
    </div>
  );
}
