// Placement rules on real agencies, with ICE's own STATE, TYPE and COUNTY values read from the shipped files.
// Expected county codes are the Census Bureau's FIPS codes.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { STATES } from "../../../lib/domain/states";
import { gazetteer, matchCounty } from "../../../lib/geo/gazetteer";
import { MANUAL_PLACEMENTS } from "../../../lib/geo/manual";
import { manualPlacement, placeAgency, type Placement } from "../../../lib/geo/place";
import { rawRows, SEED, type RawRow } from "../../helpers/source-files";

const STATE_CODE: Record<string, string> = Object.fromEntries(Object.entries(STATES).map(([code, name]) => [name.toUpperCase(), code]));
const TYPE_CODE: Record<string, string> = { county: "COUNTY", municipality: "MUNICIPALITY", "state agency": "STATE_AGENCY", state: "STATE_AGENCY" };

const rows = new Map<string, RawRow>();
beforeAll(async () => {
  // The newest list, then two older ones for agencies that have since left it (ICE's state mistakes of 2025).
  for (const f of ["participating/participating_2025-03-31.xlsx", "participating/participating_2025-04-30.xlsx", "participating/participating_2026-05-18.xlsx"]) {
    for (const r of await rawRows(path.join(SEED, f))) rows.set(`${STATE_CODE[r.state]}|${r.agency}`, r);
  }
});

/** Places the agency exactly as ICE listed it; fails if the shipped files have no such agency. */
function place(state: string, agency: string): Placement {
  const r = rows.get(`${state}|${agency}`);
  expect(r, `${agency} (${state}) in the shipped files`).toBeDefined();
  return placeAgency({ state, name: r!.agency, type: TYPE_CODE[r!.type.toLowerCase()] ?? "OTHER", county: r!.county || null });
}

describe("county agencies are placed on the county their name gives", () => {
  it.each([
    ["FL", "Brevard County Sheriff's Office", "12009"],
    ["AL", "Etowah County Sheriff's Office", "01055"],
    ["LA", "Ouachita Parish Sheriff's Office", "22073"],
    ["TX", "Lubbock County Sheriff's Office", "48303"],
  ])("%s %s → %s", (state, agency, fips) => {
    const p = place(state, agency);
    expect(p).toMatchObject({ level: "COUNTY", method: "COUNTY_NAME", countyFips: fips, confidence: "HIGH" });
  });

  it("a Virginia county is not the independent city of the same name, and the reverse", () => {
    expect(place("VA", "Franklin County Sheriff's Office").countyFips).toBe("51067"); // not Franklin city, 51620
    expect(place("VA", "Richmond County Sheriff's Office").countyFips).toBe("51159"); // not Richmond city, 51760
    // ICE writes "Hopewell County", but Hopewell is an independent city: there is no county of that name.
    expect(place("VA", "Hopewell County Sheriff's Office").countyFips).toBe("51670");
  });

  it("a county misspelt in the name is read when ICE's county column agrees (Berrian for Berrien)", () => {
    expect(place("MI", "Berrian County Sheriff's Office")).toMatchObject({ level: "COUNTY", countyFips: "26021", confidence: "MEDIUM" });
  });
});

describe("municipal agencies are placed on their town", () => {
  it.each([
    ["KY", "Winchester Police Department", "Winchester", "21049"],
    ["FL", "City of Miami Police Department", "Miami", "12086"],
    ["TX", "League City Police Department", "League City", "48167"],
    ["PA", "Orwigsburg Borough Police Department", "Orwigsburg", "42107"],
  ])("%s %s → %s", (state, agency, town, fips) => {
    const p = place(state, agency);
    expect(p).toMatchObject({ level: "PLACE", method: "PLACE_NAME", placeName: town, countyFips: fips });
    expect(p.latitude).toBeTypeOf("number");
  });

  it("ICE's misspelt county still settles the town (Howey in the Hills, COUNTY \"Lake Conty\")", () => {
    expect(place("FL", "Howey in the Hills Police Department")).toMatchObject({ level: "PLACE", countyFips: "12069", confidence: "HIGH" });
  });

  it("two towns of one name in a state: ICE's COUNTY column picks the right one", () => {
    // Florida has three places named Midway; ICE's row says Gadsden County.
    expect(place("FL", "Midway Police Department")).toMatchObject({ level: "PLACE", countyFips: "12039" });
    expect(place("TX", "Pinehurst Police Department")).toMatchObject({ level: "PLACE", countyFips: "48361" });
  });

  it("a town the gazetteer lacks is placed on the county ICE gives, repairing ICE's misspelling", () => {
    expect(place("TX", "Cumby Police Department")).toMatchObject({ level: "COUNTY", method: "ICE_COUNTY", countyFips: "48223" });
    // ICE: COUNTY "Guadalupe Conty".
    expect(place("TX", "New Berlin Marshal's Office")).toMatchObject({ level: "COUNTY", method: "ICE_COUNTY", countyFips: "48187" });
    // ICE: "Bokchito Police Department", COUNTY "Bryant County" (Oklahoma's is Bryan County).
    expect(place("OK", "Bokchito Police Department")).toMatchObject({ level: "COUNTY", countyFips: "40013" });
  });
});

