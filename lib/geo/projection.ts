import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";

// A small map drawn on the server as SVG: longitude scaled by the cosine of the state's middle latitude, which
// keeps one state's shape true enough at the size of a figure, with no projection library in the bundle.

export type SvgArea = { id: string; name: string; d: string };
export type SvgMap = { width: number; height: number; areas: SvgArea[]; project: (lat: number, lng: number) => [number, number] };

// Alaska's Aleutians cross the 180th meridian: their eastern-hemisphere longitudes continue westward.
const unwrap = (lng: number) => (lng > 0 ? lng - 360 : lng);

export function svgMap(topology: Topology, object: string, width: number, opts: { crossesDateLine?: boolean } = {}): SvgMap {
  const fc = feature(topology, topology.objects[object] as GeometryCollection<{ name: string }>);
  const features = fc.features as Feature<Polygon | MultiPolygon, { name: string }>[];
  const lon = (p: Position) => (opts.crossesDateLine ? unwrap(p[0]) : p[0]);
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const rings = (f: Feature<Polygon | MultiPolygon>) => (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates).flat();
  for (const f of features)
    for (const ring of rings(f))
      for (const p of ring) [x0, y0, x1, y1] = [Math.min(x0, lon(p)), Math.min(y0, p[1]), Math.max(x1, lon(p)), Math.max(y1, p[1])];
  const k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  const pad = 4;
  const scale = (width - 2 * pad) / Math.max((x1 - x0) * k, 1e-9);
  const height = Math.round((y1 - y0) * scale + 2 * pad);
  const project = (lat: number, lng: number): [number, number] => [
    Math.round((pad + ((opts.crossesDateLine ? unwrap(lng) : lng) - x0) * k * scale) * 10) / 10,
    Math.round((pad + (y1 - lat) * scale) * 10) / 10,
  ];
  const areas = features.map((f) => ({
    id: String(f.id),
    name: f.properties.name,
    d: rings(f)
      .map((ring) => "M" + ring.map((p) => project(p[1], p[0]).join(",")).join("L") + "Z")
      .join(""),
  }));
  return { width, height, areas, project };
}
