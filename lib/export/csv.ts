import { stringify } from "csv-stringify/sync";

export type Column<R> = { header: string; value: (row: R) => string | number | null };

const FORMULA_START = /^[=+\-@\t\r]/;

/** A spreadsheet would run a cell that starts like a formula; a leading apostrophe makes it plain text. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * CSV that Excel opens cleanly: UTF-8 byte-order mark, a first comment line citing the source, RFC 4180 quoting,
 * CRLF line ends, and no cell that a spreadsheet would run as a formula.
 */
export function toCsv<R>(source: string, columns: Column<R>[], rows: R[]): string {
  const body = stringify(
    [columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => c.value(r)))],
    {
      record_delimiter: "\r\n",
      // Leading or trailing spaces, and any CR or LF: csv-stringify quotes a CRLF record delimiter inside a value, but
      // not a lone CR or LF, which a reader would take as the end of the row.
      quoted_match: [/^\s|\s$/, /[\r\n]/],
      cast: { string: (s) => neutralizeFormula(s), number: (n) => String(n) },
    },
  );
  return `\uFEFF# Source: ${source.replace(/[\r\n]+/g, " ")}\r\n${body}`;
}
