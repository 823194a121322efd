import { MODELS, MODEL_LABEL } from "@/lib/domain/models";
import { stateName } from "@/lib/domain/states";
import { countyMapOf } from "@/lib/geo/shape-files";
import { STATE_MAP_WIDTH } from "@/lib/geo/shapes";
import type { PlacedAgency } from "@/lib/queries/geo";
import { formatCount } from "@/lib/view/format";
import { InlineSvg } from "./InlineSvg";
import { MapHover } from "./MapHover";
import { MapLegend } from "./MapLegend";
import { ModelSwatch } from "./ModelMarker";
import { modelList, stateMapClasses, stateMapLabel, type StateMapCounty, type StateMapResidents } from "./state-map-svg";

export type { StateMapCounty } from "./state-map-svg";
export type StateMapProps = {
  state: string;
  counties: StateMapCounty[];
  agencies: PlacedAgency[];
  agencyHref: (slug: string) => string;
  caption: string;
  /**
   * With it, counties are shaded by the share of their residents under `words` ("Task Force agreements",
   * "agreements of any model") instead of by agreements, and the table gains their residents and that share.
   */
  residents?: StateMapResidents;
  /** The map itself, drawn for the same filters as an SVG file (/states/[code]/map.svg: state-map-svg.ts). */
  src: string;
  /** The page with the map's numbers as a table of counties. */
  tableHref: string;
};

/**
 * One state: its counties shaded by agreements (agencies placed on a county or a town in it), a marker per
 * agreement where an agency is placed on a town, and beside the map the agencies no county holds: those serving
 * the whole state and those not placed. The map is a file of its own, shown where it sits; its key, the lists and
 * the link to its table are on the page.
 */
export async function StateMap({ state, counties, agencies, agencyHref, caption, residents, src, tableHref }: StateMapProps) {
  const map = await countyMapOf(state, STATE_MAP_WIDTH);
  const classes = stateMapClasses(counties, residents);
  const statewide = agencies.filter((a) => a.level === "STATE");
  const unplaced = agencies.filter((a) => a.level === "UNPLACED");
  const population = new Map(residents?.shares.map((s) => [s.countyFips, s.population]));
  const unestimated = residents ? (map?.areas.filter((a) => !population.get(a.id)) ?? []) : [];

  return (
    <figure className="space-y-3" data-testid="state-map">
      <div className="grid gap-6 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-2">
          {map ? (
            <MapHover viewBox={`0 0 ${map.width} ${map.height}`} hint="Point at a county to see its numbers here; each county opens its own page." outline={1.5}>
              <InlineSvg src={src} alt={stateMapLabel(state, residents)} width={map.width} height={map.height} className="block h-auto max-h-[70vh] w-full object-contain" />
            </MapHover>
          ) : (
            <p className="rounded border border-slate-300 p-3 text-sm">No county map for {stateName(state)} in this build; the table and lists below say where its agencies are.</p>
          )}
          <MapLegend
            title={residents ? `Share of a county's residents under ${residents.words}` : "Agreements per county"}
            classes={classes}
            unit={residents ? "\u00a0%" : ""}
            noneLabel={unestimated.length ? "None, or no estimate" : "None"}
          >
            <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
              {MODELS.map((m) => (
                <li key={m} className="flex items-center gap-1.5">
                  <ModelSwatch model={m} />
                  {MODEL_LABEL[m]}
                </li>
              ))}
            </ul>
            {residents && (
              <p className="mt-1 text-slate-700">
                A county counts whole when its county agency (the sheriff) holds an agreement; otherwise its towns whose police hold one count. A state
                agency&rsquo;s statewide agreement is not in the shading: the section on residents below gives it.
              </p>
            )}
            <p className="mt-1 text-slate-700">
              A marker is one agreement of an agency placed on a town; an agency with two or three models has its markers side by side. Agencies placed on a
              county count in its shading only.
            </p>
          </MapLegend>
        </div>
        <AgencyLists state={state} statewide={statewide} unplaced={unplaced} onMap={agencies.length - statewide.length - unplaced.length} agencyHref={agencyHref} />
      </div>
      <figcaption className="text-sm text-slate-700">{caption}</figcaption>
      <p className="text-sm">
        <a className="font-medium text-blue-800 underline" href={tableHref}>
          Table: {residents ? `agreements and residents under ${residents.words}` : "agreements"} by county
        </a>
      </p>
    </figure>
  );
}

type ListsProps = { state: string; statewide: PlacedAgency[]; unplaced: PlacedAgency[]; onMap: number; agencyHref: (slug: string) => string };

function AgencyLists({ state, statewide, unplaced, onMap, agencyHref }: ListsProps) {
  return (
    <div className="space-y-4 text-sm">
      <section aria-labelledby={`statewide-${state}`}>
        <h3 id={`statewide-${state}`} className="text-subheading">Serving all of {stateName(state)}</h3>
        {statewide.length ? (
          <ul className="mt-1 space-y-1">
            {statewide.map((a) => (
              <li key={a.id}>
                <a className="text-blue-800 underline" href={agencyHref(a.slug)}>{a.name}</a> — {modelList(a)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-slate-700">No state-wide agency.</p>
        )}
      </section>
      {unplaced.length > 0 && (
        <section aria-labelledby={`unplaced-${state}`}>
          <h3 id={`unplaced-${state}`} className="text-subheading">Not on the map</h3>
          <ul className="mt-1 space-y-1">
            {unplaced.map((a) => (
              <li key={a.id}>
                <a className="text-blue-800 underline" href={agencyHref(a.slug)}>{a.name}</a> — {modelList(a)}
                <span className="block text-slate-700">Not placed: {a.note}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {onMap > 0 && (
        <p className="text-slate-700">
          {onMap === 1 ? "One other agency is" : `The other ${formatCount(onMap)} agencies are`} placed on a county or a town, and counted in the
          map&rsquo;s shading.
        </p>
      )}
    </div>
  );
}
