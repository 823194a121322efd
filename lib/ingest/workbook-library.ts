// Reads the first worksheet of an .xlsx file with a general spreadsheet library (exceljs): the reader of every file
// the shipped manifest does not know (a list the fetcher brings, a file given to `npm run import`), whatever XML
// it was written with. The fast reader (workbook.ts) reads the shipped files, where a test shows the two agree.
import ExcelJS from "exceljs";
import type { Cell, Sheet, SheetRow } from "./workbook";

function toCell(v: ExcelJS.CellValue): Cell {
  if (v == null) return { value: null, hyperlink: null };
  if (v instanceof Date || typeof v === "number" || typeof v === "string") return { value: v, hyperlink: null };
  if (typeof v === "boolean") return { value: String(v), hyperlink: null };
  if ("error" in v) return { value: null, hyperlink: null }; // "#N/A" error cells, seen in COUNTY
  if ("richText" in v) {
    const text = v.richText.map((r) => r.text).join("");
    return { value: text, hyperlink: "hyperlink" in v && typeof v.hyperlink === "string" ? v.hyperlink : null };
  }
  if ("hyperlink" in v) {
    const text = typeof v.text === "string" ? v.text : toCell(v.text as ExcelJS.CellValue).value;
    return { value: text ?? null, hyperlink: v.hyperlink ?? null };
  }
  if ("formula" in v || "sharedFormula" in v) {
    const result = (v as ExcelJS.CellFormulaValue).result;
    return toCell(result instanceof Date || typeof result !== "object" ? (result as ExcelJS.CellValue) : null);
  }
  return { value: null, hyperlink: null };
}

function isBlank(c: Cell): boolean {
  return c.hyperlink == null && (c.value == null || (typeof c.value === "string" && c.value.trim() === ""));
}

/** Reads the first worksheet of an xlsx file: header from row 1, then every non-empty row. Throws on a non-xlsx. */
export async function readSheetWithLibrary(data: Buffer | Uint8Array): Promise<Sheet> {
  const wb = new ExcelJS.Workbook();
  // exceljs's typings predate Node's generic Buffer; the bytes are what it reads.
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  if (!ws) return { sheetName: "", header: [], rows: [] };
  const width = ws.columnCount;
  const headerRow = ws.getRow(1);
  const header: string[] = [];
  for (let c = 1; c <= width; c++) {
    const v = toCell(headerRow.getCell(c).value).value;
    header.push(v == null ? "" : String(v).trim().replace(/\s+/g, " ").toUpperCase());
  }
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) cells.push(toCell(row.getCell(c).value));
    if (cells.every(isBlank)) return; // ICE's sheet ref runs up to ~75 rows past the data
    rows.push({ rowNumber, cells });
  });
  return { sheetName: ws.name, header, rows };
}
