// Every table view, described once: its name, title and filters (the view), and how its rows are written as CSV and
// JSON. Its rows come from its loader in lib/queries (TABLE_LOADERS, by the same name), which the page, the download
// and the API all call, so a download holds exactly the rows the view shows.
import { MODEL_LABEL, MODEL_SLUG, MODELS, type ModelCode } from "../domain/models";
import { roundedShare } from "../domain/shares";
import { stateName } from "../domain/states";
import type { AgreementRow } from "../queries/agreements";
import type { AgreementChange, PendingChange } from "../queries/changes";
import type { PendingApplication } from "../queries/pending";
import type { RepairRow } from "../queries/repairs";
import type { StateRow } from "../queries/states";
import type { AreaRow, ImportedListRow } from "../queries/views/tables";
import { COVER_ROLE_SLUG } from "../domain/areas";
import type { TABLE_LOADERS } from "../queries/views/tables";
import {
  agreementsView,
  changesView,
  ledgerView,
  listsView,
  nationalView,
  countyAgenciesView,
  pendingChangesView,
  pendingView,
  placeAgenciesView,
  type AnyParam,
  type View,
} from "../view/filters";
import { AGENCY_TYPE_SLUG } from "../domain/agency-types";
import { agencyUrl } from "../view/links";
import type { Column, ExportContext } from "./csv";

export type Table<R, P extends Record<string, AnyParam>> = {
  name: string;
  title: string;
  view: View<P>;
  columns: Column<R>[];
  json: (row: R, context: ExportContext) => Record<string, unknown>;
};

const models = (ms: ModelCode[]) => ms.map((m) => MODEL_SLUG[m]).join(",");

export const agreementsTable = {
  name: "agreements",
  title: "Agreements",
  view: agreementsView,
  columns: [
    { header: "state", value: (r) => r.state },
    { header: "agency", value: (r) => r.agency },
    { header: "agency_type", value: (r) => AGENCY_TYPE_SLUG[r.type] },
    { header: "county", value: (r) => r.county },
    { header: "county_fips", value: (r) => r.countyFips },
    { header: "census_geoid", value: (r) => r.censusGeoid },
    { header: "model", value: (r) => MODEL_LABEL[r.model] },
    { header: "signed", value: (r) => r.signedOn },
    { header: "moa_url", value: (r) => r.moaUrl },
    { header: "addendum_url", value: (r) => r.addendumUrl },
    { header: "agency_page", value: (r, c) => agencyUrl(c.origin, r.slug) },
  ],
  json: (r, c) => ({
    state: r.state,
    agency: r.agency,
    agencyType: AGENCY_TYPE_SLUG[r.type],
    county: r.county,
    countyFips: r.countyFips,
    censusGeoid: r.censusGeoid,
    model: MODEL_SLUG[r.model],
    signedOn: r.signedOn,
    moaUrl: r.moaUrl,
    addendumUrl: r.addendumUrl,
    agencyPage: agencyUrl(c.origin, r.slug),
  }),
} satisfies Table<AgreementRow, (typeof agreementsView)["params"]>;

export const changesTable = {
  name: "changes",
  title: "Changes between ICE's lists",
  view: changesView,
  columns: [
    { header: "list_published", value: (r) => r.publishedOn },
    { header: "compared_with_list_of", value: (r) => r.previousPublishedOn },
    { header: "change", value: (r) => r.change },
    { header: "state", value: (r) => r.state },
    { header: "agency", value: (r) => r.agency },
    { header: "county_fips", value: (r) => r.countyFips },
    { header: "census_geoid", value: (r) => r.censusGeoid },
    { header: "model", value: (r) => MODEL_LABEL[r.model] },
    { header: "signed", value: (r) => r.signedOn },
    { header: "previously_signed", value: (r) => r.previousSignedOn },
    { header: "moa_url", value: (r) => r.moaUrl },
    { header: "previous_moa_url", value: (r) => r.previousMoaUrl },
    { header: "agency_page", value: (r, c) => agencyUrl(c.origin, r.slug) },
  ],
  json: (r, c) => ({
    listPublished: r.publishedOn,
    comparedWithListOf: r.previousPublishedOn,
    change: r.change,
    state: r.state,
    agency: r.agency,
    countyFips: r.countyFips,
    censusGeoid: r.censusGeoid,
    model: MODEL_SLUG[r.model],
    signedOn: r.signedOn,
    previousSignedOn: r.previousSignedOn,
    moaUrl: r.moaUrl,
    previousMoaUrl: r.previousMoaUrl,
    agencyPage: agencyUrl(c.origin, r.slug),
  }),
} satisfies Table<AgreementChange, (typeof changesView)["params"]>;

