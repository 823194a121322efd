import "server-only";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Topology } from "topojson-specification";
import { projectNation, type PlanarNation } from "./national";
import { svgMap, type SvgMap } from "./projection";

const cache = new Map<string, Promise<Topology | null>>();

/** A prepared shape file (public/geo), read once per server process; null when the build did not write it. */
function readShapeFile(name: string): Promise<Topology | null> {
  if (!/^(states|counties\/[a-z]{2})\.json$/.test(name)) return Promise.resolve(null);
  let p = cache.get(name);
  if (!p) {
    // public/geo (SHAPES_DIR in shapes.ts) written out, so the server bundle traces that folder alone, not the whole project.
    p = readFile(path.join(process.cwd(), "public", "geo", name), "utf8").then(
      (text) => JSON.parse(text) as Topology,
      () => null,
    );
    cache.set(name, p);
  }
  return p;
}

const countyMaps = new Map<string, Promise<SvgMap | null>>();

/** A state's counties drawn for an SVG of the given width: projected once per server process, not per request. */
export function countyMapOf(state: string, width: number): Promise<SvgMap | null> {
  const key = `${state}|${width}`;
  let m = countyMaps.get(key);
  if (!m) {
    m = readShapeFile(`counties/${state.toLowerCase()}.json`).then((t) => t && svgMap(t, "counties", width, { crossesDateLine: state === "AK" }));
    countyMaps.set(key, m);
  }
  return m;
}

let nation: Promise<PlanarNation | null> | null = null;

/** The national map's states and territories, projected once per server process. */
export function nationalMap(): Promise<PlanarNation | null> {
  nation ??= readShapeFile("states.json").then((t) => t && projectNation(t));
  return nation;
}

const versions = new Map<string, Promise<string | null>>();

/**
 * The address of an SVG sprite under public/geo with its content's hash, so a browser that keeps /geo files for a
 * day still fetches a sprite a new build changed; null when the build did not write it.
 */
export function spriteHref(name: string): Promise<string | null> {
  if (!/^(national|counties\/[a-z]{2})\.svg$/.test(name)) return Promise.resolve(null);
  let v = versions.get(name);
  if (!v) {
    v = readFile(path.join(process.cwd(), "public", "geo", name)).then(
      (bytes) => `/geo/${name}?v=${createHash("sha256").update(bytes).digest("hex").slice(0, 10)}`,
      () => null,
    );
    versions.set(name, v);
  }
  return v;
}
