// A county's and a town's page (lib/queries/views/area.ts) on the whole shipped history: which agencies cover real
// places on ICE's newest list, checked against the rows of that list as read straight from the spreadsheet (its
// STATE, LAW ENFORCEMENT AGENCY, TYPE, COUNTY and SUPPORT TYPE columns), never against the placement code.
import { describe, expect, it } from "vitest";
import { agenciesEndpoint, areaEndpoint } from "../../../lib/api/v1";
import { listPendingApplications } from "../../../lib/queries/pending";
import { GET as download } from "../../../app/download/[file]/route";
import type { ModelCode } from "../../../lib/domain/models";
import { findCountyNamed } from "../../../lib/queries/areas";
import { getCountyView, getPlaceView, type AreaViewData } from "../../../lib/queries/views/area";
import { useSeededDataLayerDatabase } from "../../helpers/database";
import { foldName, participatingFiles, recordsOf, stillListed } from "../../helpers/raw-keys";
import type { ManifestRow } from "../../helpers/source-files";

useSeededDataLayerDatabase();

const participating = participatingFiles();
const newestFile: ManifestRow = participating.at(-1)!;

/** The agencies of the newest list (folded names) in a state that `pick` chooses, with their models. */
async function fromFile(state: string, pick: (r: { agency: string; type: string; county: string }) => boolean, model?: string) {
  const rows = (await recordsOf(newestFile)).filter((r) => r.code === state && pick(r) && r.model && (!model || r.model === model));
  return [...new Set(rows.map((r) => foldName(r.agency)))].sort();
}

const isStateAgency = (r: { type: string }) => /^state agency$/i.test(r.type.trim());

/** The view's agencies with an agreement in one group (folded names). */
function group(view: AreaViewData, role: "county" | "town" | "regional" | "state") {
  return view.groups
    .find((g) => g.role === role)!
    .agencies.filter((a) => a.agreements.length > 0)
    .map((a) => foldName(a.name))
    .sort();
}

async function county(fips: string, model: ModelCode[] = []) {
  const view = await getCountyView(fips, { model, asOf: null });
  expect(view?.list).toBeTruthy();
  return view as AreaViewData;
}

