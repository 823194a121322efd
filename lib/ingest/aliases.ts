// Misspelled agency names in ICE's lists, found by comparing every pair of names in a state, each checked
// against the agency's other appearances. Reviewed by hand: add a line only for a name that is certainly the
// same agency. Key: state and the misspelled name; value: the name as ICE spells it when it is right.
export const AGENCY_NAME_FIXES: Record<string, string> = {
  "FL|Alachua Police Departent": "Alachua Police Department",
  "FL|Indiatlantic Police Department": "Indialantic Police Department",
  "FL|Lake Clark Shores Police Department": "Lake Clarke Shores Police Department",
  "FL|Macro Island Police Department": "Marco Island Police Department",
  "FL|New Port Richey Polce Department": "New Port Richey Police Department",
  "GA|Spaulding County Sheriff's Office": "Spalding County Sheriff's Office",
  "IN|Green Forks Police Department": "Greens Fork Police Department",
  "KS|Lyon's County Sheriff's Office": "Lyon County Sheriff's Office",
  "MO|Dogulas County Sheriff's Office": "Douglas County Sheriff's Office",
  "NC|Albermarle District Jail": "Albemarle District Jail",
  "NC|Cartert County Sheriff's Office": "Carteret County Sheriff's Office",
  "NY|Cattaraugus Counry Sheriff's Office": "Cattaraugus County Sheriff's Office",
  "OK|Okfusfee County Sheriff's Office": "Okfuskee County Sheriff's Office",
  "PA|Southhampton Twp. Cumberland City, Constables Office": "Southampton Twp. Cumberland City, Constables Office",
  "SD|Centervillle Police Department": "Centerville Police Department",
  "TX|La Vernia Police Deparment": "La Vernia Police Department",
  "TX|Lampass County Sheriff's Office": "Lampasas County Sheriff's Office",
  "TX|Neuces County Constable Precinct 5": "Nueces County Constable Precinct 5",
  "TX|Somervill County Sheriff's Office": "Somervell County Sheriff's Office",
  "TX|Somerville County Sheriff's Office": "Somervell County Sheriff's Office",
  "VA|Rappahannok,Shenandoah, Warren Regional Jail Authority": "Rappahannock, Shenandoah, Warren Regional Jail Authority",
  "WI|Mantiowoc County Sheriff's Office": "Manitowoc County Sheriff's Office",
};
