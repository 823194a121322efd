// The shape files the browser downloads: the national view gets state outlines only, a state view its counties.
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { FeatureCollection } from "geojson";
import { beforeAll, describe, expect, it } from "vitest";
import { prepareShapes } from "../../../lib/geo/shapes";

let files: Map<string, string>;
beforeAll(() => {
  files = prepareShapes();
});

const read = (name: string) => JSON.parse(files.get(name)!) as Topology<Record<string, GeometryCollection<{ name: string }>>>;

describe("prepared map shapes", () => {
  it("the national file holds the states, DC, Puerto Rico, Guam and the Northern Mariana Islands, and no county", () => {
    const t = read("states.json");
    expect(Object.keys(t.objects)).toEqual(["states"]);
    const ids = t.objects.states.geometries.map((g) => String(g.id));
    expect(ids).toHaveLength(new Set(ids).size);
    for (const id of ["06", "11", "48", "72", "66", "69"]) expect(ids).toContain(id);
    expect(ids.every((id) => id.length === 2)).toBe(true);
  });

  it("a state's file holds its counties only, named, and they decode to shapes where the state is", () => {
    const t = read("counties/tx.json");
    const counties = t.objects.counties.geometries;
    expect(counties).toHaveLength(254); // Texas has 254 counties
    expect(counties.every((g) => String(g.id).startsWith("48"))).toBe(true);
    expect((counties.find((g) => g.id === "48201")?.properties as { name: string }).name).toBe("Harris");
    const fc = feature(t, t.objects.counties) as FeatureCollection;
    const lons = fc.features.flatMap((f) => JSON.stringify(f.geometry).match(/-?\d+\.\d+/g)!.map(Number)).filter((_, i) => i % 2 === 0);
    expect(Math.min(...lons)).toBeGreaterThan(-107.0);
    expect(Math.max(...lons)).toBeLessThan(-93.4);
  });

  it("Connecticut is drawn with its planning regions, as the population estimates count it", () => {
    const ids = read("counties/ct.json").objects.counties.geometries.map((g) => String(g.id));
    expect(ids.sort()).toEqual(["09110", "09120", "09130", "09140", "09150", "09160", "09170", "09180", "09190"]);
  });
});
