// Reads the first worksheet of an .xlsx file: the zip archive is opened with fflate and the few XML parts a list
// needs (workbook, relationships, styles, shared strings, the sheet) are scanned directly. ICE's lists are plain
// tables, so this reads exactly what a general spreadsheet library reads from them (the tests read every shipped
// file with exceljs and compare), about ten times faster, which is what lets the whole daily history import on
// first start.
import { unzipSync } from "fflate";

/** One cell as the importer sees it: its plain value and, where the cell carries one, its hyperlink. */
export type Cell = { value: string | number | Date | null; hyperlink: string | null };
export type SheetRow = { rowNumber: number; cells: Cell[] };
export type Sheet = { sheetName: string; header: string[]; rows: SheetRow[] };

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML character data with its entities decoded. */
function unescapeXml(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITY[e],
  );
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : null;
}

/** The text of an <si> or <is>: every <t> run, phonetic guides (<rPh>) left out. */
function textOf(xml: string): string {
  let out = "";
  for (const m of xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) out += unescapeXml(m[1] ?? "");
  return out;
}

// Number formats that make a number a date, as spreadsheet readers decide: y, m, d, h, s (or b) outside quotes
// and brackets; Excel's built-in formats 14-22 and 45-47 are dates.
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
const isDateFormat = (code: string) => /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));

/** For each cell style index (a cell's s="…"), whether numbers in it are dates. */
function dateStyles(xml: string | null): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\s[^>]*>/g)) {
    const id = attr(m[0], "numFmtId");
    const code = attr(m[0], "formatCode");
    if (id != null && code != null) custom.set(Number(id), code);
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  return [...xfs.matchAll(/<xf\s[^>]*?\/?>/g)].map((m) => {
    const id = Number(attr(m[0], "numFmtId") ?? 0);
    const code = custom.get(id);
    return code != null ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id);
  });
}

/** Relationship id → target, from a .rels part. */
function relationships(xml: string | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of (xml ?? "").matchAll(/<Relationship\s[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target != null) out.set(id, target);
  }
  return out;
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

const excelToDate = (serial: number, date1904: boolean) => new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));

/** Reads the first worksheet of an xlsx file: header from row 1, then every non-empty row. Throws on a non-xlsx. */
export async function readSheet(data: Buffer | Uint8Array): Promise<Sheet> {
  // Only the workbook's own XML parts are inflated (not its theme, printer settings or properties).
  const parts = unzipSync(data instanceof Uint8Array ? data : new Uint8Array(data), { filter: (f) => f.name.startsWith("xl/") && !f.name.startsWith("xl/theme/") && !f.name.startsWith("xl/printerSettings/") });
  // XML reads every line break as \n (a CR LF in a cell is one \n, as in any XML reader).
  const part = (name: string) => (parts[name] ? Buffer.from(parts[name].buffer, parts[name].byteOffset, parts[name].byteLength).toString("utf8").replace(/\r\n?/g, "\n") : null);
  const workbook = part("xl/workbook.xml");
  if (workbook == null) throw new Error("the zip archive holds no Excel workbook (xl/workbook.xml)");

  const first = /<sheet\s[^>]*>/.exec(workbook);
  if (!first) return { sheetName: "", header: [], rows: [] };
  const target = relationships(part("xl/_rels/workbook.xml.rels")).get(attr(first[0], "r:id") ?? "") ?? "worksheets/sheet1.xml";
  const sheetPath = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  const sheetXml = part(sheetPath);
  if (sheetXml == null) throw new Error(`the workbook's first sheet (${sheetPath}) is missing`);
  const date1904 = /<workbookPr\s[^>]*date1904="(1|true)"/.test(workbook);

  const strings = [...(part("xl/sharedStrings.xml") ?? "").matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => textOf(m[1] ?? ""));
  const isDate = dateStyles(part("xl/styles.xml"));
  const slash = sheetPath.lastIndexOf("/");
  const sheetRels = relationships(part(`${sheetPath.slice(0, slash)}/_rels/${sheetPath.slice(slash + 1)}.rels`));
  const links = new Map<string, string>();
  for (const m of sheetXml.matchAll(/<hyperlink\s[^>]*>/g)) {
    const ref = attr(m[0], "ref");
    const id = attr(m[0], "r:id");
    const to = id ? sheetRels.get(id) : undefined;
    if (ref && to != null) links.set(ref, to);
  }

  // Rows as the sheet holds them; a row counts when one of its cells has a value.
  const read: { rowNumber: number; cells: Map<number, Cell>; width: number }[] = [];
  const data_ = /<sheetData\b[^>]*>([\s\S]*)<\/sheetData>/.exec(sheetXml)?.[1] ?? "";
  for (const rm of data_.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rowNumber = Number(/\sr="(\d+)"/.exec(rm[1])?.[1] ?? read.length + 1);
    const cells = new Map<number, Cell>();
    let width = 0;
    let hasValue = false;
    let next = 1;
    for (const cm of (rm[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = cm[1];
      const ref = /\sr="([A-Z]+)\d*"/.exec(attrs)?.[1];
      const col = ref ? columnIndex(ref) : next;
      next = col + 1;
      width = Math.max(width, col);
      const type = /\st="([^"]*)"/.exec(attrs)?.[1] ?? "n";
      const style = Number(/\ss="(\d+)"/.exec(attrs)?.[1] ?? 0);
      const body = cm[2] ?? "";
      const v = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let value: Cell["value"] = null;
      if (type === "inlineStr") {
        const is = /<is>([\s\S]*?)<\/is>/.exec(body)?.[1];
        value = is == null ? null : textOf(is);
      } else if (v != null) {
        if (type === "s") value = strings[Number(v)] ?? null;
        else if (type === "str") value = unescapeXml(v);
        else if (type === "b") value = v === "1" ? "true" : "false";
        else if (type === "e") value = null; // "#N/A" error cells, seen in COUNTY
        else {
          const n = parseFloat(v);
          value = isDate[style] ? excelToDate(n, date1904) : n;
        }
      }
      const hyperlink = links.get(`${ref ?? ""}${rowNumber}`) ?? null;
      if (value != null || hyperlink != null || !/\ss="/.test(attrs)) hasValue = true;
      cells.set(col, { value, hyperlink });
    }
    if (hasValue) read.push({ rowNumber, cells, width });
  }

  const width = Math.max(0, ...read.map((r) => r.width));
  const cellsOf = (r: (typeof read)[number]) => Array.from({ length: width }, (_, i) => r.cells.get(i + 1) ?? { value: null, hyperlink: null });
  const headerRow = read.find((r) => r.rowNumber === 1);
  const header = headerRow
    ? cellsOf(headerRow).map((c) => (c.value == null ? "" : String(c.value).trim().replace(/\s+/g, " ").toUpperCase()))
    : Array.from({ length: width }, () => "");
  const rows: SheetRow[] = [];
  for (const r of read) {
    if (r.rowNumber === 1) continue;
    const cells = cellsOf(r);
    if (cells.every(isBlank)) continue; // ICE's sheet ref runs up to ~75 rows past the data
    rows.push({ rowNumber: r.rowNumber, cells });
  }
  return { sheetName: attr(first[0], "name") ?? "", header, rows };
}

function isBlank(c: Cell): boolean {
  return c.hyperlink == null && (c.value == null || (typeof c.value === "string" && c.value.trim() === ""));
}
