import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { watchDataVersion, type VersionWatcher } from "../../../lib/db/version";
import { importFile } from "../../../lib/ingest/import";
import { emptyDatabase, type TestDatabase } from "../../helpers/database";
import { manifest, SEED } from "../../helpers/source-files";

// Every app server follows the data's version to know when what it keeps is out of date: an import from another
// connection (another process, in production) must reach it within seconds, and a refused import must not.

let t: TestDatabase;
beforeAll(async () => {
  t = await emptyDatabase();
});
afterAll(async () => t?.close());

const newest = manifest()
  .filter((m) => m.kind === "participating" && m.origin === "ice_spreadsheet")
  .sort((a, b) => a.published.localeCompare(b.published))
  .at(-1)!;

describe("the data's version", () => {
  it("changes, for a watcher on another connection, when a list is imported, and stays when nothing is written", async () => {
    const seen: string[] = [];
    const watcher: VersionWatcher = watchDataVersion(t.url, (v) => seen.push(v), 200);
    try {
      await expect.poll(() => seen.length, { timeout: 5_000 }).toBe(1);
      const before = watcher.current();
      await new Promise((r) => setTimeout(r, 500));
      expect(watcher.current()).toBe(before);

      await importFile(t.db, path.join(SEED, newest.file), { publishedOn: newest.published });
      await expect.poll(() => watcher.current(), { timeout: 5_000 }).not.toBe(before);
      const after = watcher.current();

      // The same file again is a no-op: nothing written, the version unchanged.
      await importFile(t.db, path.join(SEED, newest.file), { publishedOn: newest.published });
      await new Promise((r) => setTimeout(r, 600));
      expect(watcher.current()).toBe(after);
    } finally {
      await watcher.stop();
    }
  });

  it("changes when the stored changes of the lists change, whoever writes them", async () => {
    const [{ before }] = await t.db.$queryRaw<{ before: bigint }[]>`SELECT version AS before FROM data_version`;
    await t.db.$executeRaw`SELECT refresh_list_changes(array_agg(id)) FROM snapshot WHERE kind = 'PARTICIPATING'`;
    const [{ after }] = await t.db.$queryRaw<{ after: bigint }[]>`SELECT version AS after FROM data_version`;
    expect(after).toBeGreaterThan(before);
  });
});
