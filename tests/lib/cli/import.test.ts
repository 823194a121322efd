// The import command as a user runs it: what it prints, its exit code, and that a refused file changes nothing.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyDatabase, tableCounts, type TestDatabase } from "../../helpers/database";
import { manifest, ROOT, SEED } from "../../helpers/source-files";

const run = promisify(execFile);
let t: TestDatabase;
let dir: string;

async function importCmd(...args: string[]) {
  try {
    const r = await run(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "lib/cli/import.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: t.url },
    });
    return { code: 0, out: r.stdout, err: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout, err: x.stderr };
  }
}

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
