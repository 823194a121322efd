import { MODEL_LABEL, MODELS, type ModelCode } from "@/lib/domain/models";
import { stateName } from "@/lib/domain/states";
import { countyLabelOf } from "@/lib/geo/county-names";
import { countyMapOf } from "@/lib/geo/shape-files";
import { STATE_MAP_WIDTH } from "@/lib/geo/shapes";
import type { CountyShare } from "@/lib/view/coverage";
import { formatCount, formatShare } from "@/lib/view/format";
import type { StateMapCounty } from "./StateMap";

// The state map's numbers as a table of counties: the map's table alternative, on a page of its own (/counties).

function ShareCells({ share }: { share: CountyShare | undefined }) {
  if (!share?.population) return <td colSpan={4} className="text-left!">No estimate</td>;
  return (
    <>
      <td>{formatCount(share.population)}</td>
      <td>{formatCount(share.residents)}</td>
      <td>{formatShare(share.residents, share.population)}</td>
      <td className="text-left!">{share.through ? `${share.through}${share.towns.length ? ` (${share.towns.join(", ")})` : ""}` : "—"}</td>
    </>
  );
}

/** Counties with an agreement, and (shading residents) counties with residents counted, by name. */
export async function CountyTable({
  state,
  counties,
  residents,
  countyHrefFor,
}: {
  state: string;
  counties: StateMapCounty[];
  residents?: { shares: CountyShare[]; words: string };
  /** Each county's page, with the view's filters. */
  countyHrefFor: (fips: string) => string;
}) {
  const map = await countyMapOf(state, STATE_MAP_WIDTH);
  const names = new Map(map?.areas.map((a) => [a.id, countyLabelOf(a.id, a.name)]) ?? []);
  const byCounty = new Map(counties.map((c) => [c.countyFips, c]));
  const shares = residents ? new Map(residents.shares.map((s) => [s.countyFips, s])) : null;
  const rowFips = new Set([...counties.filter((c) => c.agreements > 0).map((c) => c.countyFips), ...(residents?.shares.filter((s) => s.residents > 0).map((s) => s.countyFips) ?? [])]);
  const nameOf = (fips: string) => names.get(fips) ?? fips;
  const rows = [...rowFips]
    .map((f) => byCounty.get(f) ?? { countyFips: f, agreements: 0, agencies: 0, byModel: Object.fromEntries(MODELS.map((m) => [m, 0])) as Record<ModelCode, number> })
    .sort((x, y) => nameOf(x.countyFips).localeCompare(nameOf(y.countyFips)));
  if (!rows.length) {
    return <p className="text-sm">No agency in {stateName(state)} is placed on a county{residents ? `, and no county's residents are under ${residents.words}` : ""}.</p>;
  }
  const caption = residents
    ? `Agreements and residents under ${residents.words} by county in ${stateName(state)}, counties with at least one agreement or resident counted`
    : `Agreements by county in ${stateName(state)}, counties with at least one`;
  return (
    <div className="space-y-2">
      {/* The caption shown above the sideways-scrolling box, so a phone shows it whole; the table keeps its own for screen readers. */}
      <p aria-hidden="true" className="text-base font-semibold">{caption}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Table of counties (scrolls sideways)" data-testid="county-table">
        <table className="w-full min-w-[36rem] text-left text-sm tabular-nums [&_tbody_tr]:border-b [&_tbody_tr]:border-slate-100 [&_tbody_th]:py-1 [&_tbody_th]:pr-3 [&_tbody_th]:font-normal [&_td]:py-1 [&_td]:pr-3 [&_td]:text-right">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-3">County</th>
              <th scope="col" className="py-1 pr-3 text-right">Agreements</th>
              <th scope="col" className="py-1 pr-3 text-right">Agencies</th>
              {MODELS.map((m) => (
                <th key={m} scope="col" className="py-1 pr-3 text-right">{MODEL_LABEL[m]}</th>
              ))}
              {residents && (
                <>
                  <th scope="col" className="py-1 pr-3 text-right">Residents</th>
                  <th scope="col" className="py-1 pr-3 text-right">Residents counted</th>
                  <th scope="col" className="py-1 pr-3 text-right">Share</th>
                  <th scope="col" className="py-1 pr-3">Counted through</th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.countyFips} data-testid={`county-row-${c.countyFips}`}>
                <th scope="row">
                  <a className="text-blue-800 underline" href={countyHrefFor(c.countyFips)}>{nameOf(c.countyFips)}</a>
                </th>
                <td>{formatCount(c.agreements)}</td>
                <td>{formatCount(c.agencies)}</td>
                {MODELS.map((m) => (
                  <td key={m}>{formatCount(c.byModel[m])}</td>
                ))}
                {shares && <ShareCells share={shares.get(c.countyFips)} />}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
