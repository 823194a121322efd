// One name-folding function; agency names and place names differ only in their abbreviations and full stops.
import { describe, expect, it } from "vitest";
import { foldName } from "../../../lib/domain/names";

describe("foldName", () => {
  it("folds accents, case, apostrophes and spacing for both kinds", () => {
    for (const kind of ["agency", "place"] as const) {
      expect(foldName("  Doña Ana   County Sheriff’s Office ", kind)).toBe("dona ana county sheriffs office");
      expect(foldName("Ft Myers & Lee", kind)).toBe("fort myers and lee");
    }
  });

  it("writes out an agency name's abbreviations, so ICE's re-typings keep one key", () => {
    expect(foldName("Calhoun Co. Sheriff's Office", "agency")).toBe(foldName("Calhoun County Sheriffs Office", "agency"));
    expect(foldName("Ft. Myers PD", "agency")).toBe("fort myers police department");
    expect(foldName("Sherrif's Dept", "agency")).toBe("sheriffs department");
  });

  it("writes out a place name's abbreviations", () => {
    expect(foldName("Ste. Genevieve", "place")).toBe("sainte genevieve");
    expect(foldName("Mt. Pleasant Twp", "place")).toBe("mount pleasant township");
    expect(foldName("Pt. Arena", "place")).toBe("point arena");
  });

  it("keeps the two kinds' rules apart: agency keys are stored (slugs), so their folding does not change", () => {
    expect(foldName("U.S. Marshals", "agency")).toBe("u s marshals");
    expect(foldName("U.S. Marshals", "place")).toBe("us marshals");
    expect(foldName("Mt. Pleasant PD", "agency")).toBe("mt pleasant police department");
    expect(foldName("Co. Road", "place")).toBe("co road");
  });
});
