import type { Metadata } from "next";
import { FilterNotes } from "@/components/filters/FilterNotes";
import { ModelLinks } from "@/components/filters/ModelLinks";
import { AreaMap } from "@/components/map/AreaMap";
import { Downloads } from "@/components/tables/Downloads";
import { Source } from "@/components/tables/Source";
import { AGENCY_TYPE_LABEL } from "@/lib/domain/agency-types";
import { COUNTY_ROLE_TITLE, PLACE_ROLE_TITLE, type CoverRole } from "@/lib/domain/areas";
import { citeList } from "@/lib/domain/lists";
import { MODEL_LABEL } from "@/lib/domain/models";
import { stateName } from "@/lib/domain/states";
import type { AreaAgency, AreaViewData } from "@/lib/queries/views/area";
import { areaView, asOfNote, countyAgenciesView, placeAgenciesView, type FilterNote, type Values } from "@/lib/view/filters";
import { formatCount, formatDay } from "@/lib/view/format";
import { agencyHref, countyHref, placeHref, stateHref } from "@/lib/view/links";

// A county's or a town's page: every agency whose 287(g) authority covers it, grouped by how, on the list the filters
// choose; the residents covered; when its first agreement appeared. Its data comes from getCountyView/getPlaceView.

export type AreaValues = Values<typeof areaView.params>;

const link = "text-blue-800 underline";

/** "Harris County, Texas"; a Census place without its kind's word stays as the Census Bureau writes it ("Mesa city"). */
export const areaTitle = (a: AreaViewData["area"]) => `${a.name}, ${stateName(a.state)}`;

export function areaMetadata(area: AreaViewData["area"] | null): Metadata {
  if (!area) return { title: "Place not found" };
  const title = areaTitle(area);
  return {
    title: `${title}: agencies with 287(g) agreements`,
    description: `Every law-enforcement agency whose 287(g) agreement with ICE covers ${title}: the county's own, the towns', regional and state agencies, from ICE's own lists.`,
  };
}

