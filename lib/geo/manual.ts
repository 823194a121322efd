import { foldName } from "../domain/names";

// Placements that no rule can make: universities, airports, regional jails and task forces, and towns and
// townships the place gazetteer lacks when ICE gave no county. Reviewed by hand; each says why. `county` is a
// 5-digit FIPS code; a PLACE entry's place must lie in that county in the gazetteer (a test checks every entry).
export type ManualPlacement =
  | { state: string; name: string; level: "STATE"; note: string }
  | { state: string; name: string; level: "COUNTY"; county: string; note: string; /** Every county its authority covers, when several: `county` is one of them. */ counties?: string[] }
  | { state: string; name: string; level: "PLACE"; county: string; place: string; note: string };

const town = (state: string, name: string, county: string, where: string): ManualPlacement => ({
  state,
  name,
  level: "COUNTY",
  county,
  note: `${where}; not in the place gazetteer, and ICE gave no county`,
});

export const MANUAL_PLACEMENTS: ManualPlacement[] = [
  // Florida's universities, colleges and airports: the campus or airport's city.
  { state: "FL", name: "Florida A&M University Board of Trustees", level: "PLACE", county: "12073", place: "Tallahassee", note: "university campus in Tallahassee" },
  { state: "FL", name: "Florida Gulf Coast University Police Department", level: "COUNTY", county: "12071", note: "university campus in unincorporated Lee County, near Estero" },
  { state: "FL", name: "Florida International University Police Department", level: "COUNTY", county: "12086", note: "university campuses in Miami-Dade County" },
  { state: "FL", name: "Florida Polytechnic University Police Department", level: "PLACE", county: "12105", place: "Lakeland", note: "university campus in Lakeland" },
  { state: "FL", name: "Florida Southwestern State College Police Department", level: "PLACE", county: "12071", place: "Fort Myers", note: "college's main campus in Fort Myers" },
  { state: "FL", name: "Florida State College at Jacksonville Police Department", level: "PLACE", county: "12031", place: "Jacksonville", note: "college campuses in Jacksonville" },
  { state: "FL", name: "Melbourne International Airport Police Department", level: "PLACE", county: "12009", place: "Melbourne", note: "airport in Melbourne" },
  { state: "FL", name: "New College of Florida Police Department", level: "PLACE", county: "12115", place: "Sarasota", note: "college campus in Sarasota" },
  { state: "FL", name: "Northwest Florida State College Police Department", level: "PLACE", county: "12091", place: "Niceville", note: "college's main campus in Niceville" },
  { state: "FL", name: "Sanford Airport Police Department", level: "PLACE", county: "12117", place: "Sanford", note: "Orlando Sanford International Airport, in Sanford" },
  { state: "FL", name: "Sarasota Manatee Airport Authority Police Department", level: "COUNTY", county: "12115", note: "airport on the Sarasota–Manatee county line, placed on Sarasota County" },
  { state: "FL", name: "Tallahassee State College Police Department", level: "PLACE", county: "12073", place: "Tallahassee", note: "college campus in Tallahassee" },
  { state: "FL", name: "University of Florida Police Department", level: "PLACE", county: "12001", place: "Gainesville", note: "university campus in Gainesville" },
  { state: "FL", name: "University of North Florida Police Department", level: "PLACE", county: "12031", place: "Jacksonville", note: "university campus in Jacksonville" },
  { state: "FL", name: "University of West Florida Police Department", level: "COUNTY", county: "12033", note: "university campus in Escambia County, north of Pensacola" },
  { state: "FL", name: "University of West Florida Board of Trustees", level: "COUNTY", county: "12033", note: "university campus in Escambia County, north of Pensacola; ICE lists it as a state agency" },
  { state: "FL", name: "University of Central Florida Board of Trustees", level: "COUNTY", county: "12095", note: "university campus in Orange County, east of Orlando; ICE lists it as a state agency" },
  { state: "FL", name: "District Board of Trustees of Pensacola State College", level: "PLACE", county: "12033", place: "Pensacola", note: "college's main campus in Pensacola; ICE lists it as a state agency" },
  // Prosecutors and task forces of judicial circuits and districts: several counties, placed on the seat ICE gave.
  // Each note names every county, as the state's law fixes them; a test checks each FIPS against the Census county file.
  { state: "FL", name: "Office of the State Attorney, 20th Judicial Circuit", level: "COUNTY", county: "12071", note: "a five-county judicial circuit (Charlotte, Collier, Glades, Hendry, Lee; Fla. Stat. 26.021); placed on Lee County, its seat and the county ICE gave", counties: ["12015", "12021", "12043", "12051", "12071"] },
  { state: "FL", name: "Office of the State Attorney Sixth Judicial Circuit", level: "COUNTY", county: "12103", note: "a two-county judicial circuit (Pasco, Pinellas; Fla. Stat. 26.021); placed on Pinellas County, its larger county", counties: ["12101", "12103"] },
  // The same office as ICE misspelled it on some lists ("Judical"); ICE lists it as a state agency, with no county.
  { state: "FL", name: "Office of the State Attorney Sixth Judical Circuit", level: "COUNTY", county: "12103", note: "a two-county judicial circuit (Pasco, Pinellas; Fla. Stat. 26.021), as ICE misspelled it; placed on Pinellas County, its larger county", counties: ["12101", "12103"] },
  { state: "AR", name: "16th Judicial Distric Drug Task Force", level: "COUNTY", county: "05063", note: "a five-county judicial district's task force (Cleburne, Fulton, Independence, Izard, Stone, as Arkansas law draws the 16th district); placed on Independence County, the county ICE gave", counties: ["05023", "05049", "05063", "05065", "05137"] },
  { state: "OK", name: "Office of The District Attorney - Eighth District", level: "COUNTY", county: "40071", note: "a two-county prosecutorial district (Kay, Noble; 19 O.S. 215.1); placed on Kay County, the county ICE gave", counties: ["40071", "40103"] },
  // Regional jails: the county of the jail.
  { state: "VA", name: "Rappahannock, Shenandoah, Warren Regional Jail Authority", level: "COUNTY", county: "51187", note: "regional jail of the three counties its name gives (Rappahannock, Shenandoah, Warren), in Warren County (Front Royal)", counties: ["51157", "51171", "51187"] },
  { state: "VA", name: "Southwest Virginia Regional Jail Authority", level: "COUNTY", county: "51191", note: "regional jail authority of several counties, headquartered in Washington County (Abingdon)" },
  { state: "NC", name: "Albemarle District Jail", level: "COUNTY", county: "37139", note: "district jail of several northeastern counties, in Elizabeth City, Pasquotank County; ICE's COUNTY column names Virginia's Albemarle County" },
  { state: "MO", name: "North County Police Cooperative", level: "COUNTY", county: "29189", note: "a cooperative of municipalities in north St. Louis County" },
  { state: "MI", name: "Center Line Division of Public Safety and Security", level: "PLACE", county: "26099", place: "Center Line", note: "the city of Center Line's department; ICE lists it as a state agency" },
  // Towns and townships the gazetteer lacks, with no county from ICE.
  town("FL", "Gulf Stream Police Department", "12099", "town of Gulf Stream, Palm Beach County"),
  town("FL", "Indian Creek Village Department of Public Safety", "12086", "village of Indian Creek, Miami-Dade County"),
  town("FL", "Jupiter Inlet Colony Police Department", "12099", "town of Jupiter Inlet Colony, Palm Beach County"),
  town("FL", "Jupiter Island Department of Public Safety", "12085", "town of Jupiter Island, Martin County"),
  town("FL", "Key Colony Beach Police Department", "12087", "city of Key Colony Beach, Monroe County"),
  town("FL", "Shalimar Police Department", "12091", "town of Shalimar, Okaloosa County"),
  town("FL", "Sunny Isles Police Department", "12086", "city of Sunny Isles Beach, Miami-Dade County"),
  town("IN", "Greens Fork Police Department", "18177", "town of Greens Fork, Wayne County"),
  town("LA", "Greenwood Police Department", "22017", "town of Greenwood, Caddo Parish (Louisiana has two places of that name)"),
  town("MO", "Saint Mary Police Department", "29186", "city of St. Mary, Ste. Genevieve County"),
  town("NH", "Carroll Police Department", "33007", "town of Carroll, Coos County"),
  town("NH", "Pittsburgh Police Department", "33007", "town of Pittsburg, Coos County (ICE spells it Pittsburgh)"),
  town("OK", "Sterling Police Department", "40031", "town of Sterling, Comanche County"),
  town("PA", "Damascus Township Constable", "42127", "Damascus Township, Wayne County"),
  town("PA", "East Donegal Township Constables Office", "42071", "East Donegal Township, Lancaster County"),
  town("PA", "New Sewickley Township Police Department", "42007", "New Sewickley Township, Beaver County"),
  town("PA", "Preston Township Constable's Office", "42127", "Preston Township, Wayne County"),
  town("PA", "Sewickley Township Constable's Office", "42129", "Sewickley Township, Westmoreland County"),
  town("SC", "Coward Police Department", "45041", "town of Coward, Florence County"),
];

const MULTI_COUNTY = new Map(
  MANUAL_PLACEMENTS.flatMap((m) => (m.level === "COUNTY" && m.counties && m.counties.length > 1 ? [[`${m.state}|${foldName(m.name, "agency")}`, m.counties] as const] : [])),
);

/**
 * The counties (5-digit FIPS) an agency placed on several counties covers: a judicial circuit's prosecutor, a
 * district's task force, a regional jail, as this table names them; null for an agency of one county or none.
 * ICE's COUNTY column names one county per row (its headquarters, when any), so only this table can say "several".
 */
export const countiesCovered = (state: string, name: string): readonly string[] | null => MULTI_COUNTY.get(`${state}|${foldName(name, "agency")}`) ?? null;
