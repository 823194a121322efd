// The agencies the reviewed table places on several counties: each FIPS code is the county the law (and the note) names,
// read from the Census county file the seed ships, not from the geography code that uses the table.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { countiesCovered, MANUAL_PLACEMENTS } from "../../../lib/geo/manual";
import { ROOT } from "../../helpers/source-files";

// The counties each authority covers, by name, as the state's law or the agency's own name fixes them:
// Florida's circuits: Fla. Stat. 26.021; Arkansas's 16th judicial district; Oklahoma's district attorney district 8
// (19 O.S. 215.1); the Rappahannock, Shenandoah, Warren regional jail: its name.
const BY_LAW: Record<string, string[]> = {
  "FL|Office of the State Attorney, 20th Judicial Circuit": ["Charlotte County", "Collier County", "Glades County", "Hendry County", "Lee County"],
  "FL|Office of the State Attorney Sixth Judicial Circuit": ["Pasco County", "Pinellas County"],
  "FL|Office of the State Attorney Sixth Judical Circuit": ["Pasco County", "Pinellas County"],
  "AR|16th Judicial Distric Drug Task Force": ["Cleburne County", "Fulton County", "Independence County", "Izard County", "Stone County"],
  "OK|Office of The District Attorney - Eighth District": ["Kay County", "Noble County"],
  "VA|Rappahannock, Shenandoah, Warren Regional Jail Authority": ["Rappahannock County", "Shenandoah County", "Warren County"],
};

const STATE_FIPS: Record<string, string> = { AR: "05", FL: "12", OK: "40", VA: "51" };

type CountyRow = { state_fips: string; county_fips: string; county_name: string };
const censusCounties = new Map(
  (parse(readFileSync(path.join(ROOT, "prisma/seed/census/county_population.csv")), { columns: true }) as CountyRow[]).map((r) => [r.county_fips, r]),
);

const several = MANUAL_PLACEMENTS.flatMap((m) => (m.level === "COUNTY" && m.counties ? [m] : []));

describe("agencies placed on several counties", () => {
  it("every one is in the table of counties the law names, and no more", () => {
    expect(several.map((m) => `${m.state}|${m.name}`).sort()).toEqual(Object.keys(BY_LAW).sort());
  });

  for (const m of several) {
    it(`${m.state} ${m.name}: each FIPS code is a county the law names, in its state`, () => {
      const names = m.counties!.map((fips) => censusCounties.get(fips));
      expect(names.every(Boolean), `codes unknown to the Census file: ${m.counties!.filter((f) => !censusCounties.has(f))}`).toBe(true);
      expect(names.map((r) => r!.state_fips)).toEqual(m.counties!.map(() => STATE_FIPS[m.state]));
      expect(names.map((r) => r!.county_name).sort()).toEqual(BY_LAW[`${m.state}|${m.name}`]);
      // The county it is placed on is one of them, and the note names every one.
      expect(m.counties).toContain(m.county);
      for (const r of names) expect(m.note).toContain(r!.county_name.replace(/ County$/, ""));
    });
  }

  it("are found by their name as ICE writes it, whatever the case and punctuation", () => {
    expect(countiesCovered("FL", "OFFICE OF THE STATE ATTORNEY 20TH JUDICIAL CIRCUIT")).toHaveLength(5);
    expect(countiesCovered("FL", "Lee County Sheriff's Office")).toBeNull();
  });
});