export const pendingTable = {
  name: "pending",
  title: "Pending applications",
  view: pendingView,
  columns: [
    { header: "state", value: (r) => r.state },
    { header: "agency", value: (r) => r.agency },
    { header: "county_fips", value: (r) => r.countyFips },
    { header: "census_geoid", value: (r) => r.censusGeoid },
    { header: "models_applied_for", value: (r) => r.models.map((m) => MODEL_LABEL[m]).join("; ") },
    { header: "first_pending_list", value: (r) => r.firstPending },
    { header: "last_pending_list", value: (r) => r.lastPending },
    { header: "pending_lists", value: (r) => r.listsOn },
    { header: "outcome", value: (r) => r.outcome },
    { header: "signed_model", value: (r) => (r.signedModel ? MODEL_LABEL[r.signedModel] : null) },
    { header: "signed", value: (r) => r.signedOn },
    { header: "first_participating_list", value: (r) => r.firstListedOn },
    { header: "days_to_sign", value: (r) => r.days },
    { header: "agency_page", value: (r, c) => agencyUrl(c.origin, r.slug) },
  ],
  json: (r, c) => ({
    state: r.state,
    agency: r.agency,
    countyFips: r.countyFips,
    censusGeoid: r.censusGeoid,
    modelsAppliedFor: r.models.map((m) => MODEL_SLUG[m]),
    firstPendingList: r.firstPending,
    lastPendingList: r.lastPending,
    pendingLists: r.listsOn,
    outcome: r.outcome,
    signedModel: r.signedModel && MODEL_SLUG[r.signedModel],
    signedOn: r.signedOn,
    firstParticipatingList: r.firstListedOn,
    daysToSign: r.days,
    agencyPage: agencyUrl(c.origin, r.slug),
  }),
} satisfies Table<PendingApplication, (typeof pendingView)["params"]>;

export const ledgerTable = {
  name: "ledger",
  title: "Repair ledger",
  view: ledgerView,
  columns: [
    { header: "list", value: (r) => `${r.kind.toLowerCase()} ${r.publishedOn}` },
    { header: "row", value: (r) => r.rowNumber },
    { header: "agency", value: (r) => r.agency },
    { header: "column", value: (r) => r.column },
    { header: "ice_printed", value: (r) => r.rawValue },
    { header: "we_show", value: (r) => r.storedValue },
    { header: "rule", value: (r) => r.rule },
  ],
  json: (r) => ({
    list: `${r.kind.toLowerCase()}-${r.publishedOn}`,
    row: r.rowNumber,
    agency: r.agency,
    column: r.column,
    icePrinted: r.rawValue,
    weShow: r.storedValue,
    rule: r.rule,
  }),
} satisfies Table<RepairRow, (typeof ledgerView)["params"]>;

export const pendingChangesTable = {
  name: "pending-changes",
  title: "Pending list changes",
  view: pendingChangesView,
  columns: [
    { header: "list_published", value: (r) => r.publishedOn },
    { header: "compared_with_list_of", value: (r) => r.previousPublishedOn },
    { header: "change", value: (r) => (r.change === "added" ? "now pending" : "left the pending list") },
    { header: "state", value: (r) => r.state },
    { header: "agency", value: (r) => r.agency },
    { header: "county_fips", value: (r) => r.countyFips },
    { header: "census_geoid", value: (r) => r.censusGeoid },
    { header: "models", value: (r) => models(r.models) },
    { header: "agency_page", value: (r, c) => agencyUrl(c.origin, r.slug) },
  ],
  json: (r, c) => ({
    listPublished: r.publishedOn,
    comparedWithListOf: r.previousPublishedOn,
    change: r.change === "added" ? "now-pending" : "left-pending-list",
    state: r.state,
    agency: r.agency,
    countyFips: r.countyFips,
    censusGeoid: r.censusGeoid,
    models: r.models.map((m) => MODEL_SLUG[m]),
    agencyPage: agencyUrl(c.origin, r.slug),
  }),
} satisfies Table<PendingChange, (typeof pendingChangesView)["params"]>;

