// USPS codes for the states, DC and the territories ICE lists (or could list).
export const STATES: Record<string, string> = {
  AL: "Alabama", AK: "Alaska", AZ: "Arizona", AR: "Arkansas", CA: "California", CO: "Colorado",
  CT: "Connecticut", DE: "Delaware", DC: "District of Columbia", FL: "Florida", GA: "Georgia",
  HI: "Hawaii", ID: "Idaho", IL: "Illinois", IN: "Indiana", IA: "Iowa", KS: "Kansas", KY: "Kentucky",
  LA: "Louisiana", ME: "Maine", MD: "Maryland", MA: "Massachusetts", MI: "Michigan", MN: "Minnesota",
  MS: "Mississippi", MO: "Missouri", MT: "Montana", NE: "Nebraska", NV: "Nevada", NH: "New Hampshire",
  NJ: "New Jersey", NM: "New Mexico", NY: "New York", NC: "North Carolina", ND: "North Dakota",
  OH: "Ohio", OK: "Oklahoma", OR: "Oregon", PA: "Pennsylvania", RI: "Rhode Island",
  SC: "South Carolina", SD: "South Dakota", TN: "Tennessee", TX: "Texas", UT: "Utah", VT: "Vermont",
  VA: "Virginia", WA: "Washington", WV: "West Virginia", WI: "Wisconsin", WY: "Wyoming",
  AS: "American Samoa", GU: "Guam", MP: "Northern Mariana Islands", PR: "Puerto Rico",
  VI: "U.S. Virgin Islands",
};

/**
 * The USPS code written in a URL (any case), or null. Only ASCII letters count: "ﬂ" upper-cases to "FL" and must
 * not open Florida.
 */
export function stateCode(text: string): string | null {
  if (!/^[A-Za-z]{2}$/.test(text)) return null;
  const code = text.toUpperCase();
  return Object.hasOwn(STATES, code) ? code : null;
}

const BY_NAME = new Map(Object.entries(STATES).map(([code, name]) => [name.toUpperCase(), code]));

// Misspellings seen in ICE's STATE column; each names the first file that showed it.
const STATE_TYPOS: Record<string, string> = {
  PENNSLYVANIA: "PA", // participating 2026-02-27
  "WEST VIRIGINIA": "WV", // participating 2025-08-29
  UTAHJ: "UT", // an ICE daily file of 2025
  MCHIGAN: "MI", // pending 2025-10-15 to 2025-10-17
  "WEST VIRIGINA": "WV", // pending 2026-02-02 to 2026-02-06
  "VIRGIN ISLANDS": "VI",
  "US VIRGIN ISLANDS": "VI",
};

export type StateMatch = { code: string; exact: boolean };

/** Maps ICE's STATE text to a USPS code; `exact` is false when the text was a typo or not upper case. */
export function stateFromIceText(raw: string): StateMatch | null {
  const folded = raw.trim().replace(/\s+/g, " ");
  const upper = folded.toUpperCase();
  const code = BY_NAME.get(upper) ?? STATE_TYPOS[upper] ?? (STATES[upper] ? upper : undefined);
  if (!code) return null;
  return { code, exact: folded === upper && BY_NAME.has(upper) };
}

// FIPS state codes, as the Census Bureau's county ids (the first two of five digits) use them.
export const STATE_FIPS: Record<string, string> = {
  AL: "01", AK: "02", AZ: "04", AR: "05", CA: "06", CO: "08", CT: "09", DE: "10", DC: "11", FL: "12", GA: "13",
  HI: "15", ID: "16", IL: "17", IN: "18", IA: "19", KS: "20", KY: "21", LA: "22", ME: "23", MD: "24", MA: "25",
  MI: "26", MN: "27", MS: "28", MO: "29", MT: "30", NE: "31", NV: "32", NH: "33", NJ: "34", NM: "35", NY: "36",
  NC: "37", ND: "38", OH: "39", OK: "40", OR: "41", PA: "42", RI: "44", SC: "45", SD: "46", TN: "47", TX: "48",
  UT: "49", VT: "50", VA: "51", WA: "53", WV: "54", WI: "55", WY: "56", AS: "60", GU: "66", MP: "69", PR: "72",
  VI: "78",
};

export const STATE_OF_FIPS: Record<string, string> = Object.fromEntries(Object.entries(STATE_FIPS).map(([c, f]) => [f, c]));

export function stateName(code: string): string {
  return STATES[code] ?? code;
}
