// Every table view, described once: how its rows are read for given filters, and how they are written as CSV and
// JSON. Pages, downloads and the API all go through these, so a download holds exactly the rows the view shows.
import "server-only";
import { MODEL_LABEL, MODEL_SLUG, MODELS, type ModelCode } from "../domain/models";
import { stateName } from "../domain/states";
import { listAgreements, type AgreementRow } from "../queries/agreements";
import { listChanges, listPendingChanges, type AgreementChange, type PendingChange } from "../queries/changes";
import { POPULATION_CREDIT } from "../queries/coverage";
import { citeList, findList, listPublishedLists, resolveList, type PublishedList } from "../queries/lists";
import { listPendingApplications, type PendingApplication } from "../queries/pending";
import { listRepairs, type RepairRow } from "../queries/repairs";
import type { Paging } from "../queries/sql";
import { listStates, roundedShare, sortStates, type StateRow } from "../queries/states";
import {
  agreementsView,
  asOfNote,
  changesView,
  ledgerView,
  nationalView,
  pendingChangesView,
  pendingView,
  type FilterNote,
  type AnyParam,
  type Values,
  type View,
} from "../view/filters";
import { AGENCY_TYPE_SLUG } from "../domain/agency-types";
import { modelsWords } from "../view/coverage";
import { agencyHref } from "../view/links";
import type { Column } from "./csv";

export type Loaded<R> = { source: string; list: PublishedList | null; notes: FilterNote[]; rows: R[]; total: number };

export type Table<R, P extends Record<string, AnyParam>> = {
  name: string;
  title: string;
  view: View<P>;
  load: (values: Values<P>, paging: Paging) => Promise<Loaded<R>>;
  columns: Column<R>[];
  json: (row: R) => Record<string, unknown>;
};

const models = (ms: ModelCode[]) => ms.map((m) => MODEL_SLUG[m]).join(",");

type AgreementValues = ReturnType<typeof agreementsView.parse>["values"];
export const agreementsTable = {
  name: "agreements",
  title: "Agreements",
  view: agreementsView,
  async load(v: AgreementValues, paging: Paging): Promise<Loaded<AgreementRow>> {
    const { list, fallback } = await resolveList("PARTICIPATING", v.asOf);
    if (!list) return { source: "no list imported", list: null, notes: [], rows: [], total: 0 };
    const { rows, total } = await listAgreements(list.id, v, paging);
    return { source: citeList(list), list, notes: fallback ? [asOfNote(fallback)] : [], rows, total };
  },
  columns: [
    { header: "state", value: (r) => r.state },
    { header: "agency", value: (r) => r.agency },
    { header: "agency_type", value: (r) => AGENCY_TYPE_SLUG[r.type] },
    { header: "county", value: (r) => r.county },
    { header: "model", value: (r) => MODEL_LABEL[r.model] },
    { header: "signed", value: (r) => r.signedOn },
    { header: "moa_url", value: (r) => r.moaUrl },
    { header: "addendum_url", value: (r) => r.addendumUrl },
    { header: "agency_page", value: (r) => agencyHref(r.slug) },
  ],
  json: (r) => ({
    state: r.state,
    agency: r.agency,
    agencyType: AGENCY_TYPE_SLUG[r.type],
    county: r.county,
    model: MODEL_SLUG[r.model],
    signedOn: r.signedOn,
    moaUrl: r.moaUrl,
    addendumUrl: r.addendumUrl,
    agencyPage: agencyHref(r.slug),
  }),
} satisfies Table<AgreementRow, (typeof agreementsView)["params"]>;

