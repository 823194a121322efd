// The API's OpenAPI 3.1 description, built from the same filter definitions the endpoints validate with.
import { CHANGE_KINDS } from "../domain/changes";
import { agenciesView, agreementsView, areaView, changesView, searchView, snapshotsView, statesView, type AnyParam, type View } from "../view/filters";

export type Endpoint = {
  path: string;
  summary: string;
  view: View<Record<string, AnyParam>>;
  paged: boolean;
  item: Record<string, unknown>;
  /** Fields of the answer besides source, total and data. */
  extra?: Record<string, unknown>;
  /** What the answer's fields mean, where a name alone does not say it (shown on the API page too). */
  notes?: string[];
};

const str = { type: "string" };
const nstr = { type: ["string", "null"] };
const day = { type: ["string", "null"], format: "date" };
const nnum = { type: ["number", "null"] };
const placement = {
  type: ["object", "null"],
  description:
    "Where the agency serves: a county (5-digit FIPS), a place within a county, the whole state, or unplaced; with the rule that placed it, its confidence and the evidence in words.",
  properties: {
    level: { enum: ["county", "place", "state", "unplaced"] },
    countyFips: nstr,
    county: nstr,
    place: nstr,
    latitude: nnum,
    longitude: nnum,
    method: { enum: ["county-name", "place-name", "ice-county", "state-agency", "manual", "none"] },
    confidence: { enum: ["high", "medium", "low"] },
    note: str,
  },
};

const nint = { type: ["integer", "null"] };
/** Every agency in an answer: its page as an absolute URL, and where it is placed, to join Census tables on. */
const agencyPage = { type: "string", format: "uri", description: "Absolute URL of the agency's page on this site (the same as the CSV downloads' agency_page)." };
const countyFips = { type: ["string", "null"], pattern: "^[0-9]{5}$", description: "The county the agency is placed in (5-digit FIPS code); null for state agencies and agencies not placed." };
const censusGeoid = {
  type: ["string", "null"],
  description: "The Census area whose residents its agreements are counted for: a state (2 digits), county (5) or place (7); null when none is counted.",
};
const placed = { countyFips, censusGeoid, agencyPage };
const share = { type: ["number", "null"], minimum: 0, maximum: 1, description: "local / population, rounded to 4 decimal places; null without a population." };
const listRef = {
  type: "object",
  properties: { kind: str, publishedOn: { type: "string", format: "date" }, file: str, origin: { enum: ["ice_spreadsheet", "archived_web_page"] } },
};
const residents = {
  type: "object",
  properties: {
    local: { type: "integer", description: "countyResidents + placeResidents: nobody is counted twice." },
    localShare: share,
    countyResidents: { type: "integer", description: "Residents of counties whose county agency has an agreement." },
    placeResidents: { type: "integer", description: "Residents of incorporated towns whose police have an agreement, in counties not already counted." },
    statewideAgencies: { type: "array", items: str, description: "State agencies with an agreement, which covers the whole state; never summed into local." },
  },
};
const nationResidents = {
  type: "object",
  properties: {
    local: { type: "integer" },
    localShare: share,
    statewideStates: { type: "array", items: str, description: "States where a state agency has an agreement." },
    statewideResidents: { type: "integer", description: "Residents of those states; kept apart from local." },
    statewideShare: share,
  },
};
const byModel = (of: Record<string, unknown>) => ({
  type: "object",
  description: "anyModel: under any of the models the model parameter chose (every model without it); jail, task-force, wso: under that model alone, whatever the filter.",
  properties: { anyModel: of, jail: of, "task-force": of, wso: of },
});

