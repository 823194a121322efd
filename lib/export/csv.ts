import { stringify } from "csv-stringify/sync";

/** What a column (or a JSON row) may need besides its row: the site's public origin, for absolute links. */
export type ExportContext = { origin: string };
export type Column<R> = { header: string; value: (row: R, context: ExportContext) => string | number | null };

const FORMULA_START = /^[=+\-@\t\r]/;

/** A spreadsheet would run a cell that starts like a formula; a leading apostrophe makes it plain text. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The last column of every download: the citation travels with each row, so a filtered or pasted row still names its list. */
export const SOURCE_HEADER = "source";

/**
 * CSV that pandas, R and Excel read as it is: UTF-8 byte-order mark, the header in row 1, the citation in a last
 * `source` column, RFC 4180 quoting, CRLF line ends, and no cell that a spreadsheet would run as a formula.
 */
export function toCsv<R>(source: string, columns: Column<R>[], rows: R[], context: ExportContext): string {
  const cite = source.replace(/[\r\n]+/g, " ");
  const body = stringify(
    [[...columns.map((c) => c.header), SOURCE_HEADER], ...rows.map((r) => [...columns.map((c) => c.value(r, context)), cite])],
    {
      record_delimiter: "\r\n",
      // Leading or trailing spaces, and any CR or LF: csv-stringify quotes a CRLF record delimiter inside a value, but
      // not a lone CR or LF, which a reader would take as the end of the row.
      quoted_match: [/^\s|\s$/, /[\r\n]/],
      cast: { string: (s) => neutralizeFormula(s), number: (n) => String(n) },
    },
  );
  return `\uFEFF${body}`;
}
