import { z } from "zod";
import { MODEL_ICE_SPELLING, MODELS, modelFromSupportType, type ModelCode } from "../domain/models";
import { isoDay } from "../domain/days";
import { stateFromIceText } from "../domain/states";
import type { AgencyTypeCode } from "../domain/agency-types";
import type { ListKind } from "../domain/lists";
import { foldName } from "../domain/names";
import { matchCounty } from "../geo/gazetteer";
import { AGENCY_NAME_FIXES } from "./aliases";
import { parseSignedDate } from "./dates";
import { ImportRejected } from "./errors";
import { cleanText } from "./identity";
import { cleanLink, linkForLedger } from "./links";
import type { Cell, Sheet } from "./workbook";

export const COLUMNS = ["STATE", "LAW ENFORCEMENT AGENCY", "TYPE", "COUNTY", "SUPPORT TYPE", "SIGNED", "MOA", "ADDENDUM"] as const;
type Column = (typeof COLUMNS)[number];

export type RepairRecord = { rowNumber: number; column: Column; rawValue: string | null; storedValue: string | null; rule: string };

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const link = z.url({ protocol: /^https?$/ }).refine((u) => !u.includes("@"), "holds an e-mail address").nullable();

/** One row after repair: what the database stores for it. */
export const ParsedRowSchema = z.object({
  rowNumber: z.number().int().min(2),
  state: z.string().regex(/^[A-Z]{2}$/),
  agencyName: z.string().min(1).max(300),
  nameKey: z.string().min(1),
  agencyType: z.enum(["COUNTY", "MUNICIPALITY", "STATE_AGENCY", "OTHER"]).nullable(),
  county: z.string().min(1).max(200).nullable(),
  model: z.enum(MODELS).nullable(),
  signedOn: isoDate.nullable(),
  moaUrl: link,
  addendumUrl: link,
});
export type ParsedRow = z.infer<typeof ParsedRowSchema>;

export type ParsedList = {
  kind: ListKind;
  archived: boolean;
  rows: ParsedRow[];
  repairs: RepairRecord[];
};

const TYPE_TEXT: Record<string, AgencyTypeCode> = {
  COUNTY: "COUNTY",
  MUNICIPALITY: "MUNICIPALITY",
  "STATE AGENCY": "STATE_AGENCY",
  OTHER: "OTHER",
};
const PLACEHOLDERS = new Set(["#NA", "#N/A", "N/A", "NA", "COUNTY", "NONE", "-"]);

function text(c: Cell | undefined): string {
  if (!c || c.value == null) return "";
  return c.value instanceof Date ? isoDay(c.value) : String(c.value);
}

const ROW_MEMO = new Map<string, { row: ParsedRow; repairs: RepairRecord[] }>();
const ROW_MEMO_MAX = 50_000;