type ChangeValues = ReturnType<typeof changesView.parse>["values"];
export const changesTable = {
  name: "changes",
  title: "Changes between ICE's lists",
  view: changesView,
  async load(v: ChangeValues, paging: Paging): Promise<Loaded<AgreementChange>> {
    const { list, fallback } = await resolveList("PARTICIPATING", v.asOf);
    if (!list) return { source: "no list imported", list: null, notes: [], rows: [], total: 0 };
    const first = (await listPublishedLists("PARTICIPATING"))[0];
    const { rows, total } = await listChanges({ ...v, asOf: list.publishedOn }, paging);
    return {
      source: `ICE participating lists published ${first.publishedOn} to ${list.publishedOn}, each compared with the one before it; newest: ${citeList(list)}`,
      list,
      notes: fallback ? [asOfNote(fallback)] : [],
      rows,
      total,
    };
  },
  columns: [
    { header: "list_published", value: (r) => r.publishedOn },
    { header: "compared_with_list_of", value: (r) => r.previousPublishedOn },
    { header: "change", value: (r) => r.change },
    { header: "state", value: (r) => r.state },
    { header: "agency", value: (r) => r.agency },
    { header: "model", value: (r) => MODEL_LABEL[r.model] },
    { header: "signed", value: (r) => r.signedOn },
    { header: "previously_signed", value: (r) => r.previousSignedOn },
    { header: "moa_url", value: (r) => r.moaUrl },
    { header: "previous_moa_url", value: (r) => r.previousMoaUrl },
    { header: "agency_page", value: (r) => agencyHref(r.slug) },
  ],
  json: (r) => ({
    listPublished: r.publishedOn,
    comparedWithListOf: r.previousPublishedOn,
    change: r.change,
    state: r.state,
    agency: r.agency,
    model: MODEL_SLUG[r.model],
    signedOn: r.signedOn,
    previousSignedOn: r.previousSignedOn,
    moaUrl: r.moaUrl,
    previousMoaUrl: r.previousMoaUrl,
    agencyPage: agencyHref(r.slug),
  }),
} satisfies Table<AgreementChange, (typeof changesView)["params"]>;

type PendingValues = ReturnType<typeof pendingView.parse>["values"];
export const pendingTable = {
  name: "pending",
  title: "Pending applications",
  view: pendingView,
  async load(v: PendingValues, paging: Paging): Promise<Loaded<PendingApplication>> {
    const { list } = await resolveList("PENDING", null);
    if (!list) return { source: "no pending list imported", list: null, notes: [], rows: [], total: 0 };
    const newestParticipating = (await resolveList("PARTICIPATING", null)).list!;
    const { rows, total } = await listPendingApplications(v, paging);
    return {
      source: `every ICE pending list up to the ${citeList(list)}; signing from the ${citeList(newestParticipating)}`,
      list,
      notes: [],
      rows,
      total,
    };
  },
  columns: [
    { header: "state", value: (r) => r.state },
    { header: "agency", value: (r) => r.agency },
    { header: "models_applied_for", value: (r) => r.models.map((m) => MODEL_LABEL[m]).join("; ") },
    { header: "first_pending_list", value: (r) => r.firstPending },
    { header: "last_pending_list", value: (r) => r.lastPending },
    { header: "pending_lists", value: (r) => r.listsOn },
    { header: "outcome", value: (r) => r.outcome },
    { header: "signed_model", value: (r) => (r.signedModel ? MODEL_LABEL[r.signedModel] : null) },
    { header: "signed", value: (r) => r.signedOn },
    { header: "first_participating_list", value: (r) => r.firstListedOn },
    { header: "days_to_sign", value: (r) => r.days },
    { header: "agency_page", value: (r) => agencyHref(r.slug) },
  ],
  json: (r) => ({
    state: r.state,
    agency: r.agency,
    modelsAppliedFor: r.models.map((m) => MODEL_SLUG[m]),
    firstPendingList: r.firstPending,
    lastPendingList: r.lastPending,
    pendingLists: r.listsOn,
    outcome: r.outcome,
    signedModel: r.signedModel && MODEL_SLUG[r.signedModel],
    signedOn: r.signedOn,
    firstParticipatingList: r.firstListedOn,
    daysToSign: r.days,
    agencyPage: agencyHref(r.slug),
  }),
} satisfies Table<PendingApplication, (typeof pendingView)["params"]>;

