// ICE's publishing errors, with the original files: swapped names, a year typo in a name, and dates the
// importer must be told.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importFile } from "../../../lib/ingest/import";
import { emptyDatabase, tableCounts, type TestDatabase } from "../../helpers/database";
import { manifest, reference, SEED } from "../../helpers/source-files";

let t: TestDatabase;
beforeAll(async () => {
  t = await emptyDatabase();
});
afterAll(async () => t?.close());

const ref = (name: string) => reference().find((r) => r.ice_file_name === name)!;
const quirk = (name: string) => path.join(SEED, "quirks", name);

async function modelCounts(snapshotId: number) {
  const obs = await t.db.observation.findMany({ where: { snapshotId }, select: { model: true } });
  const n = (m: string) => obs.filter((o) => o.model === m).length;
  return { rows: obs.length, JEM: n("JAIL_ENFORCEMENT"), TFM: n("TASK_FORCE"), WSO: n("WARRANT_SERVICE_OFFICER") };
}

describe("files whose names lie", () => {
  it("a 'pending' file that holds the participating list is imported as the participating list", async () => {
    const name = "pendingAgencies09222025pm.xlsx";
    const r = ref(name);
    expect(r.list_in_file).toBe("participating");
    const out = await importFile(t.db, quirk(name), { publishedOn: "2025-09-22" });
    expect(out.kind).toBe("PARTICIPATING");
    expect(await modelCounts(out.snapshotId)).toEqual({ rows: Number(r.rows), JEM: Number(r.JEM), TFM: Number(r.TFM), WSO: Number(r.WSO) });
  });

  it("a 'participating' file that holds the pending list is imported as the pending list", async () => {
    const name = "participatingAgencies09222025pm.xlsx";
    const r = ref(name);
    const out = await importFile(t.db, quirk(name), { publishedOn: "2025-09-22" });
    expect(out.kind).toBe("PENDING");
    expect((await modelCounts(out.snapshotId)).rows).toBe(Number(r.rows));
  });

  it("a file misdated in its name is dated by the day ICE served it, from the shipped manifest", async () => {
    const name = "participatingAgencies01052025pm.xlsx";
    const out = await importFile(t.db, quirk(name));
    expect(out.publishedOn).toBe(manifest().find((m) => m.file === "participating/participating_2026-01-05.xlsx")!.published);
    expect(out.publishedOn).toBe("2026-01-05");
  });

  it("a file with no known date is refused until --published gives one, then imported under that date", async () => {
    // Every ICE file of the period is shipped, so the same list in bytes of its own (unzipped and zipped again, as a
    // re-saved copy would be) stands in for a file the manifest does not know.
    const name = "participatingAgencies01052025pm.xlsx";
    const dir = mkdtempSync(path.join(tmpdir(), "quirk-"));
    const copy = path.join(dir, name);
    writeFileSync(copy, zipSync(unzipSync(readFileSync(quirk(name))), { level: 9 }));
    const before = await tableCounts(t.db);
    await expect(importFile(t.db, copy)).rejects.toThrow(/participatingAgencies01052025pm\.xlsx: .*--published/);
    expect(await tableCounts(t.db)).toEqual(before);

    const out = await importFile(t.db, copy, { publishedOn: "2026-01-06" });
    expect(out.publishedOn).toBe("2026-01-06");
    const r = ref(name);
    expect(await modelCounts(out.snapshotId)).toEqual({ rows: Number(r.rows), JEM: Number(r.JEM), TFM: Number(r.TFM), WSO: Number(r.WSO) });
  });

  it("a malformed --published date is refused", async () => {
    for (const bad of ["2025-13-45", "2025-02-30", "last week"]) {
      await expect(importFile(t.db, quirk("participatingAgencies08022025pm.xlsx"), { publishedOn: bad })).rejects.toThrow(/is not a date/);
    }
  });
});
