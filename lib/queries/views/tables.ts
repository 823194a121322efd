import "server-only";
import { citeList, type ListFallback, type ListKey } from "../../domain/lists";
import { modelsWords, type ModelCode } from "../../domain/models";
import type { StateSort } from "../../domain/sorts";
import { listAgreements, type AgreementFilters, type AgreementRow } from "../agreements";
import { listChanges, listPendingChanges, type AgreementChange, type ChangeFilters, type PendingChange } from "../changes";
import { getStatePopulations, POPULATION_CREDIT } from "../coverage";
import { findList, listPublishedLists, resolveList, type PublishedList } from "../lists";
import { listPendingApplications, type PendingApplication, type PendingFilters } from "../pending";
import { countRepairsByList, listRepairs, type RepairRow } from "../repairs";
import { PAGE_SIZE, type Paging } from "../sql";
import { listStates, sortStates, type StateRow } from "../states";
import type { CoverRole } from "../../domain/areas";
import type { AgencyTypeCode } from "../../domain/agency-types";
import { getCountyView, getPlaceView, type AreaFilters } from "./area";

// Every table view's rows, read once here for given filters: the page that shows the table, its CSV and JSON download
// and the API all call the same loader, so a download holds exactly the rows the view shows. How a table is written
// (its columns) is lib/export/tables.ts; what a fallback or an unknown list means in words is the caller's.

export type TableView<R> = {
  /** Where the rows come from, as the download's source column and the page's source line cite it. */
  source: string;
  list: PublishedList | null;
  /** Set when no list was published on or before the date asked for: the oldest is shown instead. */
  fallback: ListFallback | null;
  /** The list the filters named, when no such list was published (every list is shown instead). */
  unknownList?: ListKey | null;
  /** The county or place the filters named, when the Census Bureau has none of that code (or none was named). */
  unknownArea?: { parameter: "county" | "place"; code: string | null } | null;
  rows: R[];
  total: number;
};

const noList = (what: string) => ({ source: `no ${what} imported`, list: null, fallback: null, rows: [], total: 0 });

export async function listAgreementsView(v: AgreementFilters & { asOf: string | null }, paging: Paging): Promise<TableView<AgreementRow>> {
  const { list, fallback } = await resolveList("PARTICIPATING", v.asOf);
  if (!list) return noList("list");
  const { rows, total } = await listAgreements(list.id, v, paging);
  return { source: citeList(list), list, fallback, rows, total };
}

export async function listChangesView(v: ChangeFilters, paging: Paging, order: "list" | "leading" = "list"): Promise<TableView<AgreementChange>> {
  const { list, fallback } = await resolveList("PARTICIPATING", v.asOf);
  if (!list) return noList("list");
  const first = (await listPublishedLists("PARTICIPATING"))[0];
  const { rows, total } = await listChanges({ ...v, asOf: list.publishedOn }, paging, order);
  return {
    source: `ICE participating lists published ${first.publishedOn} to ${list.publishedOn}, each compared with the one before it; newest: ${citeList(list)}`,
    list,
    fallback,
    rows,
    total,
  };
}

export async function listPendingView(v: PendingFilters, paging: Paging): Promise<TableView<PendingApplication>> {
  const { list } = await resolveList("PENDING", null);
  if (!list) return noList("pending list");
  const newestParticipating = (await resolveList("PARTICIPATING", null)).list!;
  const { rows, total } = await listPendingApplications(v, paging);
  return {
    source: `every ICE pending list up to the ${citeList(list)}; signing from the ${citeList(newestParticipating)}`,
    list,
    fallback: null,
    rows,
    total,
  };
}

export async function listLedgerView(v: { list: ListKey | null }, paging: Paging): Promise<TableView<RepairRow>> {
  const list = v.list ? await findList(v.list) : null;
  const { rows, total } = await listRepairs(list?.id ?? null, paging);
  return {
    source: list ? `repairs made importing the ${citeList(list)}` : "repairs made importing every ICE list",
    list,
    fallback: null,
    unknownList: v.list && !list ? v.list : null,
    rows,
    total,
  };
}

/** One row of /lists: a list imported, with the number of values repaired in it. */
export type ImportedListRow = PublishedList & { repairs: number };

/** Every list imported, newest first (two lists of a day: the later one first), a page at a time or all of them. */
export async function listListsView(_v: unknown, paging: Paging): Promise<TableView<ImportedListRow>> {
  const [lists, repairCounts] = await Promise.all([listPublishedLists(), countRepairsByList()]);
  const repairsOf = new Map(repairCounts.map((r) => [r.snapshotId, r.n]));
  const newestFirst = lists.map((l) => ({ ...l, repairs: repairsOf.get(l.id) ?? 0 })).reverse();
  const size = paging === "all" ? newestFirst.length : (paging.pageSize ?? PAGE_SIZE);
  const rows = paging === "all" ? newestFirst : newestFirst.slice((paging.page - 1) * size, paging.page * size);
  return { source: "every ICE 287(g) list imported", list: null, fallback: null, rows, total: newestFirst.length };
}

