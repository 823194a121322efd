import type { Metadata } from "next";
import { pageTitle } from "@/lib/view/titles";
import { FilterNotes } from "@/components/filters/FilterNotes";
import { ListTrendTable, ShareTrendTable, SignedTrendTable } from "@/components/charts/TrendTables";
import { Source } from "@/components/tables/Source";
import { citeList } from "@/lib/domain/lists";
import { MODEL_LABEL, MODELS, otherModelsOf } from "@/lib/domain/models";
import { stateName } from "@/lib/domain/states";
import type { TrendsViewData } from "@/lib/queries/views/trends";
import { otherModelsWords } from "@/lib/view/coverage";
import { Pager } from "@/components/tables/Pager";
import { asOfNote, nationalView, stateView, trendsPageView, type FilterNote, type Values } from "@/lib/view/filters";
import { formatDay } from "@/lib/view/format";

// The trend charts' numbers as tables, for the nation or one state: the charts' alternative, linked from each chart.

export type TrendsValues = Values<typeof trendsPageView.params>;

/**
 * Lists per page of the table of lists, newest first: one row per publication day (463 days since February 2025 and
 * counting), so the page keeps its weight as ICE publishes; every list stays a page away, and in the charts' data.
 */
export const TREND_LISTS_PAGE_SIZE = 30;

export function trendsMetadata(values: TrendsValues): Metadata {
  return {
    title: pageTitle("Agreements over time", values),
    description: "The numbers of the trend charts as tables: agreements on each ICE 287(g) list by model, by month signed, and the share of residents under agreements.",
  };
}

/** The trend tables for the URL's filters (their data read by getTrendsView, as the charts' points are). */
export function TrendsView({ values, notes, view, permalink }: { values: TrendsValues; notes: FilterNote[]; permalink: string; view: TrendsViewData }) {
  const name = values.state ? stateName(values.state) : null;
  const where = name ? ` in ${name}` : "";
  const back = values.state
    ? `/states/${values.state.toLowerCase()}${stateView.serialize({ model: values.model, asOf: values.asOf })}`
    : `/${nationalView.serialize({ model: values.model, asOf: values.asOf })}`;
  const models = values.model.length ? MODELS.filter((m) => values.model.includes(m)) : [...MODELS];
  const modelWords = values.model.map((m) => MODEL_LABEL[m]).join(" or ");
  const otherWords = otherModelsOf(values.model) ? otherModelsWords(values.model) : null;
  const newestFirst = [...view.listTrend].reverse();
  /** This page of a table with a row per list, newest first. */
  const onPage = <T,>(newestFirstRows: T[]) => newestFirstRows.slice((values.page - 1) * TREND_LISTS_PAGE_SIZE, values.page * TREND_LISTS_PAGE_SIZE);
  return (
    <div className="space-y-section">
      <header className="space-y-block">
        <p className="text-sm">
          <a className="text-blue-800 underline" href={back}>{name ? `${name}: map, agencies and charts` : "All states: map and charts"}</a>
        </p>
        <h1 className="text-title">{name ? `${name} over time` : "287(g) agreements over time"}</h1>
        <p className="max-w-3xl text-slate-800">
          The numbers of the trend charts{modelWords ? `, ${modelWords} agreements` : ""}
          {view.list && (
            <>
              {" "}up to ICE&rsquo;s list of <strong data-testid="list-date">{formatDay(view.list.publishedOn)}</strong>
              {values.asOf && <> (the newest list on or before {formatDay(values.asOf)})</>}
            </>
          )}
          .
        </p>
      </header>
      <FilterNotes notes={[...notes, ...(view.fallback ? [asOfNote(view.fallback)] : [])]} />
      {!view.list ? (
        <p>No participating list has been imported.</p>
      ) : (
        <>
          <section id="lists" aria-labelledby="lists-title" className="space-y-block">
            <h2 id="lists-title" className="text-heading">Agreements on each list</h2>
            <ListTrendTable points={onPage(newestFirst)} models={models} where={where} />
            <Pager
              page={values.page}
              pageSize={TREND_LISTS_PAGE_SIZE}
              total={newestFirst.length}
              hrefFor={(page) => `/trends${trendsPageView.serialize({ ...values, page })}#lists`}
              noun="lists"
            />
          </section>
          {view.signedTrend && (
            <section id="signed" aria-labelledby="signed-title" className="space-y-block">
              <h2 id="signed-title" className="text-heading">By the month signed</h2>
              {view.signedTrend.points.length ? (
                <SignedTrendTable trend={view.signedTrend} models={models} where={where} />
              ) : (
                <p>No agreement{where} on the list of {formatDay(view.signedTrend.publishedOn)} has a signed date.</p>
              )}
            </section>
          )}
          {name && view.shareTrend && (
            <section id="residents" aria-labelledby="residents-title" className="space-y-block">
              <h2 id="residents-title" className="text-heading">Share of residents under agreements</h2>
              {view.shareTrend.length ? (
                <>
                  <ShareTrendTable
                    points={onPage([...view.shareTrend].reverse())}
                    stateName={name}
                    otherWords={otherWords}
                  />
                  <Pager
                    page={values.page}
                    pageSize={TREND_LISTS_PAGE_SIZE}
                    total={view.shareTrend.length}
                    hrefFor={(page) => `/trends${trendsPageView.serialize({ ...values, page })}#residents`}
                    noun="lists"
                  />
                </>
              ) : (
                <p>The Census Bureau publishes no population estimate for {name}.</p>
              )}
            </section>
          )}
          <Source list={view.list} permalink={permalink}>{citeList(view.list)}.</Source>
        </>
      )}
    </div>
  );
}