describe("a county's page", () => {
  it("Harris County, TX: Southside Place Police Department and the Texas state agencies on the newest list", async () => {
    const view = await county("48201");
    expect(view.list.publishedOn).toBe(newestFile.published);
    expect(view.area.name).toBe("Harris County");
    // ICE's COUNTY column places Southside Place in Harris County; no agency of the list names Harris County itself.
    expect(group(view, "town")).toEqual(await fromFile("TX", (r) => /^harris county$/i.test(r.county.trim()) && !/^harris county/i.test(r.agency)));
    expect(group(view, "town")).toEqual([foldName("Southside Place Police Department")]);
    expect(group(view, "county")).toEqual(await fromFile("TX", (r) => /^harris county\b/i.test(r.agency)));
    expect(group(view, "county")).toEqual([]);
    expect(group(view, "state")).toEqual(await fromFile("TX", isStateAgency));
    expect(view.noLocalAgreement).toBe(false);
    // "On ICE's list since": the first list that carried Southside Place's agreement, from the files themselves.
    const listed = await stillListed(participating, "TX", foldName("Southside Place Police Department"));
    const southside = view.groups.find((g) => g.role === "town")!.agencies[0];
    expect(southside.agreements.map((a) => [a.model, a.firstListed])).toEqual([...listed].map(([m, v]) => [m, v.first]));
    // Census place_population_acs5_2023.csv: 4869272 Southside Place city 1631; county_population.csv: 48201 Harris County 5009302.
    expect(view.residents).toMatchObject({ population: 5_009_302, local: 1_631, through: "towns", statewide: true });
  });

  it("with a model, lists only agreements under it: no Jail Enforcement agreement covers Harris County", async () => {
    const view = await county("48201", ["JAIL_ENFORCEMENT"]);
    expect(group(view, "town")).toEqual([]);
    expect(group(view, "state")).toEqual(await fromFile("TX", isStateAgency, "JAIL_ENFORCEMENT"));
    expect(view.noLocalAgreement).toBe(true);
  });

  it("Maricopa County, AZ: Mesa Police Department and the Arizona Department of Corrections", async () => {
    const view = await county("04013");
    expect(group(view, "town")).toEqual([foldName("Mesa Police Department")]);
    expect(group(view, "county")).toEqual(await fromFile("AZ", (r) => /maricopa county/i.test(r.agency)));
    expect(group(view, "state")).toEqual(await fromFile("AZ", isStateAgency));
    expect(group(view, "state")).toEqual([foldName("Arizona Department of Corrections")]);
  });

  it.each([
    ["17031", "IL", /cook county/i],
    ["06037", "CA", /los angeles/i],
  ])("%s (Cook County, IL; Los Angeles County, CA): no agency, nothing statewide, said plainly", async (fips, state, named) => {
    expect(await fromFile(state, (r) => named.test(r.agency) || isStateAgency(r))).toEqual([]);
    const view = await county(fips);
    for (const role of ["county", "town", "regional", "state"] as const) expect(group(view, role)).toEqual([]);
    expect(view.noLocalAgreement).toBe(true);
    expect(view.residents).toMatchObject({ local: 0, through: "none", statewide: false });
  });

  it("Pinellas County, FL: its sheriff, its towns' police, the two-county judicial circuit and Florida's state agencies", async () => {
    const view = await county("12103");
    expect(group(view, "county")).toEqual(await fromFile("FL", (r) => /^pinellas county sheriff/i.test(r.agency)));
    expect(group(view, "county")).toContain(foldName("Pinellas County Sheriff's Office"));
    expect(group(view, "regional")).toEqual([foldName("Office of the State Attorney Sixth Judicial Circuit")]);
    // Florida's state-wide agencies are among the rows ICE types as state agencies (its universities are placed on their campuses).
    const stateRows = await fromFile("FL", isStateAgency);
    expect(group(view, "state").length).toBeGreaterThan(5);
    for (const a of group(view, "state")) expect(stateRows).toContain(a);
    for (const a of ["Florida Department of Law Enforcement", "Florida Department of Corrections"]) expect(group(view, "state")).toContain(foldName(a));
    expect(view.residents).toMatchObject({ through: "county", statewide: true });
    expect(view.residents.local).toBe(view.residents.population);
  });

  it("Pasco County, FL is covered by the same judicial circuit, placed on Pinellas County", async () => {
    const view = await county("12101");
    expect(group(view, "regional")).toEqual([foldName("Office of the State Attorney Sixth Judicial Circuit")]);
  });

  it("Hopewell city, an independent city of Virginia: its sheriff, and no Virginia state agency on the newest list", async () => {
    const view = await county("51670");
    expect(view.area.name).toBe("Hopewell city");
    expect(group(view, "county")).toEqual(await fromFile("VA", (r) => /hopewell/i.test(r.agency)));
    expect(group(view, "county").length).toBeGreaterThan(0);
    expect(group(view, "state")).toEqual(await fromFile("VA", isStateAgency));
  });

  it("Capitol Planning Region, a Connecticut county-equivalent: no agency of Connecticut is on the newest list", async () => {
    expect(await fromFile("CT", () => true)).toEqual([]);
    const view = await county("09110");
    expect(view.area.name).toBe("Capitol Planning Region");
    expect(view.noLocalAgreement).toBe(true);
    expect(view.groups.flatMap((g) => g.agencies)).toEqual([]);
  });

  it("an unknown county is none; the page and the API answer 404", async () => {
    expect(await getCountyView("48999", { model: [], asOf: null })).toBeNull();
    expect((await areaEndpoint(new Request("http://localhost/api/v1/counties/48999"), "county", "48999")).status).toBe(404);
    expect((await areaEndpoint(new Request("http://localhost/api/v1/counties/4820"), "county", "4820")).status).toBe(404);
    expect((await areaEndpoint(new Request("http://localhost/api/v1/counties/99201"), "county", "99201")).status).toBe(404);
    expect((await areaEndpoint(new Request("http://localhost/api/v1/counties/48201?model=nope"), "county", "48201")).status).toBe(400);
  });
});

