// The national map: every state and territory drawn, the territories in their boxes, nothing outside the frame,
// and the zoomable map's prepared file the same drawing as the server's SVG.
import type { Topology } from "topojson-specification";
import { beforeAll, describe, expect, it } from "vitest";
import { STATES } from "../../../lib/domain/states";
import { classLabel, COUNTY_COUNT_CLASSES, describeCounts, fillFor, STATE_COUNT_CLASSES } from "../../../lib/view/classes";
import { projectNation, ringsBox, ringsToPath, type PlanarNation, type Ring } from "../../../lib/geo/national";
import { svgMap } from "../../../lib/geo/projection";
import { NATIONAL_FILE, NATIONAL_SPRITE, prepareShapes, STATE_MAP_WIDTH } from "../../../lib/geo/shapes";
import { AREA_RAMP, NONE_FILL } from "../../../lib/view/palette";

let nation: PlanarNation;
let prepared: PlanarNation;
let files: Map<string, string>;
beforeAll(() => {
  files = prepareShapes();
  nation = projectNation(JSON.parse(files.get("states.json")!) as Topology);
  prepared = JSON.parse(files.get(NATIONAL_FILE)!) as PlanarNation;
});

/** Reads the path data ringsToPath writes back into rings. */
function parsePath(d: string): Ring[] {
  return d
    .split("M")
    .filter(Boolean)
    .map((part) => {
      const [start, rest] = part.replace(/z$/, "").split("l");
      const [x0, y0] = start.split(" ").map(Number);
      const ring: Ring = [[x0, y0]];
      const nums = (rest ?? "").match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
      let [x, y] = [Math.round(x0 * 10), Math.round(y0 * 10)];
      for (let i = 0; i < nums.length; i += 2) {
        x += Math.round(nums[i] * 10);
        y += Math.round(nums[i + 1] * 10);
        ring.push([x / 10, y / 10]);
      }
      return ring;
    });
}

describe("national map projection", () => {
  it("draws every state, DC and territory ICE lists or could list, once, named", () => {
    const ids = nation.areas.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(Object.keys(STATES).sort());
    expect(nation.areas.find((a) => a.id === "TX")?.name).toBe("Texas");
    for (const a of nation.areas) expect(a.rings.length, a.id).toBeGreaterThan(0);
  });

  it("puts Puerto Rico, Guam and the Northern Mariana Islands each inside its own box", () => {
    for (const id of ["PR", "GU", "MP"]) {
      const frame = nation.insets.find((b) => b.id === id)!;
      const [x0, y0, x1, y1] = ringsBox(nation.areas.find((a) => a.id === id)!.rings);
      expect(x0).toBeGreaterThanOrEqual(frame.x);
      expect(y0).toBeGreaterThanOrEqual(frame.y);
      expect(x1).toBeLessThanOrEqual(frame.x + frame.width);
      expect(y1).toBeLessThanOrEqual(frame.y + frame.height);
      // Fitted to the box: a territory fills most of its width or its height.
      expect(Math.max((x1 - x0) / frame.width, (y1 - y0) / frame.height), id).toBeGreaterThan(0.3);
    }
  });

  it("keeps every point inside the view box, and no state under a territory's box", () => {
    for (const a of nation.areas)
      for (const r of a.rings)
        for (const [x, y] of r) {
          expect(x, a.id).toBeGreaterThanOrEqual(0);
          expect(y, a.id).toBeGreaterThanOrEqual(0);
          expect(x, a.id).toBeLessThanOrEqual(nation.width);
          expect(y, a.id).toBeLessThanOrEqual(nation.height);
        }
    const boxed = new Set(nation.insets.map((b) => b.id));
    for (const a of nation.areas.filter((x) => !boxed.has(x.id))) {
      const [x0, y0, x1, y1] = ringsBox(a.rings);
      for (const b of nation.insets) expect(x1 < b.x || x0 > b.x + b.width || y1 < b.y || y0 > b.y + b.height, `${a.id} under ${b.id}`).toBe(true);
    }
  });

  it("the SVG path data says exactly the rings the zoomable map draws", () => {
    for (const a of nation.areas) expect(parsePath(ringsToPath(a.rings)), a.id).toEqual(a.rings);
  });

  it("the prepared file for the zoomable map is the server's projection", () => {
    expect(prepared).toEqual(nation);
  });

  /** id → path data of a sprite file. */
  const spritePaths = (text: string) => new Map([...text.matchAll(/<path id="([^"]+)" d="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]));

  it("the sprite the pages draw by reference holds each state's outline as the server projects it", () => {
    const paths = spritePaths(files.get(NATIONAL_SPRITE)!);
    expect(new Map(nation.areas.map((a) => [a.id, ringsToPath(a.rings)]))).toEqual(paths);
  });

  // Agency pages draw their placement map from these.
  it.each(["TX", "AK", "CT"])("the county sprite of %s holds each county as the server draws it", (state) => {
    const lower = state.toLowerCase();
    const map = svgMap(JSON.parse(files.get(`counties/${lower}.json`)!) as Topology, "counties", STATE_MAP_WIDTH, { crossesDateLine: state === "AK" });
    expect(spritePaths(files.get(`counties/${lower}.svg`)!)).toEqual(new Map(map.areas.map((a) => [`c${a.id}`, a.d])));
  });
});

describe("map shading classes", () => {
  it("gives zero the none fill and every count a class, darker for more, with no gap between classes", () => {
    for (const classes of [STATE_COUNT_CLASSES, COUNTY_COUNT_CLASSES]) {
      expect(classes[0].min).toBe(1);
      expect(classes.at(-1)!.max).toBeNull();
      for (let i = 1; i < classes.length; i++) expect(classes[i].min).toBe(classes[i - 1].max! + 1);
      expect(fillFor(0, classes)).toBe(NONE_FILL);
      expect(fillFor(100_000, classes)).toBe(AREA_RAMP.at(-1));
      expect(classes.map((c) => c.fill)).not.toContain(AREA_RAMP[0]);
      expect(new Set(classes.map((c) => c.fill)).size).toBe(classes.length);
    }
  });

  it("reads the same legend at every date and for every model", () => {
    expect(STATE_COUNT_CLASSES.map(classLabel)).toEqual(["1–10", "11–30", "31–100", "101 or more"]);
    expect(COUNTY_COUNT_CLASSES.map(classLabel)).toEqual(["1", "2–3", "4–9", "10 or more"]);
  });

  it("describes a state the way its link reads", () => {
    const byModel = { JAIL_ENFORCEMENT: 120, TASK_FORCE: 250, WARRANT_SERVICE_OFFICER: 30 };
    expect(describeCounts("Texas", { agreements: 400, agencies: 310, byModel })).toBe(
      "Texas: 400 agreements (Jail Enforcement 120, Task Force 250, Warrant Service Officer 30)",
    );
    expect(describeCounts("Texas", { agreements: 400, agencies: 310, byModel }, "agencies")).toMatch(/^Texas: 310 agencies, 400 agreements/);
    expect(describeCounts("Vermont", undefined)).toBe("Vermont: no agreements");
  });
});