function Agency({ a, kind }: { a: AreaAgency; kind: "county" | "place" }) {
  const where = [a.placeName, kind === "place" || a.role === "regional" || a.role === "state" ? null : a.countyName].filter(Boolean).join(", ");
  return (
    <li className="rounded-lg border border-slate-200 p-card" data-testid="area-agency">
      <h3 className="text-subheading">
        <a className={link} href={agencyHref(a.slug)}>{a.name}</a>
      </h3>
      <p className="text-sm text-slate-700">
        {AGENCY_TYPE_LABEL[a.type]}
        {a.role === "town" && where ? <> &middot; {where}</> : null}
        {a.role === "regional" && a.countyName ? <> &middot; placed on {a.countyFips ? <a className={link} href={countyHref(a.countyFips)}>{a.countyName}</a> : a.countyName}</> : null}
      </p>
      {a.agreements.length > 0 && (
        <ul className="mt-2 space-y-1 text-sm">
          {a.agreements.map((g) => (
            <li key={g.model} data-testid={`agreement-${g.model}`}>
              <strong>{MODEL_LABEL[g.model]}</strong>: signed {g.signedOn ? formatDay(g.signedOn) : "(no date on ICE's list)"}; first on ICE&rsquo;s list {formatDay(g.firstListed)}
              {g.moaUrl && (
                <>
                  {" "}
                  &middot;{" "}
                  <a className={`${link} break-all`} href={g.moaUrl}>
                    MOA<span className="sr-only"> of {a.name}, {MODEL_LABEL[g.model]}</span>
                  </a>
                </>
              )}
              {g.addendumUrl && (
                <>
                  {" "}
                  &middot;{" "}
                  <a className={`${link} break-all`} href={g.addendumUrl}>
                    Addendum<span className="sr-only"> of {a.name}, {MODEL_LABEL[g.model]}</span>
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {a.pending && (
        <p className="mt-1 text-sm text-amber-900" data-testid="pending">
          Pending application{a.pending.length ? ` (${a.pending.map((m) => MODEL_LABEL[m]).join(", ")})` : ""} on ICE&rsquo;s pending list.
        </p>
      )}
    </li>
  );
}

const GROUP_EMPTY: Record<CoverRole, string> = {
  county: "No agency of the county is on the list.",
  town: "No town police is on the list.",
  regional: "No agency of several counties covering it is on the list.",
  state: "No state agency is on the list.",
};

/** One county's or town's page for the URL's filters. */
export function AreaView({ values, notes, view, permalink }: { values: AreaValues; notes: FilterNote[]; permalink: string; view: AreaViewData }) {
  const { area, list, fallback, pendingList, groups, noLocalAgreement, residents, history } = view;
  const title = areaTitle(area);
  const isCounty = area.kind === "county";
  const hrefFor = (v: Partial<AreaValues>) => (isCounty ? countyHref(area.geoid, { ...values, ...v }) : placeHref(area.geoid, { ...values, ...v }));
  const titles = isCounty ? COUNTY_ROLE_TITLE : PLACE_ROLE_TITLE;
  const modelWords = values.model.map((m) => MODEL_LABEL[m]).join(" or ");
  const withAgreement = groups.flatMap((g) => g.agencies).filter((a) => a.agreements.length > 0);
  const statewide = groups.find((g) => g.role === "state")!.agencies.filter((a) => a.agreements.length > 0);
  const downloadQuery = isCounty ? countyAgenciesView.serialize({ county: area.geoid, ...values }) : placeAgenciesView.serialize({ place: area.geoid, ...values });
  const apiPath = `/api/v1/${isCounty ? "counties" : "places"}/${area.geoid}${areaView.serialize(values)}`;
  const feedCounty = isCounty ? area.geoid : area.counties.length === 1 ? area.counties[0].fips : null;
  const where = area.counties.map((c) => c.name).join(" and ");
  const mapCaption = isCounty
    ? `${area.name} outlined among the counties of ${stateName(area.state)}.`
    : area.counties.length
      ? `${where}, the county ${area.name} lies in${area.countiesFrom === "gazetteer" ? " (by the place list, GeoNames)" : ""}, outlined among the counties of ${stateName(area.state)}.`
      : `The county ${area.name} lies in is not known here.`;
  return (
    <div className="space-y-section">
      <header className="space-y-block">
        <p className="text-sm">
          <a className={link} href={stateHref(area.state, { model: values.model, asOf: values.asOf })}>{stateName(area.state)}</a>
          {!isCounty &&
            area.counties.map((c) => (
              <span key={c.fips}>
                {" "}
                &rsaquo;{" "}
                <a className={link} href={countyHref(c.fips, values)}>{c.name}</a>
              </span>
            ))}
        </p>
        <h1 className="text-title">{title}</h1>
        <p className="max-w-3xl text-slate-800" data-testid="area-summary">
          {withAgreement.length === 0 ? (
            <>No agency whose authority covers {area.name} holds a {modelWords ? `${modelWords} ` : ""}287(g) agreement</>
          ) : (
            <>
              {withAgreement.length === 1 ? "One agency" : `${withAgreement.length} agencies`} whose authority covers {area.name}{" "}
              {withAgreement.length === 1 ? "holds" : "hold"} {modelWords ? `${modelWords} ` : "287(g) "}agreements with ICE
            </>
          )}{" "}
          on ICE&rsquo;s list of <strong data-testid="list-date">{formatDay(list.publishedOn)}</strong>
          {values.asOf && <> (the newest list on or before {formatDay(values.asOf)})</>}.
        </p>
        {noLocalAgreement && (
          <p className="max-w-3xl font-semibold text-slate-900" data-testid="no-local-agreement">
            No agency {isCounty ? "of this county or its towns" : "of this town or its county"} has a {modelWords ? `${modelWords} ` : ""}287(g) agreement
            {statewide.length ? "; the state agencies below cover the whole state." : ", and no state agency's agreement covers the whole state."}
          </p>
        )}
      </header>

      <ModelLinks selected={values.model} hrefFor={(model) => hrefFor({ model })} />
      <FilterNotes notes={[...notes, ...(fallback ? [asOfNote(fallback)] : [])]} />

      <section aria-labelledby="where-title" className="flex flex-col gap-4 sm:flex-row sm:items-start">
        <h2 id="where-title" className="sr-only">Where it is, and its residents</h2>
        <AreaMap state={area.state} county={area.counties[0]?.fips ?? null} caption={mapCaption} />
        <div className="max-w-xl space-y-2 text-sm text-slate-800" data-testid="area-residents">
          <p>
            <span className="tabular-nums font-semibold">{formatCount(residents.population)}</span> residents ({area.source.startsWith("ACS") ? "American Community Survey estimate, 2019–2023 average" : "Census Bureau estimate for July 1, 2024"}).
          </p>
          <p>
            {residents.through === "county" ? (
              <>All of them live under an agreement of {isCounty ? "the county's own agency" : "its county's agency"}.</>
            ) : residents.through === "towns" ? (
              isCounty ? (
                <>
                  <span className="tabular-nums">{formatCount(residents.local)}</span> live in towns whose police hold an agreement:{" "}
                  {residents.towns.map((t, i) => (
                    <span key={t.geoid}>
                      {i > 0 && ", "}
                      <a className={link} href={placeHref(t.geoid, values)}>{t.name}</a> ({formatCount(t.population)})
                    </span>
                  ))}
                  .
                </>
              ) : (
                <>All of them live under an agreement of the town&rsquo;s police.</>
              )
            ) : (
              <>None of them is counted under a local agency&rsquo;s agreement.</>
            )}{" "}
            {residents.statewide ? <>A state agency&rsquo;s agreement covers the whole state, these residents included (counted apart).</> : null}{" "}
            <a className={link} href="/about#residents">How residents are counted</a>
          </p>
        </div>
      </section>

      {groups.map((g) => (
        <section key={g.role} aria-labelledby={`group-${g.role}`} className="space-y-block" data-testid={`group-${g.role}`}>
          <h2 id={`group-${g.role}`} className="text-heading">
            {titles[g.role]} <span className="text-base font-normal text-slate-700">({g.agencies.length})</span>
          </h2>
          {g.agencies.length === 0 ? (
            <p className="text-sm text-slate-700">{GROUP_EMPTY[g.role]}</p>
          ) : (
            <ul className="grid gap-3 lg:grid-cols-2">
              {g.agencies.map((a) => (
                <Agency key={a.slug} a={a} kind={area.kind} />
              ))}
            </ul>
          )}
        </section>
      ))}

      <section aria-labelledby="history-title" className="space-y-block">
        <h2 id="history-title" className="text-heading">History</h2>
        <p className="max-w-3xl text-sm text-slate-800" data-testid="area-first">
          {history.first ? (
            <>
              The first {modelWords ? `${modelWords} ` : ""}agreement of a local agency covering {area.name} appeared on ICE&rsquo;s list of{" "}
              <strong>{formatDay(history.first)}</strong>.
            </>
          ) : (
            <>No local agency covering {area.name} has been on ICE&rsquo;s lists up to this one.</>
          )}{" "}
          {history.firstStatewide ? <>A state agency&rsquo;s first agreement appeared on the list of {formatDay(history.firstStatewide)}.</> : null}
        </p>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Agreements over time (scrolls sideways)">
          <table className="min-w-[20rem] text-left text-sm tabular-nums [&_td]:py-1 [&_td]:pr-4 [&_th]:py-1 [&_th]:pr-4" data-testid="area-history">
            <caption className="mb-1 text-left text-sm text-slate-700">
              Agreements covering {area.name} on ICE&rsquo;s lists, at each list that changed them ({history.lists} lists up to the one shown)
            </caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col">List of</th>
                <th scope="col" className="text-right">Local agencies</th>
                <th scope="col" className="text-right">State agencies</th>
              </tr>
            </thead>
            <tbody>
              {history.changes.map((h) => (
                <tr key={`${h.publishedOn}-${h.sameDayOrder}`} className="border-b border-slate-100">
                  <th scope="row" className="font-normal">{formatDay(h.publishedOn)}</th>
                  <td className="text-right">{h.local}</td>
                  <td className="text-right">{h.statewide}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="cite-title" className="space-y-block">
        <h2 id="cite-title" className="text-heading">Download and cite</h2>
        <Downloads table={isCounty ? "county-agencies" : "place-agencies"} query={downloadQuery} what={`agencies covering ${area.name}`} />
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <a className={link} href={apiPath}>The same as JSON (API)</a>
          {feedCounty && <a className={link} href={`/counties/${feedCounty}/feed.xml`}>Atom feed of changes in {isCounty ? area.name : area.counties[0].name}</a>}
        </p>
        <Source list={list} permalink={permalink}>{`${citeList(list)}${pendingList ? `; pending applications: ${citeList(pendingList)}` : ""}; population: ${area.source}.`}</Source>
        <p className="text-sm text-slate-700">
          How each agency is placed on a county or town: <a className={link} href="/about">About the data</a>.
        </p>
      </section>
    </div>
  );
}
