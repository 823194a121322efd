// Reads the shipped ICE files and their reference counts independently of the importer, so tests compare the
// database with the source, not with the code under test.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";

export const ROOT = path.join(import.meta.dirname, "../..");
export const SEED = path.join(ROOT, "prisma/seed/ice");

export type ManifestRow = {
  file: string;
  kind: string;
  published: string;
  ice_file_name: string;
  rows: string;
  sha256: string;
  origin: string;
  same_day_order: string;
  jail_enforcement: string;
  task_force: string;
  warrant_service_officer: string;
};
export const manifest = (): ManifestRow[] => parse(readFileSync(path.join(SEED, "manifest.csv")), { columns: true });

export type ReferenceRow = { list_in_file: string; ice_file_name: string; rows: string; JEM: string; TFM: string; WSO: string; states: string; max_signed: string };
export const reference = (): ReferenceRow[] => parse(readFileSync(path.join(ROOT, "tests/reference/ice_file_counts.csv")), { columns: true });

// The state misspellings the data's own notes list (and the two of the daily pending files, MCHIGAN and
// WEST VIRIGINA), written out here rather than taken from the importer.
const STATE_SPELLING: Record<string, string> = {
  PENNSLYVANIA: "PENNSYLVANIA",
  "WEST VIRIGINIA": "WEST VIRGINIA",
  UTAHJ: "UTAH",
  MCHIGAN: "MICHIGAN",
  "WEST VIRIGINA": "WEST VIRGINIA",
};

export type RawRow = { state: string; support: string; agency: string; county: string; type: string };

/** The data rows of a file as ICE wrote them: state upper-cased and trimmed, the other cells trimmed. */
export const rawRows = (file: string): Promise<RawRow[]> => rawRecords(file);

/** Model by keyword, the way the reference counts were made. */
export function modelOf(support: string): "JEM" | "TFM" | "WSO" | null {
  const t = support.toLowerCase();
  if (t.includes("jail")) return "JEM";
  if (t.includes("task")) return "TFM";
  if (t.includes("warrant")) return "WSO";
  return null;
}

export type RawRecord = RawRow & { signed: string; moa: string };

/** The data rows with SIGNED (a date as YYYY-MM-DD, text as written) and MOA (the cell's link, or its text) too. */
export async function rawRecords(file: string): Promise<RawRecord[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  const header = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? "").trim());
  const col = (name: string) => header.indexOf(name);
  const out: RawRecord[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const v = row.values as unknown[];
    if (!v.some((x) => x != null && String(x).trim() !== "")) return;
    const cell = (i: number): string => {
      if (i < 0) return "";
      const x = v[i];
      if (x instanceof Date) return x.toISOString().slice(0, 10);
      if (x && typeof x === "object") {
        const o = x as { hyperlink?: string; text?: unknown };
        return String(o.hyperlink ?? o.text ?? "").trim();
      }
      return x == null ? "" : String(x).trim();
    };
    const state = cell(col("STATE")).toUpperCase();
    out.push({
      state: STATE_SPELLING[state] ?? state,
      support: cell(col("SUPPORT TYPE")),
      agency: cell(col("LAW ENFORCEMENT AGENCY")),
      county: cell(col("COUNTY")),
      type: cell(col("TYPE")),
      signed: cell(col("SIGNED")),
      moa: cell(col("MOA")),
    });
  });
  return out;
}