export const ENDPOINTS: Endpoint[] = [
  {
    path: "/api/v1/agreements",
    summary: "Agreements (one agency under one model) on the participating list in force at asOf (the newest by default).",
    view: agreementsView as unknown as Endpoint["view"],
    paged: true,
    item: { state: str, agency: str, agencyType: str, county: nstr, ...placed, model: str, signedOn: day, moaUrl: nstr, addendumUrl: nstr },
  },
  {
    path: "/api/v1/agencies",
    summary: "Agencies on the participating list in force at asOf, with the models each had on it.",
    view: agenciesView as unknown as Endpoint["view"],
    paged: true,
    item: { state: str, agency: str, agencyType: str, county: nstr, ...placed, models: { type: "array", items: str }, placement },
  },
  {
    path: "/api/v1/states",
    summary:
      "Per state and territory on the list in force at asOf, for the chosen models: agreements, agencies, pending applications, population and the residents living under agreements; with a nation total.",
    view: statesView as unknown as Endpoint["view"],
    paged: false,
    item: {
      state: str,
      name: str,
      agreements: { type: "integer" },
      agencies: { type: "integer" },
      byModel: { type: "object", additionalProperties: { type: "integer" } },
      pendingApplications: { type: "integer", description: "Applications on the newest pending list on or before asOf (any model)." },
      pendingAgencies: { type: "integer" },
      population: { ...nint, description: "Census estimate; null for the island areas, which have none." },
      residents: byModel(residents),
    },
    extra: {
      pendingList: { ...listRef, type: ["object", "null"] },
      nation: {
        type: "object",
        description: "The 50 states, DC and Puerto Rico (the island areas have no population estimate), summed.",
        properties: { population: { type: "integer" }, residents: byModel(nationResidents) },
      },
    },
    notes: [
      "Rows: every state with an agreement under the chosen models or an application on the pending list.",
      "population: Census Bureau estimate (July 1, 2024); null for Guam, the Northern Mariana Islands, the Virgin Islands and American Samoa.",
      "residents.anyModel: residents under any of the models the model parameter chose (every model without it); residents.jail, residents[\"task-force\"], residents.wso: under that model alone, whatever the filter.",
      "local = countyResidents (counties whose county agency has an agreement) + placeResidents (incorporated towns whose police have one, in counties not already counted): nobody is counted twice. localShare is local / population, 0–1 to 4 decimal places, null without a population.",
      "statewideAgencies: state agencies with an agreement, which covers the whole state; reported apart and never summed into local.",
      "nation: the states' sums, with statewideStates and statewideResidents (residents of states where a state agency has an agreement) kept apart from local. See /about#residents for the method and its limits.",
    ],
  },
  {
    path: "/api/v1/snapshots",
    summary: "Every ICE list imported (participating and pending), oldest first.",
    view: snapshotsView as unknown as Endpoint["view"],
    paged: false,
    item: { kind: str, publishedOn: { type: "string", format: "date" }, file: str, origin: str, rows: { type: "integer" }, citation: str },
  },
  {
    path: "/api/v1/changes",
    summary: "Agreements added, removed, re-dated or re-linked by each participating list, compared with the list before it; newest first.",
    view: changesView as unknown as Endpoint["view"],
    paged: true,
    item: {
      listPublished: { type: "string", format: "date" },
      comparedWithListOf: { type: "string", format: "date" },
      change: { type: "string", enum: [...CHANGE_KINDS] },
      state: str,
      agency: str,
      ...placed,
      model: str,
      signedOn: day,
      previousSignedOn: day,
      moaUrl: nstr,
      previousMoaUrl: nstr,
    },
  },
];