const names = (xs: string[]) => xs.join("; ");
/** The national view's table of states, in its order: agreements, pending applications and residents under them. */
export const statesTable = {
  name: "states",
  title: "Agreements and residents by state",
  view: nationalView,
  columns: [
    { header: "state", value: (r) => r.state },
    { header: "name", value: (r) => stateName(r.state) },
    { header: "agreements", value: (r) => r.agreements },
    { header: "jail_enforcement", value: (r) => r.byModel.JAIL_ENFORCEMENT },
    { header: "task_force", value: (r) => r.byModel.TASK_FORCE },
    { header: "warrant_service_officer", value: (r) => r.byModel.WARRANT_SERVICE_OFFICER },
    { header: "agencies", value: (r) => r.agencies },
    { header: "pending_applications", value: (r) => r.pendingApplications },
    { header: "population", value: (r) => r.population },
    { header: "residents_task_force_local", value: (r) => r.taskForce.localResidents },
    { header: "share_task_force_local", value: (r) => roundedShare(r.taskForce.localResidents, r.population) },
    { header: "statewide_task_force_agencies", value: (r) => names(r.taskForce.statewide) },
    { header: "residents_chosen_models_local", value: (r) => r.chosen.localResidents },
    { header: "share_chosen_models_local", value: (r) => roundedShare(r.chosen.localResidents, r.population) },
    { header: "statewide_chosen_models_agencies", value: (r) => names(r.chosen.statewide) },
  ],
  json: (r) => ({
    state: r.state,
    name: stateName(r.state),
    agreements: r.agreements,
    byModel: Object.fromEntries(MODELS.map((m) => [MODEL_SLUG[m], r.byModel[m]])),
    agencies: r.agencies,
    pendingApplications: r.pendingApplications,
    population: r.population,
    taskForce: { local: r.taskForce.localResidents, localShare: roundedShare(r.taskForce.localResidents, r.population), statewideAgencies: r.taskForce.statewide },
    chosenModels: { local: r.chosen.localResidents, localShare: roundedShare(r.chosen.localResidents, r.population), statewideAgencies: r.chosen.statewide },
  }),
} satisfies Table<StateRow, (typeof nationalView)["params"]>;

const areaColumns = [
  { header: "covers_as", value: (r: AreaRow) => COVER_ROLE_SLUG[r.role] },
  { header: "agency", value: (r: AreaRow) => r.agency },
  { header: "agency_type", value: (r: AreaRow) => AGENCY_TYPE_SLUG[r.type] },
  { header: "placed_on_county", value: (r: AreaRow) => r.county },
  { header: "placed_on_town", value: (r: AreaRow) => r.place },
  { header: "county_fips", value: (r: AreaRow) => r.countyFips },
  { header: "census_geoid", value: (r: AreaRow) => r.censusGeoid },
  { header: "status", value: (r: AreaRow) => (r.status === "agreement" ? "agreement" : "pending application") },
  { header: "model", value: (r: AreaRow) => (r.model ? MODEL_LABEL[r.model] : null) },
  { header: "signed", value: (r: AreaRow) => r.signedOn },
  { header: "on_ice_list_since", value: (r: AreaRow) => r.firstListed },
  { header: "moa_url", value: (r: AreaRow) => r.moaUrl },
  { header: "addendum_url", value: (r: AreaRow) => r.addendumUrl },
  { header: "agency_page", value: (r: AreaRow, c: ExportContext) => agencyUrl(c.origin, r.slug) },
];
const areaJson = (r: AreaRow, c: ExportContext) => ({
  coversAs: COVER_ROLE_SLUG[r.role],
  agency: r.agency,
  agencyType: AGENCY_TYPE_SLUG[r.type],
  placedOnCounty: r.county,
  placedOnTown: r.place,
  countyFips: r.countyFips,
  censusGeoid: r.censusGeoid,
  status: r.status,
  model: r.model && MODEL_SLUG[r.model],
  signedOn: r.signedOn,
  onIceListSince: r.firstListed,
  moaUrl: r.moaUrl,
  addendumUrl: r.addendumUrl,
  agencyPage: agencyUrl(c.origin, r.slug),
});

