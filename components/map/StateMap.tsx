import { MODELS, MODEL_LABEL, type ModelCode } from "@/lib/domain/models";
import { stateName } from "@/lib/domain/states";
import { areaClasses, describeCounts, fillFor } from "@/lib/view/classes";
import { countyLabelOf } from "@/lib/geo/county-names";
import { countyMapOf, spriteHref } from "@/lib/geo/shape-files";
import { STATE_MAP_WIDTH } from "@/lib/geo/shapes";
import type { PlacedAgency } from "@/lib/queries/geo";
import { describeShare, SHARE_CLASSES, shareDetail, type CountyShare } from "@/lib/view/coverage";
import { formatCount, formatShare } from "@/lib/view/format";
import { areaData } from "./area-data";
import { MapHover } from "./MapHover";
import { MapLegend, SWATCH_EDGE } from "./MapLegend";
import { ModelMarker, ModelSwatch } from "./ModelMarker";

export type StateMapCounty = { countyFips: string; agreements: number; agencies: number; byModel: Record<ModelCode, number> };
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
  residents?: { shares: CountyShare[]; words: string };
  /** The page with the map's numbers as a table of counties. */
  tableHref: string;
};

/** Markers of one agency's models sit side by side, this far apart (map units). */
const MARKER_STEP = 8;

const modelsOf = (a: PlacedAgency) => MODELS.filter((m) => a.agreements.some((g) => g.model === m));
const modelList = (a: PlacedAgency) => modelsOf(a).map((m) => MODEL_LABEL[m]).join(", ");

/**
 * One state: its counties shaded by agreements (agencies placed on a county or a town in it), a marker per
 * agreement where an agency is placed on a town, and beside the map the agencies no county holds: those serving
 * the whole state and those not placed. A table under it says what the shading says.
 */
export async function StateMap({ state, counties, agencies, agencyHref, caption, residents, tableHref }: StateMapProps) {
  const [map, sprite] = await Promise.all([countyMapOf(state, STATE_MAP_WIDTH), spriteHref(`counties/${state.toLowerCase()}.svg`)]);
  const byCounty = new Map(counties.map((c) => [c.countyFips, c]));
  const shares = residents ? new Map(residents.shares.map((s) => [s.countyFips, s])) : null;
  const classes = shares ? SHARE_CLASSES : areaClasses(counties.map((c) => c.agreements));
  const names = new Map(map?.areas.map((a) => [a.id, countyLabelOf(a.id, a.name)]) ?? []);
  const statewide = agencies.filter((a) => a.level === "STATE");
  const unplaced = agencies.filter((a) => a.level === "UNPLACED");
  const placed = map ? agencies.filter((a) => a.level === "PLACE" && a.latitude != null && a.longitude != null) : [];
  const viewBox = map ? `0 0 ${map.width} ${map.height}` : "0 0 1 1";
  const unestimated = shares ? (map?.areas.filter((a) => !(shares.get(a.id)?.population)) ?? []) : [];

  return (
    <figure className="space-y-3" data-testid="state-map">
      <div className="grid gap-6 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-2">
          {map ? (
            <MapHover viewBox={viewBox} hint="Point at a county to see its numbers here." outline={1.5}>
              <svg viewBox={viewBox} className="block h-auto max-h-[70vh] w-full" role="group" aria-label={`Map of ${stateName(state)}'s counties, shaded by ${residents ? `the share of their residents under ${residents.words}` : "agreements"}, with agencies placed on towns marked.`}>
                <g stroke={SWATCH_EDGE} strokeWidth={0.5} strokeLinejoin="round">
                  {map.areas.map((a) => {
                    const c = byCounty.get(a.id);
                    const name = names.get(a.id) ?? a.name;
                    const share = shares?.get(a.id);
                    const label = shares ? describeShare(name, share) : describeCounts(name, c);
                    // Outlines by reference to the state's sprite file (inline only when the build lacks it).
                    const fill = fillFor(shares ? (share?.population ? share.percent : 0) : (c?.agreements ?? 0), classes);
                    const props = { fill, ...areaData(name, c, shares ? shareDetail(share) : undefined) };
                    return sprite ? (
                      <use key={a.id} href={`${sprite}#c${a.id}`} {...props}>
                        <title>{label}</title>
                      </use>
                    ) : (
                      <path key={a.id} d={a.d} {...props}>
                        <title>{label}</title>
                      </path>
                    );
                  })}
                </g>
                {/* Mouse users follow a marker to its agency; keyboard and screen-reader users have the lists and tables. */}
                <g aria-hidden="true">
                  {placed.map((a) => {
                    const [x, y] = map.project(a.latitude!, a.longitude!);
                    const ms = modelsOf(a);
                    return (
                      <a key={a.id} href={agencyHref(a.slug)} tabIndex={-1}>
                        <title>{`${a.name}${a.placeName ? `, ${a.placeName}` : ""}: ${modelList(a)}`}</title>
                        {ms.map((m, i) => (
                          <ModelMarker key={m} model={m} x={x + (i - (ms.length - 1) / 2) * MARKER_STEP} y={y} />
                        ))}
                      </a>
                    );
                  })}
                </g>
              </svg>
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
        <h3 id={`statewide-${state}`} className="font-semibold">Serving all of {stateName(state)}</h3>
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
          <h3 id={`unplaced-${state}`} className="font-semibold">Not on the map</h3>
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
