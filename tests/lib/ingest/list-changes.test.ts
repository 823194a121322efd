// The changes the importer stores (table list_change), list by list, against the two files themselves: a list's
// added and removed agreements are the set differences of its rows and the previous list's rows; re-dated and
// re-linked ones are on both with another SIGNED date or another MOA document.
import { describe, expect, it } from "vitest";
import { useSeededDataLayerDatabase } from "../../helpers/database";
import { keysOf, minus, participatingFiles, recordsOf, rowKey } from "../../helpers/raw-keys";
import type { ManifestRow } from "../../helpers/source-files";

const db = useSeededDataLayerDatabase();
const files = participatingFiles();

/** Each agreement's first row on a file (ICE repeats a row now and then), by its key. */
async function firstRows(f: ManifestRow) {
  const out = new Map<string, { signed: string; moa: string }>();
  for (const r of await recordsOf(f)) {
    const k = rowKey(r.code, r.agency, r.model);
    if (!out.has(k)) out.set(k, { signed: r.signed, moa: r.moa });
  }
  return out;
}

// The document a MOA cell links to: text such as "Link Pending" links to none; the archived-page tables give each link
// in a capture address of its own, and ICE moved between http and https.
const documentOf = (moa: string) => (/^https?:\/\//i.test(moa) ? moa.replace(/^(https?:\/\/web\.archive\.org\/web\/[^/]+\/)?https?:\/\//, "") : "");

async function storedChanges(f: ManifestRow) {
  const rows = await db().db.$queryRaw<{ change: string; state: string; agency_name: string; model: string; previous_sha256: string }[]>`
    SELECT c.change::text, c.state, c.agency_name, c.model::text, p.sha256 AS previous_sha256
    FROM list_change c JOIN snapshot s ON s.id = c.snapshot_id JOIN snapshot p ON p.id = c.previous_snapshot_id
    WHERE s.sha256 = ${f.sha256}`;
  const keys = (k: string) => new Set(rows.filter((r) => r.change === k).map((r) => rowKey(r.state, r.agency_name, r.model)));
  return { rows, added: keys("added"), removed: keys("removed"), redated: keys("redated"), relinked: keys("relinked") };
}

describe("the stored changes of consecutive lists", () => {
  // Consecutive lists in which ICE wrote every continuing agency's name the same way, so the files' rows compare by
  // name: two days in a row, three lists served the same day, a week apart, and the newest list.
  it.each([
    "participating/participating_2025-03-07.xlsx",
    "participating/participating_2025-07-24_2.xlsx",
    "participating/participating_2025-07-24_3.xlsx",
    "participating/participating_2025-08-29.xlsx",
    "participating/participating_2026-04-30.xlsx",
    "participating/participating_2026-05-18.xlsx",
  ])("%s against the list before it: every change, and only those, from the two files' rows", async (file) => {
    const i = files.findIndex((f) => f.file === file);
    const [before, now] = [files[i - 1], files[i]];
    const [nowKeys, beforeKeys, nowRows, beforeRows] = await Promise.all([keysOf(now), keysOf(before), firstRows(now), firstRows(before)]);
    const both = [...nowKeys].filter((k) => beforeKeys.has(k));
    const stored = await storedChanges(now);

    expect(stored.added).toEqual(minus(nowKeys, beforeKeys));
    expect(stored.removed).toEqual(minus(beforeKeys, nowKeys));
    expect(stored.redated).toEqual(new Set(both.filter((k) => nowRows.get(k)!.signed !== beforeRows.get(k)!.signed)));
    expect(stored.relinked).toEqual(new Set(both.filter((k) => documentOf(nowRows.get(k)!.moa) !== documentOf(beforeRows.get(k)!.moa))));
    expect(stored.rows.length).toBeGreaterThan(0);
    expect(new Set(stored.rows.map((r) => r.previous_sha256))).toEqual(new Set([before.sha256]));
  });

  it("the first list has none, and no pending list has any", async () => {
    const [{ first, pending }] = await db().db.$queryRaw<{ first: number; pending: number }[]>`
      SELECT count(*) FILTER (WHERE s.sha256 = ${files[0].sha256})::int AS first, count(*) FILTER (WHERE s.kind = 'PENDING')::int AS pending
      FROM list_change c JOIN snapshot s ON s.id = c.snapshot_id`;
    expect({ first, pending }).toEqual({ first: 0, pending: 0 });
  });
});