/** Every list imported, newest first, as /lists shows it. */
export const listsTable = {
  name: "lists",
  title: "Every list imported",
  view: listsView,
  columns: [
    { header: "published", value: (r) => r.publishedOn },
    { header: "kind", value: (r) => r.kind.toLowerCase() },
    { header: "same_day_order", value: (r) => r.sameDayOrder },
    { header: "origin", value: (r) => (r.origin === "ICE_SPREADSHEET" ? "ice-spreadsheet" : "archived-web-page") },
    { header: "file", value: (r) => r.fileName },
    { header: "rows", value: (r) => r.rowCount },
    { header: "repairs", value: (r) => r.repairs },
  ],
  json: (r) => ({
    publishedOn: r.publishedOn,
    kind: r.kind.toLowerCase(),
    sameDayOrder: r.sameDayOrder,
    origin: r.origin === "ICE_SPREADSHEET" ? "ice-spreadsheet" : "archived-web-page",
    file: r.fileName,
    rows: r.rowCount,
    repairs: r.repairs,
  }),
} satisfies Table<ImportedListRow, (typeof listsView)["params"]>;

/** A county's agencies as its page lists them (`county`, `model`, `asOf`). */
export const countyAgenciesTable = {
  name: "county-agencies",
  title: "Agencies covering a county",
  view: countyAgenciesView,
  columns: areaColumns,
  json: areaJson,
} satisfies Table<AreaRow, (typeof countyAgenciesView)["params"]>;

/** A town's agencies as its page lists them (`place`, `model`, `asOf`). */
export const placeAgenciesTable = {
  name: "place-agencies",
  title: "Agencies covering a town",
  view: placeAgenciesView,
  columns: areaColumns,
  json: areaJson,
} satisfies Table<AreaRow, (typeof placeAgenciesView)["params"]>;

/** Every table, by the name its download and its loader (lib/queries/views/tables.ts) share. */
export const TABLES = {
  agreements: agreementsTable,
  changes: changesTable,
  "pending-changes": pendingChangesTable,
  pending: pendingTable,
  ledger: ledgerTable,
  lists: listsTable,
  states: statesTable,
  "county-agencies": countyAgenciesTable,
  "place-agencies": placeAgenciesTable,
} as const satisfies { [K in TableName]: Pick<Table<RowOf<K>, never>, "columns" | "json"> };
export type TableName = keyof typeof TABLE_LOADERS;
/** A row of the table its loader reads: each table's columns are checked against its loader's rows. */
type RowOf<K extends TableName> = Awaited<ReturnType<(typeof TABLE_LOADERS)[K]>>["rows"][number];

/**
 * A download's file name says what it holds, so two downloads do not overwrite each other: the table, the state and
 * models the view is filtered on, the kind of list when it is not the participating one, and the list's date, e.g.
 * `287g-agreements-fl-jail-2026-05-18` (`every-list` for the ledger of every list).
 */
export function downloadName(table: TableName, values: { state?: string | null; model?: ModelCode[] }, list: { kind: string; publishedOn: string } | null): string {
  const parts = ["287g", table, values.state?.toLowerCase(), ...(values.model ?? []).map((m) => MODEL_SLUG[m])];
  if (list && list.kind !== "PARTICIPATING") parts.push(list.kind.toLowerCase());
  parts.push(list?.publishedOn ?? "every-list");
  return parts.filter(Boolean).join("-");
}
