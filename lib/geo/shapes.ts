import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bbox, quantize } from "topojson-client";
import { presimplify, quantile, simplify } from "topojson-simplify";
import type { GeometryCollection, GeometryObject, Topology } from "topojson-specification";
import { STATE_FIPS } from "../domain/states";
import { ATLAS_PATH, STATES_ATLAS_PATH } from "./gazetteer";
import { projectNation, ringsToPath } from "./national";
import { svgMap } from "./projection";

// The browser gets the map's shapes prepared once, at build time: the national view one small file of state
// outlines, a state view that state's counties only. The Census file has 3,233 counties in 840 KB.

type Props = { name: string };
type Atlas = Topology<{ counties: GeometryCollection<Props>; states: GeometryCollection<Props>; nation: GeometryCollection }>;

/** Share of the atlas's points each kind of file keeps, by weight (Visvalingam's effective area). */
export const KEEP = { states: 0.3, counties: 0.3 } as const;

function arcIndexes(g: GeometryObject, into: Set<number>) {
  const walk = (a: unknown): void => {
    if (typeof a === "number") into.add(a < 0 ? ~a : a);
    else if (Array.isArray(a)) a.forEach(walk);
  };
  if ("arcs" in g) walk(g.arcs);
}

function remapArcs(a: unknown, index: Map<number, number>): unknown {
  if (typeof a === "number") return a < 0 ? ~index.get(~a)! : index.get(a)!;
  return (a as unknown[]).map((x) => remapArcs(x, index));
}

/** A topology holding only `geometries`, with the arcs they use and no other. */
function subset(t: Topology, name: string, geometries: GeometryObject[]): Topology {
  const used = new Set<number>();
  geometries.forEach((g) => arcIndexes(g, used));
  const order = [...used].sort((x, y) => x - y);
  const index = new Map(order.map((old, i) => [old, i]));
  return {
    type: "Topology",
    transform: t.transform,
    bbox: t.bbox,
    objects: {
      [name]: {
        type: "GeometryCollection",
        geometries: geometries.map((g) => ("arcs" in g ? { ...g, arcs: remapArcs(g.arcs, index) } : g)) as GeometryObject[],
      },
    },
    arcs: order.map((i) => t.arcs[i]),
  };
}

function simplified(file: string, keep: number): Atlas {
  const atlas = JSON.parse(readFileSync(file, "utf8")) as Atlas;
  const pre = presimplify(atlas as unknown as Parameters<typeof presimplify>[0]);
  return simplify(pre, quantile(pre, 1 - keep)) as unknown as Atlas;
}

/**
 * The file's text: presimplify's point weights dropped, then quantized on a grid of 10⁵ steps across the
 * file's own extent (under 50 m for a state, invisible at any zoom the views use) and delta-encoded.
 */
function compact(t: Topology): string {
  const plain: Topology = { ...t, arcs: t.arcs.map((arc) => arc.map((p) => [p[0], p[1]])) };
  delete plain.transform;
  const untyped = plain as unknown as Parameters<typeof bbox>[0];
  untyped.bbox = bbox(untyped);
  return JSON.stringify(quantize(untyped as Parameters<typeof quantize>[0], 1e5));
}

/** The national map's projected outlines (see national.ts), under public/geo. */
export const NATIONAL_FILE = "national.json";
/** The national map's outlines as SVG paths, one per state by its code, that the pages draw with <use>. */
export const NATIONAL_SPRITE = "national.svg";
/**
 * The width a state's county map is drawn at, in SVG units (its file: /states/[code]/map.svg); the state's county
 * sprite (counties/{st}.svg), from which agency pages draw their placement map, is drawn at it too.
 */
export const STATE_MAP_WIDTH = 640;

/**
 * An SVG document of paths, each with its id, for <use href="file.svg#id">: the pages carry a reference per area
 * instead of its outline, twice (HTML and the data React hydrates from), and the browser keeps the file.
 */
function sprite(paths: { id: string; d: string }[]): string {
  const body = paths.map((p) => `<path id="${p.id}" d="${p.d}"/>`).join("\n");
  return `<svg xmlns="http://www.w3.org/2000/svg">\n${body}\n</svg>\n`;
}

/** File name → text of every prepared shape file (TopoJSON, projected JSON, SVG sprites). */
export function prepareShapes(): Map<string, string> {
  const files = new Map<string, string>();
  const known = new Set(Object.values(STATE_FIPS));
  // State outlines from the states file: its arcs break only where states meet, not at every county corner.
  const forStates = simplified(STATES_ATLAS_PATH, KEEP.states);
  const states = forStates.objects.states.geometries.filter((g) => known.has(String(g.id)));
  const statesText = compact(subset(forStates as unknown as Topology, "states", states));
  files.set("states.json", statesText);
  // The zoomable national map draws the server's projection, fetched only when a reader asks for it.
  const nation = projectNation(JSON.parse(statesText) as Topology);
  files.set(NATIONAL_FILE, JSON.stringify(nation));
  files.set(NATIONAL_SPRITE, sprite(nation.areas.map((a) => ({ id: a.id, d: ringsToPath(a.rings) }))));

  const forCounties = simplified(ATLAS_PATH, KEEP.counties);
  for (const [code, fips] of Object.entries(STATE_FIPS)) {
    const counties = forCounties.objects.counties.geometries.filter((g) => String(g.id).startsWith(fips));
    if (!counties.length) continue;
    const text = compact(subset(forCounties as unknown as Topology, "counties", counties));
    files.set(`counties/${code.toLowerCase()}.json`, text);
    // Drawn from the file's own text, as the server draws it (shape-files.ts), so the two cannot differ.
    const map = svgMap(JSON.parse(text) as Topology, "counties", STATE_MAP_WIDTH, { crossesDateLine: code === "AK" });
    files.set(`counties/${code.toLowerCase()}.svg`, sprite(map.areas.map((a) => ({ id: `c${a.id}`, d: a.d }))));
  }
  return files;
}

export const SHAPES_DIR = "public/geo";

/** Writes the prepared shape files under `root`/public/geo, replacing what was there. */
export function writeShapes(root: string): { files: number; bytes: number } {
  const dir = path.join(root, SHAPES_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "counties"), { recursive: true });
  let bytes = 0;
  const files = prepareShapes();
  for (const [name, text] of files) {
    writeFileSync(path.join(dir, name), text);
    bytes += Buffer.byteLength(text);
  }
  return { files: files.size, bytes };
}

