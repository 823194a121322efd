import { MODELS, MODEL_LABEL, type ModelCode } from "@/lib/domain/models";
import { stateName } from "@/lib/domain/states";
import { countyLabelOf } from "@/lib/geo/county-names";
import type { SvgMap } from "@/lib/geo/projection";
import type { PlacedAgency } from "@/lib/queries/geo";
import { COUNTY_COUNT_CLASSES, describeCounts, fillFor, type AreaClass } from "@/lib/view/classes";
import { describeShare, SHARE_CLASSES, shareDetail, type CountyShare } from "@/lib/view/coverage";
import { escapeXml, svgElement } from "@/lib/view/svg";
import { areaData } from "./area-data";
import { SWATCH_EDGE } from "./MapLegend";
import { markerPaint, markerShape } from "./ModelMarker";

// A state's county map as an SVG document of its own (/states/[code]/map.svg): the page shows it as an image before
// any script runs, then puts the same file inline for the pointer, the keyboard and the info panel (InlineSvg). Kept
// out of the page, its ~250 counties and their numbers are not written twice into every state view (its HTML and the
// data React hydrates from), and a browser or a CDN keeps the file per view.

export type StateMapCounty = { countyFips: string; agreements: number; agencies: number; byModel: Record<ModelCode, number> };
/** Counties shaded by the share of their residents under `words` ("Task Force agreements") instead of agreements. */
export type StateMapResidents = { shares: CountyShare[]; words: string };

/** Markers of one agency's models sit side by side, this far apart (map units). */
const MARKER_STEP = 8;

export const modelsOf = (a: PlacedAgency) => MODELS.filter((m) => a.agreements.some((g) => g.model === m));
export const modelList = (a: PlacedAgency) => modelsOf(a).map((m) => MODEL_LABEL[m]).join(", ");

/** The classes the counties are shaded in: fixed share classes, or the fixed classes of agreements per county. */
export const stateMapClasses = (counties: StateMapCounty[], residents?: StateMapResidents): AreaClass[] =>
  residents ? SHARE_CLASSES : COUNTY_COUNT_CLASSES;

/** What the map is, in words: the image's text alternative and the inline map's label. */
export const stateMapLabel = (state: string, residents?: StateMapResidents) =>
  `Map of ${stateName(state)}'s counties, shaded by ${residents ? `the share of their residents under ${residents.words}` : "agreements"}, with agencies placed on towns marked.`;

/** The agencies a marker stands for: placed on a town, with a position. */
export const placedOnTowns = (agencies: PlacedAgency[]) => agencies.filter((a) => a.level === "PLACE" && a.latitude != null && a.longitude != null);

const escape = escapeXml;
const element = svgElement;

/**
 * The SVG document: each county a link to its page around a path shaded by its class, titled with its numbers and
 * carrying them for the info panel (area-data.ts); a marker per agreement of an agency placed on a town, a link to the agency.
 */
export function stateMapSvg(
  map: SvgMap,
  state: string,
  counties: StateMapCounty[],
  agencies: PlacedAgency[],
  residents: StateMapResidents | undefined,
  agencyHref: (slug: string) => string,
  countyHref: (fips: string) => string,
): string {
  const byCounty = new Map(counties.map((c) => [c.countyFips, c]));
  const shares = residents ? new Map(residents.shares.map((s) => [s.countyFips, s])) : null;
  const classes = stateMapClasses(counties, residents);
  const areas = map.areas.map((a) => {
    const c = byCounty.get(a.id);
    const name = countyLabelOf(a.id, a.name);
    const share = shares?.get(a.id);
    const label = shares ? describeShare(name, share) : describeCounts(name, c);
    const fill = fillFor(shares ? (share?.population ? share.percent : 0) : (c?.agreements ?? 0), classes);
    // Each county is a link to its page, in the tab order, named with its numbers (a mouse, a finger or Enter opens it).
    // The shade is the link's, which its outline inherits: the element that carries the county's numbers carries its colour.
    const link = {
      href: countyHref(a.id),
      fill,
      "aria-label": `${label}. Open the county's page.`,
      class: "outline-none",
      "data-opens": "the county's page",
      ...areaData(name, c, shares ? shareDetail(share) : undefined),
    };
    return element("a", link, element("title", {}, escape(label)) + element("path", { d: a.d }));
  });
  // Mouse users follow a marker to its agency; keyboard and screen-reader users have the lists and tables.
  const markers = placedOnTowns(agencies).map((a) => {
    const [x, y] = map.project(a.latitude!, a.longitude!);
    const ms = modelsOf(a);
    const shapes = ms.map((m, i) => {
      const { tag, ...geometry } = markerShape(m, x + (i - (ms.length - 1) / 2) * MARKER_STEP, y);
      return element(tag, { ...geometry, ...markerPaint(m) });
    });
    const title = element("title", {}, escape(`${a.name}${a.placeName ? `, ${a.placeName}` : ""}: ${modelList(a)}`));
    return element("a", { href: agencyHref(a.slug), tabindex: -1 }, title + shapes.join(""));
  });
  const root = {
    xmlns: "http://www.w3.org/2000/svg",
    viewBox: `0 0 ${map.width} ${map.height}`,
    width: map.width,
    height: map.height,
    // Sizes the map where the page puts it inline (the classes are the page's own stylesheet's).
    class: "block h-auto max-h-[70vh] w-full",
    role: "group",
    "aria-label": stateMapLabel(state, residents),
  };
  const countyGroup = element("g", { stroke: SWATCH_EDGE, "stroke-width": 0.5, "stroke-linejoin": "round" }, `\n${areas.join("\n")}\n`);
  const markerGroup = element("g", { "aria-hidden": "true" }, `\n${markers.join("\n")}\n`);
  return `${element("svg", root, `\n${countyGroup}\n${markerGroup}\n`)}\n`;
}
