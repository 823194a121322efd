// What a spreadsheet user gets from a CSV download.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { toCsv, type Column } from "../../../lib/export/csv";

type Row = { name: string; n: number | null };
const columns: Column<Row>[] = [
  { header: "name", value: (r) => r.name },
  { header: "n", value: (r) => r.n },
];

const read = (csv: string) => parse(csv.slice(1), { relax_column_count: true }) as string[][];

describe("CSV downloads", () => {
  it("start with a byte-order mark and a comment line citing the source", () => {
    const csv = toCsv("ICE participating list published 2026-05-18 (file participatingAgencies05182026am.xlsx)", columns, []);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split("\r\n")[0]).toBe("# Source: ICE participating list published 2026-05-18 (file participatingAgencies05182026am.xlsx)");
    expect(read(csv)[1]).toEqual(["name", "n"]);
  });

  it.each([
    ["=HYPERLINK(\"http://evil.example\",\"click\")"],
    ["+1+1"],
    ["-2+3"],
    ["@SUM(A1:A9)"],
    ["\tcmd"],
    ["\rcmd"],
  ])("a cell starting like a formula (%j) is neutralised with an apostrophe, and reads back whole", (value) => {
    const rows = read(toCsv("test", columns, [{ name: value, n: 1 }]));
    expect(rows[2][0]).toBe(`'${value}`);
  });

  it("quotes commas, quotes and line breaks per RFC 4180, and keeps ordinary text and numbers as they are", () => {
    const tricky = { name: 'Rappahannock, Shenandoah, Warren "Regional"\nJail', n: -5 };
    const csv = toCsv("test", columns, [tricky, { name: "Etowah County Sheriff's Office", n: null }]);
    expect(csv).toContain('"Rappahannock, Shenandoah, Warren ""Regional""\nJail"');
    const rows = read(csv);
    expect(rows[2]).toEqual([tricky.name, "-5"]);
    expect(rows[3]).toEqual(["Etowah County Sheriff's Office", ""]);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it.each([["a\n=1"], ["a\r=1"], ["a\r\n=1"], ["line one\nline two"]])(
    "a value with a line break (%j) is quoted, so it stays one cell and cannot start a row or a formula",
    (value) => {
      const csv = toCsv("test", columns, [{ name: value, n: 1 }, { name: "next", n: 2 }]);
      expect(csv).toContain(`"${value}",1\r\n`);
      expect(read(csv).slice(2)).toEqual([[value, "1"], ["next", "2"]]);
    },
  );

  it("a source with a line break cannot start a second line", () => {
    expect(toCsv("a\r\n=b", columns, []).split("\r\n")[0]).toBe("\uFEFF# Source: a =b");
  });
});
