// What a spreadsheet user gets from a CSV download.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { toCsv, type Column } from "../../../lib/export/csv";

type Row = { name: string; n: number | null };
const columns: Column<Row>[] = [
  { header: "name", value: (r) => r.name },
  { header: "n", value: (r) => r.n },
];

const read = (csv: string) => parse(csv.slice(1)) as string[][];
const ctx = { origin: "https://example.org" };

describe("CSV downloads", () => {
  it("start with a byte-order mark and the header in row 1, and every row cites its source in a last column", () => {
    const source = "ICE participating list published 2026-05-18 (file participatingAgencies05182026am.xlsx)";
    const csv = toCsv(source, columns, [{ name: "a", n: 1 }, { name: "b", n: 2 }], ctx);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    // What pandas and R read as the header: the first line, whole.
    expect(csv.slice(1).split("\r\n")[0]).toBe("name,n,source");
    expect(read(csv)).toEqual([["name", "n", "source"], ["a", "1", source], ["b", "2", source]]);
    expect(parse(csv, { bom: true, columns: true })).toEqual([{ name: "a", n: "1", source }, { name: "b", n: "2", source }]);
  });

  it("gives each column the site's origin, for absolute links", () => {
    const linked: Column<Row>[] = [{ header: "page", value: (r, c) => `${c.origin}/agencies/${r.name}` }];
    expect(read(toCsv("test", linked, [{ name: "al-etowah", n: 1 }], ctx))[1][0]).toBe("https://example.org/agencies/al-etowah");
  });

  it.each([
    ["=HYPERLINK(\"http://evil.example\",\"click\")"],
    ["+1+1"],
    ["-2+3"],
    ["@SUM(A1:A9)"],
    ["\tcmd"],
    ["\rcmd"],
  ])("a cell starting like a formula (%j) is neutralised with an apostrophe, and reads back whole", (value) => {
    const rows = read(toCsv("test", columns, [{ name: value, n: 1 }], ctx));
    expect(rows[1][0]).toBe(`'${value}`);
  });

  it("quotes commas, quotes and line breaks per RFC 4180, and keeps ordinary text and numbers as they are", () => {
    const tricky = { name: 'Rappahannock, Shenandoah, Warren "Regional"\nJail', n: -5 };
    const csv = toCsv("test", columns, [tricky, { name: "Etowah County Sheriff's Office", n: null }], ctx);
    expect(csv).toContain('"Rappahannock, Shenandoah, Warren ""Regional""\nJail"');
    const rows = read(csv);
    expect(rows[1]).toEqual([tricky.name, "-5", "test"]);
    expect(rows[2]).toEqual(["Etowah County Sheriff's Office", "", "test"]);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it.each([["a\n=1"], ["a\r=1"], ["a\r\n=1"], ["line one\nline two"]])(
    "a value with a line break (%j) is quoted, so it stays one cell and cannot start a row or a formula",
    (value) => {
      const csv = toCsv("test", columns, [{ name: value, n: 1 }, { name: "next", n: 2 }], ctx);
      expect(csv).toContain(`"${value}",1,test\r\n`);
      expect(read(csv).slice(1)).toEqual([[value, "1", "test"], ["next", "2", "test"]]);
    },
  );

  it("a source with a line break or a formula start cannot start a row or a formula", () => {
    expect(read(toCsv("=a\r\nb", columns, [{ name: "x", n: 1 }], ctx))[1]).toEqual(["x", "1", "'=a b"]);
  });
});