describe("a town's page", () => {
  it("Mesa, AZ: its police, Maricopa County as its county, and the Arizona Department of Corrections", async () => {
    const view = (await getPlaceView("0446000", { model: [], asOf: null })) as AreaViewData;
    expect(view.area).toMatchObject({ name: "Mesa city", state: "AZ", counties: [{ fips: "04013", name: "Maricopa County" }] });
    expect(group(view, "town")).toEqual([foldName("Mesa Police Department")]);
    expect(group(view, "county")).toEqual(await fromFile("AZ", (r) => /maricopa county/i.test(r.agency)));
    expect(group(view, "state")).toEqual([foldName("Arizona Department of Corrections")]);
    // place_population_acs5_2023.csv: 0446000 Mesa city 507478.
    expect(view.residents).toMatchObject({ population: 507_478, local: 507_478, through: "towns" });
  });

  it("Houston, TX, whose police is on no list: its county from the place list (GeoNames), and no local agreement", async () => {
    expect(await fromFile("TX", (r) => /^houston police/i.test(r.agency))).toEqual([]);
    const view = (await getPlaceView("4835000", { model: [], asOf: null })) as AreaViewData;
    expect(view.area).toMatchObject({ name: "Houston city", counties: [{ fips: "48201", name: "Harris County" }], countiesFrom: "gazetteer" });
    // Southside Place's police is Harris County's town police, not Houston's.
    expect(group(view, "town")).toEqual([]);
    expect(view.noLocalAgreement).toBe(true);
    expect(group(view, "state")).toEqual(await fromFile("TX", isStateAgency));
  });

  it("the API and the downloads say the same as the page", async () => {
    const res = await areaEndpoint(new Request("http://localhost/api/v1/places/0446000"), "place", "0446000");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { groups: { coversAs: string; agencies: { agency: string; agreements: { model: string }[] }[] }[] } };
    const town = body.data.groups.find((g) => g.coversAs === "town")!;
    expect(town.agencies.map((a) => a.agency)).toEqual(["Mesa Police Department"]);
    const csv = await download(new Request("http://localhost/download/county-agencies.csv?county=04013"), { params: Promise.resolve({ file: "county-agencies.csv" }) });
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text).toContain("Mesa Police Department");
    expect(text).toContain("Arizona Department of Corrections");
    const missing = await download(new Request("http://localhost/download/county-agencies.csv"), { params: Promise.resolve({ file: "county-agencies.csv" }) });
    expect(missing.status).toBe(400);
    const unknown = await download(new Request("http://localhost/download/place-agencies.json?place=0499999"), { params: Promise.resolve({ file: "place-agencies.json" }) });
    expect(unknown.status).toBe(404);
  });
});

describe("friendly county addresses", () => {
  // county_population.csv: 48201 Harris County; 51510 Alexandria city; 22071 Orleans Parish; 51059 Fairfax County
  // (Virginia's Fairfax city, 51600, has the same name).
  it.each([
    ["TX", "harris", "48201"],
    ["TX", "harris-county", "48201"],
    ["VA", "alexandria-city", "51510"],
    ["LA", "orleans", "22071"],
    ["VA", "fairfax-county", "51059"],
    ["VA", "fairfax-city", "51600"],
    ["VA", "fairfax", null],
    ["TX", "nowhere", null],
  ])("%s %s → %s", async (state, text, fips) => {
    expect(await findCountyNamed(state, text)).toBe(fips);
  });
});

describe("searching agencies by the county they are placed on", () => {
  it("the agencies API finds Mesa Police Department by Maricopa, though ICE gave it no county", async () => {
    const rows = (await recordsOf(newestFile)).filter((r) => r.code === "AZ" && foldName(r.agency) === foldName("Mesa Police Department"));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.county).not.toMatch(/maricopa/i);
    const res = await agenciesEndpoint(new Request("http://localhost/api/v1/agencies?q=Maricopa"));
    const body = (await res.json()) as { data: { agency: string }[] };
    expect(body.data.map((a) => a.agency)).toContain("Mesa Police Department");
  });

  it("the pending applications search finds a town's police by its county: Level Plains, AL, in Dale County", async () => {
    const found = await listPendingApplications({ state: "AL", q: "Dale County", outcome: null }, "all");
    expect(found.rows.map((r) => r.agency)).toContain("Level Plains Police Department");
  });
});