type LedgerValues = ReturnType<typeof ledgerView.parse>["values"];
export const ledgerTable = {
  name: "ledger",
  title: "Repair ledger",
  view: ledgerView,
  async load(v: LedgerValues, paging: Paging): Promise<Loaded<RepairRow>> {
    const notes: FilterNote[] = [];
    let list: PublishedList | null = null;
    if (v.list) {
      list = await findList(v.list);
      if (!list) notes.push({ parameter: "list", message: `No ${v.list.kind.toLowerCase()} list was published on ${v.list.publishedOn}; showing every list.` });
    }
    const { rows, total } = await listRepairs(list?.id ?? null, paging);
    return { source: list ? `repairs made importing the ${citeList(list)}` : "repairs made importing every ICE list", list, notes, rows, total };
  },
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

type PendingChangeValues = ReturnType<typeof pendingChangesView.parse>["values"];
export const pendingChangesTable = {
  name: "pending-changes",
  title: "Pending list changes",
  view: pendingChangesView,
  async load(v: PendingChangeValues): Promise<Loaded<PendingChange>> {
    const { list, fallback } = await resolveList("PENDING", v.asOf);
    if (!list) return { source: "no pending list imported", list: null, notes: [], rows: [], total: 0 };
    const first = (await listPublishedLists("PENDING"))[0];
    const rows = await listPendingChanges({ state: v.state, asOf: list.publishedOn });
    return {
      source: `ICE pending lists published ${first.publishedOn} to ${list.publishedOn}, each compared with the one before it; newest: ${citeList(list)}`,
      list,
      notes: fallback ? [asOfNote(fallback)] : [],
      rows,
      total: rows.length,
    };
  },
  columns: [
    { header: "list_published", value: (r) => r.publishedOn },
    { header: "compared_with_list_of", value: (r) => r.previousPublishedOn },
    { header: "change", value: (r) => (r.change === "added" ? "now pending" : "left the pending list") },
    { header: "state", value: (r) => r.state },
    { header: "agency", value: (r) => r.agency },
    { header: "models", value: (r) => models(r.models) },
    { header: "agency_page", value: (r) => agencyHref(r.slug) },
  ],
  json: (r) => ({
    listPublished: r.publishedOn,
    comparedWithListOf: r.previousPublishedOn,
    change: r.change === "added" ? "now-pending" : "left-pending-list",
    state: r.state,
    agency: r.agency,
    models: r.models.map((m) => MODEL_SLUG[m]),
    agencyPage: agencyHref(r.slug),
  }),
} satisfies Table<PendingChange, (typeof pendingChangesView)["params"]>;

type NationalValues = ReturnType<typeof nationalView.parse>["values"];
const names = (xs: string[]) => xs.join("; ");
/** The national view's table of states, in its order: agreements, pending applications and residents under them. */
export const statesTable = {
  name: "states",
  title: "Agreements and residents by state",
  view: nationalView,
  async load(v: NationalValues): Promise<Loaded<StateRow>> {
    const [{ list, fallback }, pending] = await Promise.all([resolveList("PARTICIPATING", v.asOf), resolveList("PENDING", v.asOf)]);
    if (!list) return { source: "no list imported", list: null, notes: [], rows: [], total: 0 };
    const rows = sortStates(await listStates(list.id, pending.list?.id ?? null, v.model), v.sort);
    const chosen = modelsWords(v.model);
    return {
      source:
        `${citeList(list)}; pending applications: ${pending.list ? citeList(pending.list) : "no pending list"}; ` +
        `agreements and residents under ${chosen}; population: ${POPULATION_CREDIT}`,
      list,
      notes: fallback ? [asOfNote(fallback)] : [],
      rows,
      total: rows.length,
    };
  },
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

export const TABLES = {
  agreements: agreementsTable,
  changes: changesTable,
  "pending-changes": pendingChangesTable,
  pending: pendingTable,
  ledger: ledgerTable,
  states: statesTable,
} as const;
export type TableName = keyof typeof TABLES;
