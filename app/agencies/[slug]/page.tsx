import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlacementMap } from "@/components/map/PlacementMap";
import { MODEL_LABEL } from "@/lib/domain/models";
import { stateName } from "@/lib/domain/states";
import type { CensusArea } from "@/lib/queries/coverage";
import { getAgencyView } from "@/lib/queries/views/agency";
import type { AgencyTypeCode } from "@/lib/domain/agency-types";
import { formatCount, formatDay } from "@/lib/view/format";
import { agencyHref, stateHref } from "@/lib/view/links";
import { Source } from "@/components/tables/Source";
import { citeList } from "@/lib/domain/lists";
import { permalink } from "@/lib/http/permalink";

export const dynamic = "force-dynamic";

const AGENCY_PHRASE: Record<AgencyTypeCode, string> = { COUNTY: "County agency", MUNICIPALITY: "Municipal agency", STATE_AGENCY: "State agency", OTHER: "Agency" };

type Props = { params: Promise<{ slug: string }> };

const AS_WHAT: Record<CensusArea["level"], string> = {
  STATE: "a state agency, whose agreements cover the whole state (shown apart from the county and town counts)",
  COUNTY: "a county agency",
  PLACE: "the town's police",
};

/** Whose residents the agency's agreements count for (lib/geo/census.ts decides), in one sentence. */
function ResidentsLine({ areaNote, area, areaGeoid, state }: { areaNote: string; area: CensusArea | null; areaGeoid: string | null; state: string }) {
  const about = <a className="text-blue-800 underline" href="/about#residents">how residents are counted</a>;
  if (area) {
    const figure = area.level === "PLACE" ? "American Community Survey estimate, 2019–2023 average" : "Census Bureau estimate for July 1, 2024";
    return (
      <>
        Its agreements count for the residents of <strong>{area.name}</strong>:{" "}
        <span className="tabular-nums">{formatCount(area.population)}</span> people ({figure}), as {AS_WHAT[area.level]}. See {about}.
      </>
    );
  }
  if (areaGeoid) {
    const where = areaGeoid.length === 2 ? stateName(state) : "its area";
    return <>Its agreements count for the residents of {where}, for which the Census Bureau publishes no population estimate here. See {about}.</>;
  }
  const why = areaNote.replace(/^not counted:\s*/, "");
  return <>Its agreements are not counted for any residents{why ? <> ({why})</> : null}. See {about}.</>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const h = (await getAgencyView((await params).slug))?.history;
  if (!h) return { title: "Agency not found" };
  return { title: `${h.name}, ${h.state}`, description: `${h.name} (${stateName(h.state)}): its 287(g) agreements with ICE, as ICE's lists show them.` };
}

