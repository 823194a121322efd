import { geoAlbersUsa, geoMercator, geoPath, type GeoProjection } from "d3-geo";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import { STATE_OF_FIPS, stateName } from "../domain/states";

// The national map, projected once: the 50 states and DC with an Albers USA composite (Alaska and Hawaii moved
// and scaled, as the Census Bureau draws them), and the territories in framed boxes of their own. The same planar
// coordinates draw the server's SVG and, once fetched from the prepared file, the zoomable map.

export type Ring = [number, number][];
/** One state or territory: its USPS code, its name and its outline as rings in the map's coordinates (y down). */
export type PlanarArea = { id: string; name: string; rings: Ring[] };
/** A territory's frame: where its box sits on the map. */
export type InsetFrame = { id: string; name: string; x: number; y: number; width: number; height: number };
export type PlanarNation = { width: number; height: number; areas: PlanarArea[]; insets: InsetFrame[] };

export const NATION_WIDTH = 975;
export const NATION_HEIGHT = 610;

// Territories in the open sea right of Florida and below New England, in the order of their boxes.
const INSET_W = 92;
const INSET_H = 52;
const INSET_GAP = 6;
const INSET_X = NATION_WIDTH - INSET_W - 2;
const INSET_TOP = NATION_HEIGHT - 5 * (INSET_H + INSET_GAP) - 2;
export const TERRITORY_INSETS = ["PR", "VI", "GU", "MP", "AS"] as const;

/** Short names for the boxes' labels. */
export const INSET_LABEL: Record<(typeof TERRITORY_INSETS)[number], string> = {
  PR: "Puerto Rico",
  VI: "Virgin Islands",
  GU: "Guam",
  MP: "N. Mariana Is.",
  AS: "Am. Samoa",
};
/** Room at the top of a box for its label. */
export const INSET_LABEL_H = 13;

// "|| 0": no negative zero in the files or the paths.
const round = (v: number) => Math.round(v * 10) / 10 || 0;

/** Rings of a feature as a projection draws them (clipped, resampled), read from d3's path context calls. */
function projectRings(f: Feature, projection: GeoProjection): Ring[] {
  const rings: Ring[] = [];
  let ring: Ring = [];
  const context = {
    beginPath() {},
    moveTo(x: number, y: number) {
      ring = [[round(x), round(y)]];
      rings.push(ring);
    },
    lineTo(x: number, y: number) {
      const p: [number, number] = [round(x), round(y)];
      const last = ring[ring.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push(p);
    },
    closePath() {},
    arc() {},
  };
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(f);
  // Rings that rounding collapsed to a line or a point draw nothing; Alaska's westernmost Aleutians fall left of
  // the frame, as on the Census Bureau's own Albers maps, and are left out rather than cut.
  const inside = ([x, y]: [number, number]) => x >= 0 && y >= 0 && x <= NATION_WIDTH && y <= NATION_HEIGHT;
  return rings.filter((r) => r.length >= 3 && r.every(inside));
}

const tenths = (v: number) => Math.round(v * 10);
const fmt = (t: number) => String(t / 10);

/** SVG path data for rings: an absolute move to each ring's start, then relative lines (half the bytes), closed. */
export function ringsToPath(rings: Ring[]): string {
  let d = "";
  for (const r of rings) {
    let [x, y] = [tenths(r[0][0]), tenths(r[0][1])];
    d += `M${fmt(x)} ${fmt(y)}l`;
    const steps: string[] = [];
    for (const p of r.slice(1)) {
      const [nx, ny] = [tenths(p[0]), tenths(p[1])];
      steps.push(`${fmt(nx - x)} ${fmt(ny - y)}`);
      [x, y] = [nx, ny];
    }
    d += steps.join(" ").replace(/ -/g, "-") + "z";
  }
  return d;
}

/** Projects the prepared states file (public/geo/states.json) onto the national map. */
export function projectNation(topology: Topology): PlanarNation {
  const fc = feature(topology, topology.objects.states as GeometryCollection<{ name: string }>) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const usa = geoAlbersUsa().scale(1300).translate([NATION_WIDTH / 2, NATION_HEIGHT / 2]);
  const insets: InsetFrame[] = TERRITORY_INSETS.map((id, i) => ({
    id,
    name: INSET_LABEL[id],
    x: INSET_X,
    y: INSET_TOP + i * (INSET_H + INSET_GAP),
    width: INSET_W,
    height: INSET_H,
  }));
  const areas: PlanarArea[] = [];
  for (const f of fc.features) {
    const id = STATE_OF_FIPS[String(f.id)];
    if (!id) continue;
    const frame = insets.find((b) => b.id === id);
    let projection: GeoProjection = usa;
    if (frame) {
      const pad = 4;
      projection = geoMercator().fitExtent(
        [
          [frame.x + pad, frame.y + INSET_LABEL_H],
          [frame.x + frame.width - pad, frame.y + frame.height - pad],
        ],
        f,
      );
    }
    const rings = projectRings(f, projection);
    if (rings.length) areas.push({ id, name: stateName(id), rings });
  }
  areas.sort((a, b) => a.id.localeCompare(b.id));
  return { width: NATION_WIDTH, height: NATION_HEIGHT, areas, insets };
}

/** The smallest box around an area's rings: [x0, y0, x1, y1]. */
export function ringsBox(rings: Ring[]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rings) for (const [x, y] of r) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  return [x0, y0, x1, y1];
}
