// The import command as a user runs it: what it prints, its exit code, and that a refused file changes nothing.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../helpers/cli";
import { emptyDatabase, tableCounts, type TestDatabase } from "../../helpers/database";
import { manifest, SEED } from "../../helpers/source-files";

let t: TestDatabase;
let dir: string;

const importCmd = (...args: string[]) => runCli("import.ts", args, { DATABASE_URL: t.url });

beforeAll(async () => {
  t = await emptyDatabase();
  dir = await mkdtemp(path.join(tmpdir(), "import-cli-"));
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("npm run import", () => {
  const m = manifest().find((x) => x.file === "pending/pending_2025-12-31.xlsx")!;
  const file = path.join(SEED, m.file);

  it("imports a shipped file under its manifest date and says how many rows", async () => {
    const r = await importCmd(file);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`imported the pending list of ${m.published}: ${m.rows} rows`);
  });

  it("a second import of the same file is a no-op and says so", async () => {
    const before = await tableCounts(t.db);
    const r = await importCmd(file);
    expect(r.code).toBe(0);
    expect(r.out).toContain("already imported");
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it("a file that is not a spreadsheet is refused with exit code 1, and nothing changes", async () => {
    const bad = path.join(dir, "participatingAgencies.xlsx");
    await writeFile(bad, "<html>Access denied</html>");
    const before = await tableCounts(t.db);
    const r = await importCmd(bad, "--published", "2026-06-01");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/rejected participatingAgencies\.xlsx: not a readable \.xlsx file .*the database was not changed/);
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it("without a file it prints its usage", async () => {
    const r = await importCmd();
    expect(r.code).toBe(1);
    expect(r.err).toContain("usage: npm run import");
  });
});