export default async function AgencyPage({ params }: Props) {
  const view = await getAgencyView((await params).slug);
  if (!view) notFound();
  const { history: h, area } = view;
  const current = h.agreements.filter((a) => !a.goneSince);
  return (
    <div className="space-y-section">
      <header className="space-y-block">
        <p className="text-sm">
          <a className="text-blue-800 underline" href={stateHref(h.state)}>{stateName(h.state)}</a>
        </p>
        <h1 className="text-title">{h.name}</h1>
        <p className="text-slate-800">
          {AGENCY_PHRASE[h.type]} in {stateName(h.state)}
          {h.county ? <>, {h.county} (as ICE lists it)</> : null}.{" "}
          {current.length > 0 ? (
            <>
              On ICE&rsquo;s newest list ({formatDay(h.newestParticipating.publishedOn)}) with{" "}
              {current.length === 1 ? "one agreement" : `${current.length} agreements`}: {current.map((a) => MODEL_LABEL[a.model]).join(", ")}.
            </>
          ) : h.agreements.length > 0 ? (
            <>Not on ICE&rsquo;s newest list ({formatDay(h.newestParticipating.publishedOn)}).</>
          ) : (
            <>Never on ICE&rsquo;s list of participating agencies.</>
          )}
        </p>
      </header>

      <section aria-labelledby="where-title" className="space-y-block">
        <h2 id="where-title" className="text-heading">Where it serves</h2>
        <PlacementMap state={h.state} agencyName={h.name} placement={h.placement} placeGeoid={h.area?.geoid?.length === 7 ? h.area.geoid : null} />
        <p className="max-w-3xl text-sm text-slate-800" data-testid="residents-counted">
          <ResidentsLine areaNote={h.area?.note ?? ""} area={area} areaGeoid={h.area?.geoid ?? null} state={h.state} />
        </p>
      </section>

      <section aria-labelledby="agreements-title" className="space-y-block">
        <h2 id="agreements-title" className="text-heading">Agreements</h2>
        {h.agreements.length === 0 && <p>ICE has never listed an agreement for this agency.</p>}
        <ul className="space-y-4">
          {h.agreements.map((a) => (
            <li key={a.model} className="rounded-lg border border-slate-200 p-card" data-testid={`agreement-${a.model}`}>
              <h3 className="text-subheading">{MODEL_LABEL[a.model]}</h3>
              <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                <dt className="text-slate-700">Signed</dt>
                <dd data-testid="signed">{a.signedOn ? formatDay(a.signedOn) : "no date on ICE's list"}</dd>
                <dt className="text-slate-700">Agreement (MOA)</dt>
                <dd>{a.moaUrl ? <a className="break-all text-blue-800 underline" href={a.moaUrl}>{a.moaUrl}</a> : "no link on ICE's list"}</dd>
                {a.addendumUrl && (
                  <>
                    <dt className="text-slate-700">Addendum</dt>
                    <dd><a className="break-all text-blue-800 underline" href={a.addendumUrl}>{a.addendumUrl}</a></dd>
                  </>
                )}
                <dt className="text-slate-700">First listed</dt>
                <dd data-testid="first-list">
                  {formatDay(a.firstList.publishedOn)} <span className="text-slate-600">({a.firstList.fileName})</span>
                </dd>
                <dt className="text-slate-700">Last listed</dt>
                <dd data-testid="last-list">
                  {formatDay(a.lastList.publishedOn)} <span className="text-slate-600">({a.lastList.fileName})</span>
                </dd>
                <dt className="text-slate-700">On</dt>
                <dd>{a.listsOn} of ICE&rsquo;s lists</dd>
              </dl>
              {a.goneSince && (
                <p className="mt-2 font-medium text-red-800" data-testid="gone">
                  No longer on ICE&rsquo;s list since {formatDay(a.goneSince.publishedOn)}.
                </p>
              )}
            </li>
          ))}
        </ul>
        {h.agreements.length > 0 && (
          <p className="text-xs text-slate-600">
            Signed dates and links are from the newest list that carried the agreement. Lists before 2025 are archived copies of
            ICE&rsquo;s web page; see <a className="underline" href="/about">About the data</a>.
          </p>
        )}
      </section>

      <section aria-labelledby="pending-title" className="space-y-block">
        <h2 id="pending-title" className="text-heading">Pending applications</h2>
        {h.pendingPeriods.length === 0 ? (
          <p data-testid="no-pending">Not on any of ICE&rsquo;s pending lists{h.newestPending ? ` (published up to ${formatDay(h.newestPending.publishedOn)})` : ""}.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5" data-testid="pending-periods">
            {h.pendingPeriods.map((p) => (
              <li key={p.from.id}>
                Pending{p.models.length ? ` (${p.models.map((m) => MODEL_LABEL[m]).join(", ")})` : ""} from the list of {formatDay(p.from.publishedOn)}
                {p.to.id !== p.from.id ? <> to the list of {formatDay(p.to.publishedOn)}</> : null}
                {p.goneSince ? <>; off the pending list from {formatDay(p.goneSince.publishedOn)}</> : <>; still on the newest pending list</>}
                {p.goneSince && !h.agreements.some((a) => a.firstList.publishedOn >= p.from.publishedOn) ? ", with no new agreement on ICE's list since" : ""}.
              </li>
            ))}
          </ul>
        )}
      </section>

      <p className="text-sm">
        <a className="text-blue-800 underline" href={stateHref(h.state)}>All agreements in {stateName(h.state)}</a>
        {" · "}
        <a className="text-blue-800 underline" href="/about">About the data</a>
      </p>
      <Source list={h.newestParticipating} permalink={await permalink(agencyHref(h.slug))}>
        {`every ICE list that names the agency, up to the ${citeList(h.newestParticipating)}.`}
      </Source>
    </div>
  );
}
