import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readSheet } from "../../../lib/ingest/workbook";
import { readSheetWithLibrary } from "../../../lib/ingest/workbook-library";
import { manifest, SEED } from "../../helpers/source-files";

// The shipped lists are read by a fast reader of their XML; every other file by a general spreadsheet library.
// The fast reader must read the shipped files cell for cell as the library does: a sample across the whole period
// (every twentieth list of each kind, the first and last, and every quirk file).
const xlsx = manifest().filter((m) => m.file.endsWith(".xlsx"));
const byKind = (kind: string) => xlsx.filter((m) => m.kind === kind && !m.file.startsWith("quirks/"));
const sample = [
  ...["participating", "pending"].flatMap((k) => byKind(k).filter((_, i, all) => i % 20 === 0 || i === all.length - 1)),
  ...xlsx.filter((m) => m.file.startsWith("quirks/")),
];

describe("the fast reader of the shipped lists", () => {
  it("has a sample across the period", () => expect(sample.length).toBeGreaterThan(20));
  it.each(sample.map((m) => [m.file]))("reads %s as the spreadsheet library does", async (file) => {
    const bytes = readFileSync(path.join(SEED, file));
    expect(await readSheet(bytes)).toEqual(await readSheetWithLibrary(bytes));
  });
});