describe("state agencies serve the whole state", () => {
  it("whatever headquarters county ICE wrote", () => {
    // ICE: COUNTY "Pulaksi County".
    expect(place("AR", "Arkansas Department of Corrections")).toMatchObject({ level: "STATE", method: "STATE_AGENCY", countyFips: null });
    expect(place("WY", "Wyoming State Highway Patrol")).toMatchObject({ level: "STATE", countyFips: null });
    expect(place("TX", "Texas Department of Public Safety - Texas Highway Patrol").level).toBe("STATE");
  });

  it("the territories: Guam's attorney general and the Northern Mariana Islands' police", () => {
    expect(place("GU", "Office Of The Attorney General")).toMatchObject({ level: "STATE", method: "STATE_AGENCY" });
    expect(place("MP", "CNMI Department of Public Safety")).toMatchObject({ level: "STATE", method: "STATE_AGENCY" });
    expect(gazetteer.countiesOf("GU").map((c) => c.fips)).toEqual(["66010"]);
    expect(gazetteer.countiesOf("MP").map((c) => c.fips).sort()).toEqual(["69085", "69100", "69110", "69120"]);
  });
});

describe("what rules cannot place", () => {
  it("universities and airports come from the reviewed manual table", () => {
    expect(place("FL", "University of Florida Police Department")).toMatchObject({ level: "PLACE", method: "MANUAL", placeName: "Gainesville", countyFips: "12001" });
    expect(place("FL", "Sanford Airport Police Department")).toMatchObject({ method: "MANUAL", countyFips: "12117" });
  });

  it("every manual placement resolves to its county (and its place, when it names one)", () => {
    for (const m of MANUAL_PLACEMENTS) {
      const p = manualPlacement(m, null);
      expect(p, `${m.state} ${m.name}`).not.toBeNull();
      if (m.level !== "STATE") expect(p!.countyFips).toBe(m.county);
    }
  });

  it("an agency ICE listed under the wrong state stays unplaced, saying why", () => {
    // Crow Wing County is in Minnesota; the list of 2025-03-31 has its sheriff under Massachusetts.
    const p = place("MA", "Crow Wing County Sheriff's Office");
    expect(p).toMatchObject({ level: "UNPLACED", method: "NONE", countyFips: null });
    expect(p.note).toContain("Massachusetts");
  });
});

describe("ICE's COUNTY column", () => {
  it("Baltimore and St. Louis: the city and the county are told apart by how ICE writes them", () => {
    const fips = (state: string, text: string) => {
      const m = matchCounty(state, text);
      return m.status === "exact" ? m.county.fips : m.status;
    };
    expect(fips("MD", "Baltimore City")).toBe("24510");
    expect(fips("MD", "Baltimore County")).toBe("24005");
    expect(fips("MD", "Baltimore")).toBe("ambiguous");
    expect(fips("MO", "St. Louis City")).toBe("29510");
    expect(fips("MO", "St. Louis County")).toBe("29189");
    expect(fips("MO", "Saint Louis County")).toBe("29189");
    expect(fips("VA", "James City County")).toBe("51095");
  });

  it("repairs a misspelling one letter from one county, and no further", () => {
    const m = matchCounty("AR", "Pulaksi County");
    expect(m.status === "repaired" && m.county.label).toBe("Pulaski County");
    // Two letters from Washita County: TX's Wichita County under the wrong state, not a typo to repair.
    expect(matchCounty("OK", "Wichita County").status).toBe("none");
  });
});