export function openApiDocument(origin: string) {
  const error = {
    description: "A parameter is not allowed, malformed or repeated.",
    content: {
      "application/json": {
        schema: {
          type: "object",
          required: ["error"],
          properties: { error: { type: "object", required: ["parameter", "message"], properties: { parameter: str, message: str } } },
        },
        example: { error: { parameter: "state", message: "is not a U.S. state or territory code (two letters, like TX)" } },
      },
    },
  };
  const paths: Record<string, unknown> = Object.fromEntries(
    ENDPOINTS.map((e) => {
      const props: Record<string, unknown> = {
        source: { type: "string", description: "The ICE list(s) the data comes from, with publication date and file name." },
        total: { type: "integer" },
        data: { type: "array", items: { type: "object", properties: e.item } },
        ...e.extra,
      };
      if (e.paged) {
        props.page = { type: "integer" };
        props.pageSize = { type: "integer" };
        props.links = { type: "object", description: "Absolute URLs of the first, last, previous and next pages (null at the ends).", properties: { self: str, first: str, last: str, next: nstr, prev: nstr } };
      }
      return [
        e.path,
        {
          get: {
            summary: e.summary,
            ...(e.notes ? { description: e.notes.join("\n\n") } : {}),
            parameters: Object.entries(e.view.params).map(([name, p]) => ({
              name,
              in: "query",
              required: false,
              description: p.description,
              schema: { type: name === "page" ? "integer" : "string" },
              ...(p.example ? { example: p.example } : {}),
            })),
            responses: { "200": { description: "OK", content: { "application/json": { schema: { type: "object", properties: props } } } }, "400": error },
          },
        },
      ];
    }),
  );
  paths["/api/v1/agencies/{slug}"] = {
    get: {
      summary: "One agency: every agreement it has or had (signed date, MOA and addendum links, first and last list, when it left the list) and its pending periods.",
      parameters: [{ name: "slug", in: "path", required: true, description: "The agency's slug, as in its page's address /agencies/{slug}.", schema: { type: "string" }, example: "al-etowah-county-sheriffs-office" }],
      responses: {
        "200": {
          description: "OK",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  source: str,
                  data: { type: "object", properties: { slug: str, agency: str, state: str, agencyType: str, county: nstr, ...placed, placement, agreements: { type: "array" }, pendingPeriods: { type: "array" } } },
                },
              },
            },
          },
        },
        "404": { ...error, description: "No agency has this slug." },
      },
    },
  };
  for (const [kind, name, example, what] of [
    ["counties", "fips", "48201", "county's 5-digit FIPS code, as in its page's address /counties/{fips}"],
    ["places", "geoid", "0446000", "Census place's 7-digit GEOID, as in its page's address /places/{geoid}"],
  ] as const) {
    paths[`/api/v1/${kind}/{${name}}`] = {
      get: {
        summary: `One ${kind === "counties" ? "county" : "town (a Census place)"}: every agency whose 287(g) authority covers it on the list in force at asOf, grouped by how (coversAs: county, town, several-counties, statewide), each with its agreements under the chosen models (signed date, MOA and addendum links, onIceListSince) and its pending application; the residents covered; its history.`,
        description: [
          "residents.local: residents under a local agency's agreement, counted as the state's figures count them (a county agency: all the county's residents; else its towns' police: their residents). residents.statewide: a state agency's agreement covers the whole state, read apart.",
          "history.changes: the agreements of local and state agencies covering it, at each participating list that changed them.",
          "noLocalAgreement: no county, town or several-counties agency covering it holds an agreement under the chosen models.",
          "groups[].agencies[]: each agency with countyFips (the county it is placed in), censusGeoid (the Census area its residents are counted for) and agencyPage (the absolute URL of its page).",
        ].join("\n\n"),
        parameters: [
          { name, in: "path", required: true, description: `The ${what}.`, schema: { type: "string", pattern: name === "fips" ? "^[0-9]{5}$" : "^[0-9]{7}$" }, example },
          ...Object.entries(areaView.params).map(([n, p]) => ({ name: n, in: "query", required: false, description: p.description, schema: { type: "string" }, ...(p.example ? { example: p.example } : {}) })),
        ],
        responses: {
          "200": {
            description: "OK",
            content: { "application/json": { schema: { type: "object", properties: { source: str, list: listRef, pendingList: { ...listRef, type: ["object", "null"] }, filters: { type: "object" }, data: { type: "object" } } } } },
          },
          "400": error,
          "404": { ...error, description: `A malformed ${name}, or no ${kind === "counties" ? "county" : "Census place"} has it.` },
        },
      },
    };
  }
  const hit = {
    type: "object",
    properties: {
      kind: { type: "string", enum: ["county", "place", "zip", "agency"] },
      id: { type: "string", description: "County FIPS (5 digits), Census place GEOID (7), ZIP code (5) or agency slug." },
      countyFips: { type: "string", description: "ZIP codes only: the county of this entry (a ZIP code that spans counties has one entry per county)." },
      town: { type: ["string", "null"], description: "ZIP codes only: the page of its town, when the town is the one Census place of that name in its state." },
      label: str,
      detail: str,
      exact: { type: "boolean", description: "The words are the whole name (with its state, if given)." },
      href: { type: "string", description: "Absolute URL of the county, place or agency page (a ZIP code's county)." },
    },
  };
  paths["/api/v1/search"] = {
    get: {
      summary: "Counties, Census places, ZIP codes and agencies whose names hold the query's words, best first: what the search field suggests.",
      description:
        "Whole words, whatever the case, accents and punctuation; the last word may be unfinished. A state's code or name among the words narrows to that state. Order: the exact name, then names starting with the words, names holding them, names with a word only begun; within each, the larger population first. ZIP codes: SimpleMaps' U.S. ZIP code list (2024, CC BY 4.0), each with every county it spans.",
      parameters: Object.entries(searchView.params).map(([name, p]) => ({
        name,
        in: "query",
        required: name === "q",
        description: p.description,
        schema: { type: name === "limit" ? "integer" : "string" },
        ...(p.example ? { example: p.example } : {}),
      })),
      responses: {
        "200": {
          description: "OK",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  query: str,
                  total: { type: "integer" },
                  totals: { type: "object", description: "Matches of each kind.", additionalProperties: { type: "integer" } },
                  exact: { ...hit, type: ["object", "null"], description: "The one exact match, when there is exactly one." },
                  data: { type: "array", items: hit },
                },
              },
            },
          },
        },
        "400": error,
      },
    },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "287(g) agreements API",
      version: "1.0.0",
      description: "Read-only data from ICE's published 287(g) lists. Every response cites the ICE list it comes from. Parameters are the same as the web pages'.",
    },
    servers: [{ url: origin }],
    paths,
  };
}