/** Turns a read sheet into validated rows and the ledger of repairs, or rejects the whole file. */
export function parseSheet(sheet: Sheet, file: string): ParsedList {
  const at = new Map<Column, number>();
  sheet.header.forEach((h, i) => {
    if (h === "") return;
    if (!(COLUMNS as readonly string[]).includes(h)) throw new ImportRejected(file, `unexpected column "${h}" in the header`, 1);
    if (at.has(h as Column)) throw new ImportRejected(file, `column "${h}" appears twice in the header`, 1);
    at.set(h as Column, i);
  });
  for (const required of ["STATE", "LAW ENFORCEMENT AGENCY", "SUPPORT TYPE"] as const) {
    if (!at.has(required)) {
      const found = sheet.header.filter(Boolean).join(", ") || "nothing";
      throw new ImportRejected(file, `not an ICE 287(g) list: the header has no ${required} column (found: ${found})`, 1);
    }
  }
  // The list kind comes from the header, never from the file name (ICE swapped its two files on 2025-09-22).
  const kind: ListKind = at.has("SIGNED") ? "PARTICIPATING" : "PENDING";
  if (kind === "PARTICIPATING" && sheet.rows.length === 0) throw new ImportRejected(file, "the participating list has no rows");

  const repairs: RepairRecord[] = [];
  const rows: ParsedRow[] = [];
  const get = (cells: Cell[], col: Column) => (at.has(col) ? cells[at.get(col)!] : undefined);

  // ICE's lists repeat most of their rows from one list to the next: a row read once (same cells, same columns)
  // is not validated again in this process.
  const layout = `${kind}|${sheet.header.join("\t")}|`;
  for (const { rowNumber, cells } of sheet.rows) {
    let key = layout;
    for (const c of cells) key += `${c.value instanceof Date ? `D${c.value.getTime()}` : typeof c.value === "number" ? `N${c.value}` : c.value === null ? "" : `S${c.value}`}\u0001${c.hyperlink ?? ""}\u0002`;
    const known = ROW_MEMO.get(key);
    if (known) {
      rows.push({ ...known.row, rowNumber });
      for (const r of known.repairs) repairs.push({ ...r, rowNumber });
      continue;
    }
    const repairsBefore = repairs.length;
    const fail = (column: Column, reason: string): never => {
      throw new ImportRejected(file, reason, rowNumber, column);
    };
    const repair = (column: Column, raw: string | null, stored: string | null, rule: string) =>
      repairs.push({ rowNumber, column, rawValue: raw, storedValue: stored, rule });

    const stateRaw = text(get(cells, "STATE"));
    const state = stateFromIceText(stateRaw);
    if (!state) fail("STATE", stateRaw.trim() ? `unknown state "${stateRaw.trim()}"` : "STATE is empty");
    if (!state!.exact) repair("STATE", stateRaw, state!.code, "state name misspelled or not in capitals");

    let agencyName = cleanText(text(get(cells, "LAW ENFORCEMENT AGENCY")));
    if (!agencyName) fail("LAW ENFORCEMENT AGENCY", "agency name is empty");
    const fixedName = AGENCY_NAME_FIXES[`${state!.code}|${agencyName}`];
    if (fixedName) {
      repair("LAW ENFORCEMENT AGENCY", agencyName, fixedName, "agency name misspelled (the same agency appears correctly spelled in other lists)");
      agencyName = fixedName;
    }

    let agencyType: AgencyTypeCode | null = null;
    if (at.has("TYPE")) {
      const raw = cleanText(text(get(cells, "TYPE")));
      const upper = raw.toUpperCase();
      if (TYPE_TEXT[upper]) agencyType = TYPE_TEXT[upper];
      else if (upper === "STATE") {
        agencyType = "STATE_AGENCY";
        repair("TYPE", raw, "State Agency", "agency type variant");
      } else if (raw === "" || PLACEHOLDERS.has(upper)) {
        if (raw) repair("TYPE", raw, null, "placeholder in place of an agency type");
      } else {
        agencyType = "OTHER";
        repair("TYPE", raw, "Other", "unknown agency type");
      }
    }

    let county: string | null = null;
    if (at.has("COUNTY")) {
      const raw = cleanText(text(get(cells, "COUNTY")));
      if (raw && PLACEHOLDERS.has(raw.toUpperCase())) repair("COUNTY", raw, null, "placeholder in place of a county");
      else county = raw || null;
      // "Pulaksi County" (AR), "Lake Conty" (FL): one edit from exactly one county of the state, or reviewed.
      const match = county ? matchCounty(state!.code, county) : null;
      if (match?.status === "repaired") {
        repair("COUNTY", raw, match.county.label, match.rule);
        county = match.county.label;
      }
    }

    const supportRaw = cleanText(text(get(cells, "SUPPORT TYPE")));
    let model: ModelCode | null = null;
    if (supportRaw) {
      model = modelFromSupportType(supportRaw);
      if (!model) fail("SUPPORT TYPE", `unknown 287(g) model "${supportRaw.slice(0, 60)}"`);
      if (supportRaw !== MODEL_ICE_SPELLING[model!]) repair("SUPPORT TYPE", supportRaw, MODEL_ICE_SPELLING[model!], "model name misspelled");
    } else if (kind === "PARTICIPATING") {
      fail("SUPPORT TYPE", "SUPPORT TYPE is empty");
    }

    let signedOn: string | null = null;
    if (at.has("SIGNED")) {
      const cell = get(cells, "SIGNED");
      const r = parseSignedDate(cell?.value ?? null);
      // ICE left one agreement's SIGNED empty in its participating lists of 2025-12-02 to 2025-12-05; the
      // agreement's date is then the one its other lists give.
      if ("error" in r && text(cell).trim() === "") repair("SIGNED", null, null, "SIGNED left empty");
      else if ("error" in r) fail("SIGNED", r.error);
      else {
        signedOn = r.date;
        if (r.rule) repair("SIGNED", text(cell), r.date, r.rule);
      }
    }

    const linkOf = (column: "MOA" | "ADDENDUM"): string | null => {
      const cell = get(cells, column);
      if (!cell) return null;
      // ICE writes "link" with a cell hyperlink; the archived-page tables write the URL itself.
      const raw = cell.hyperlink ?? (/^https?:\/\//i.test(text(cell).trim()) ? text(cell).trim() : null);
      const { url, rule } = cleanLink(raw);
      if (rule) repair(column, raw && linkForLedger(raw), url, rule);
      return url;
    };
    const moaUrl = linkOf("MOA");
    const addendumUrl = linkOf("ADDENDUM");

    const row = {
      rowNumber,
      state: state!.code,
      agencyName,
      nameKey: foldName(agencyName, "agency"),
      agencyType,
      county,
      model,
      signedOn,
      moaUrl,
      addendumUrl,
    };
    const checked = ParsedRowSchema.safeParse(row);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const field = String(issue.path[0] ?? "");
      const column = (
        { state: "STATE", agencyName: "LAW ENFORCEMENT AGENCY", nameKey: "LAW ENFORCEMENT AGENCY", agencyType: "TYPE", county: "COUNTY", model: "SUPPORT TYPE", signedOn: "SIGNED", moaUrl: "MOA", addendumUrl: "ADDENDUM" } as Record<string, Column>
      )[field];
      fail(column ?? "STATE", issue.message);
    }
    rows.push(checked.data!);
    if (ROW_MEMO.size >= ROW_MEMO_MAX) ROW_MEMO.clear();
    ROW_MEMO.set(key, { row: checked.data!, repairs: repairs.slice(repairsBefore) });
  }

  const links = rows.map((r) => r.moaUrl).filter((u): u is string => u != null);
  const archived = links.length > 0 && links.every((u) => u.startsWith("https://web.archive.org/"));
  return { kind, archived, rows, repairs };
}
