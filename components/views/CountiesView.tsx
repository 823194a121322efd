import type { Metadata } from "next";
import { pageTitle } from "@/lib/view/titles";
import { FilterNotes } from "@/components/filters/FilterNotes";
import { CountyTable } from "@/components/map/CountyTable";
import { Source } from "@/components/tables/Source";
import { citeList } from "@/lib/domain/lists";
import { MODEL_LABEL } from "@/lib/domain/models";
import { stateName } from "@/lib/domain/states";
import type { CountiesViewData } from "@/lib/queries/views/counties";
import { countyShares, shadedWords } from "@/lib/view/coverage";
import { asOfNote, countiesView, stateView, type FilterNote, type Values } from "@/lib/view/filters";
import { formatDay } from "@/lib/view/format";
import { countyHref } from "@/lib/view/links";

// A state's counties as a table, with the state map's filters: what the county map shades, in numbers.

export type CountiesValues = Values<typeof countiesView.params>;

export function countiesMetadata(values: CountiesValues): Metadata {
  const name = values.state ? stateName(values.state) : "A state";
  return { title: pageTitle("Agreements by county", values), description: `${name}'s counties: 287(g) agreements by model, and the residents living under them, from ICE's own lists.` };
}

/** One state's counties for the URL's filters (its data read by getCountiesView). */
export function CountiesView({ state, values, notes, view, permalink }: { state: string; values: CountiesValues; notes: FilterNote[]; permalink: string; view: CountiesViewData }) {
  const { list, fallback, counties, coverage, counted } = view;
  const name = stateName(state);
  const modelWords = values.model.map((m) => MODEL_LABEL[m]).join(" or ");
  const back = `/states/${state.toLowerCase()}${stateView.serialize({ model: values.model, metric: values.metric, asOf: values.asOf })}`;
  return (
    <div className="space-y-section">
      <header className="space-y-block">
        <p className="text-sm">
          <a className="text-blue-800 underline" href={back}>{name}: map and agencies</a>
        </p>
        <h1 className="text-title">{name}: agreements by county</h1>
        <p className="max-w-3xl text-slate-800">
          The county map&rsquo;s numbers{modelWords ? `, ${modelWords} agreements` : ""}, on ICE&rsquo;s list of{" "}
          <strong data-testid="list-date">{formatDay(list.publishedOn)}</strong>
          {values.asOf && <> (the newest list on or before {formatDay(values.asOf)})</>}. Agencies serving the whole state and those not placed are
          listed beside the map.
        </p>
      </header>
      <FilterNotes notes={[...notes, ...(fallback ? [asOfNote(fallback)] : [])]} />
      <CountyTable state={state} counties={counties} countyHrefFor={(fips) => countyHref(fips, { model: values.model, asOf: values.asOf })} residents={coverage && counted ? { shares: countyShares(coverage, counted), words: shadedWords(values.metric, values.model) } : undefined} />
      <Source list={list} permalink={permalink}>{citeList(list)}.</Source>
    </div>
  );
}