export async function listPendingChangesView(v: { state: string | null; asOf: string | null }): Promise<TableView<PendingChange>> {
  const { list, fallback } = await resolveList("PENDING", v.asOf);
  if (!list) return noList("pending list");
  const first = (await listPublishedLists("PENDING"))[0];
  const rows = await listPendingChanges({ state: v.state, asOf: list.publishedOn });
  return {
    source: `ICE pending lists published ${first.publishedOn} to ${list.publishedOn}, each compared with the one before it; newest: ${citeList(list)}`,
    list,
    fallback,
    rows,
    total: rows.length,
  };
}

/** The table of states, in its order: agreements, pending applications and residents under them; the pending list it counts. */
export async function listStatesView(
  v: { model: ModelCode[]; sort: StateSort; asOf: string | null },
): Promise<TableView<StateRow> & { pendingList: PublishedList | null; nationPopulation: number }> {
  const [{ list, fallback }, pending, populations] = await Promise.all([resolveList("PARTICIPATING", v.asOf), resolveList("PENDING", v.asOf), getStatePopulations()]);
  // The total row's shares are of every resident of the states, DC and Puerto Rico, as the national view's are.
  const nationPopulation = Object.values(populations).reduce((n, p) => n + p, 0);
  if (!list) return { ...noList("list"), pendingList: null, nationPopulation };
  const rows = sortStates(await listStates(list.id, pending.list?.id ?? null, v.model), v.sort);
  return {
    source:
      `${citeList(list)}; pending applications: ${pending.list ? citeList(pending.list) : "no pending list"}; ` +
      `agreements and residents under ${modelsWords(v.model)}; population: ${POPULATION_CREDIT}`,
    list,
    fallback,
    rows,
    total: rows.length,
    pendingList: pending.list,
    nationPopulation,
  };
}

export type StatesViewData = Awaited<ReturnType<typeof listStatesView>>;

/** One row of a county's or a town's list: an agreement, or a pending application, of an agency covering it. */
export type AreaRow = {
  role: CoverRole;
  agency: string;
  slug: string;
  type: AgencyTypeCode;
  county: string | null;
  place: string | null;
  /** Where the agency is placed: its county's 5-digit FIPS code, and the Census area its residents are counted for. */
  countyFips: string | null;
  censusGeoid: string | null;
  status: "agreement" | "pending";
  model: ModelCode | null;
  signedOn: string | null;
  moaUrl: string | null;
  addendumUrl: string | null;
  firstListed: string | null;
};

async function listAreaView(kind: "county" | "place", code: string | null, f: AreaFilters): Promise<TableView<AreaRow>> {
  const view = code ? await (kind === "county" ? getCountyView : getPlaceView)(code, f) : null;
  if (!view) return { ...noList("list"), source: `no ${kind} of this code`, unknownArea: { parameter: kind, code } };
  if (!view.list) return noList("list");
  const rows: AreaRow[] = [];
  for (const g of view.groups) {
    for (const a of g.agencies) {
      const base = { role: g.role, agency: a.name, slug: a.slug, type: a.type, county: a.countyName, place: a.placeName, countyFips: a.countyFips, censusGeoid: a.censusGeoid };
      for (const x of a.agreements) rows.push({ ...base, status: "agreement", model: x.model, signedOn: x.signedOn, moaUrl: x.moaUrl, addendumUrl: x.addendumUrl, firstListed: x.firstListed });
      for (const m of a.pending?.length ? a.pending : a.pending ? [null] : []) rows.push({ ...base, status: "pending", model: m, signedOn: null, moaUrl: null, addendumUrl: null, firstListed: null });
    }
  }
  const pending = view.pendingList ? `; pending applications: ${citeList(view.pendingList)}` : "";
  return { source: `${citeList(view.list)}${pending}; agencies covering ${view.area.name}, ${view.area.state}`, list: view.list, fallback: view.fallback, rows, total: rows.length };
}

/** A county's agencies, as its page groups them: one row per agreement or pending application. */
export const listCountyAgenciesView = (v: AreaFilters & { county: string | null }) => listAreaView("county", v.county, v);
/** A town's agencies, as its page groups them. */
export const listPlaceAgenciesView = (v: AreaFilters & { place: string | null }) => listAreaView("place", v.place, v);

/** Each downloadable table's loader, by the table's name (lib/export/tables.ts describes the same names' columns). */
export const TABLE_LOADERS = {
  agreements: listAgreementsView,
  changes: listChangesView,
  "pending-changes": listPendingChangesView,
  pending: listPendingView,
  ledger: listLedgerView,
  lists: listListsView,
  states: listStatesView,
  "county-agencies": listCountyAgenciesView,
  "place-agencies": listPlaceAgenciesView,
} as const;
