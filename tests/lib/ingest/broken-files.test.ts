// A corpus of broken files: each is refused with a message naming the file (and the row and column where
// there is one), and the database is exactly as it was.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportRejected } from "../../../lib/ingest/errors";
import { importFile } from "../../../lib/ingest/import";
import { emptyDatabase, tableCounts, type TestDatabase } from "../../helpers/database";
import { SEED } from "../../helpers/source-files";

const REAL = path.join(SEED, "participating/participating_2025-02-21.xlsx");
let t: TestDatabase;
let dir: string;

/** A copy of a real ICE file with one cell changed (header row is 1; columns by ICE's header name). */
async function realWith(name: string, row: number, column: string, value: ExcelJS.CellValue) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(REAL);
  const ws = wb.worksheets[0];
  const col = (ws.getRow(1).values as unknown[]).findIndex((v) => String(v ?? "").trim() === column);
  ws.getRow(row).getCell(col).value = value;
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

beforeAll(async () => {
  t = await emptyDatabase();
  await importFile(t.db, path.join(SEED, "participating/participating_2025-12-30.xlsx"));
  dir = await mkdtemp(path.join(tmpdir(), "broken-ice-"));
  const real = await readFile(REAL);
  await writeFile(path.join(dir, "empty.xlsx"), "");
  await writeFile(path.join(dir, "truncated.xlsx"), real.subarray(0, Math.floor(real.length / 2)));
  await writeFile(path.join(dir, "not-a-spreadsheet.xlsx"), "STATE,LAW ENFORCEMENT AGENCY\nTEXAS,Somewhere\n");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.addRow(["NAME", "CITY", "SIGNED"]);
  ws.addRow(["Someone", "Somewhere", new Date()]);
  await wb.xlsx.writeFile(path.join(dir, "wrong-header.xlsx"));
  const header = new ExcelJS.Workbook();
  header.addWorksheet("Sheet1").addRow(["STATE", "LAW ENFORCEMENT AGENCY", "TYPE", "SUPPORT TYPE", "SIGNED", "MOA"]);
  await header.xlsx.writeFile(path.join(dir, "header-only.xlsx"));
  await realWith("impossible-date.xlsx", 5, "SIGNED", "02/30/2025");
  await realWith("year-1900.xlsx", 7, "SIGNED", new Date(Date.UTC(1900, 0, 1)));
  await realWith("unknown-state.xlsx", 9, "STATE", "ATLANTIS");
  await realWith("unknown-model.xlsx", 11, "SUPPORT TYPE", "Border Patrol Model");
  await realWith("no-agency.xlsx", 13, "LAW ENFORCEMENT AGENCY", "   ");
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

const cases: [string, RegExp][] = [
  ["empty.xlsx", /^empty\.xlsx: not a readable \.xlsx file/],
  ["truncated.xlsx", /^truncated\.xlsx: not a readable \.xlsx file/],
  ["not-a-spreadsheet.xlsx", /^not-a-spreadsheet\.xlsx: not a readable \.xlsx file/],
  ["wrong-header.xlsx", /^wrong-header\.xlsx: row 1: unexpected column "NAME"/],
  ["header-only.xlsx", /^header-only\.xlsx: the participating list has no rows/],
  ["impossible-date.xlsx", /^impossible-date\.xlsx: row 5, column SIGNED: impossible date "02\/30\/2025"/],
  ["year-1900.xlsx", /^year-1900\.xlsx: row 7, column SIGNED: impossible date 1900-01-01/],
  ["unknown-state.xlsx", /^unknown-state\.xlsx: row 9, column STATE: unknown state "ATLANTIS"/],
  ["unknown-model.xlsx", /^unknown-model\.xlsx: row 11, column SUPPORT TYPE: unknown 287\(g\) model "Border Patrol Model"/],
  ["no-agency.xlsx", /^no-agency\.xlsx: row 13, column LAW ENFORCEMENT AGENCY: agency name is empty/],
  ["does-not-exist.xlsx", /^does-not-exist\.xlsx: cannot read the file \(ENOENT\)/],
];

describe("broken files", () => {
  it.each(cases)("%s is refused and nothing is written", async (name, message) => {
    const before = await tableCounts(t.db);
    const err = await importFile(t.db, path.join(dir, name), { publishedOn: "2026-06-01" }).catch((e) => e);
    expect(err).toBeInstanceOf(ImportRejected);
    expect((err as Error).message).toMatch(message);
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it("the database still serves the list it had", async () => {
    const snaps = await t.db.snapshot.findMany();
    expect(snaps.map((s) => s.fileName)).toEqual(["participating_2025-12-30.xlsx"]);
  });
});
