// Files imported out of date order give the same agreements, first-seen and last-seen as in date order.
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { importFile } from "../../../lib/ingest/import";
import { emptyDatabase, type TestDatabase } from "../../helpers/database";
import { manifest, modelOf, rawRows, SEED } from "../../helpers/source-files";

const FILES = [
  "participating/participating_2026-05-18.xlsx",
  "participating/participating_2025-02-21.xlsx",
  "archived/participating_2021-01-13.xlsx",
  "participating/participating_2025-12-31.xlsx",
];
const dateOf = (f: string) => manifest().find((m) => m.file === f)!.published;

let t: TestDatabase | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function importAndRead(order: string[]) {
  t = await emptyDatabase();
  for (const f of order) await importFile(t.db, path.join(SEED, f));
  const agreements = await t.db.agreement.findMany({
    include: { agency: true, firstSeenSnapshot: true, lastSeenSnapshot: true },
  });
  const result = agreements
    .map((a) => ({
      agency: a.agency.slug,
      name: a.agency.name,
      model: a.model,
      first: a.firstSeenSnapshot.publishedOn.toISOString().slice(0, 10),
      last: a.lastSeenSnapshot.publishedOn.toISOString().slice(0, 10),
      signed: a.signedOn?.toISOString().slice(0, 10),
      moa: a.moaUrl,
    }))
    .sort((x, y) => `${x.agency}|${x.model}`.localeCompare(`${y.agency}|${y.model}`));
  await t.close();
  t = undefined;
  return result;
}

describe("import order", () => {
  it("out of date order yields the same agreements as in date order", async () => {
    const shuffled = await importAndRead(FILES);
    const ordered = await importAndRead([...FILES].sort((a, b) => dateOf(a).localeCompare(dateOf(b))));
    expect(shuffled).toEqual(ordered);
  });

  it("first and last seen of a long-standing agency match the lists it appears on", async () => {
    const rows = await importAndRead(FILES);
    for (const model of ["JEM", "TFM"] as const) {
      const seenIn: string[] = [];
      for (const f of FILES) {
        const raw = await rawRows(path.join(SEED, f));
        if (raw.some((r) => r.agency === "Etowah County Sheriff's Office" && modelOf(r.support) === model)) seenIn.push(dateOf(f));
      }
      seenIn.sort();
      const code = model === "JEM" ? "JAIL_ENFORCEMENT" : "TASK_FORCE";
      const a = rows.find((r) => r.agency === "al-etowah-county-sheriffs-office" && r.model === code);
      expect(a, model).toBeDefined();
      expect(a!.first).toBe(seenIn[0]);
      expect(a!.last).toBe(seenIn.at(-1));
    }
  });
});
