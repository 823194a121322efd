// The pending lists' changes the importer stores (table pending_change), against the two files themselves: the
// agencies a pending list added are those on it and not on the pending list before it, and the reverse for removed.
import { describe, expect, it } from "vitest";
import { useSeededDataLayerDatabase } from "../../helpers/database";
import { minus, pendingFiles, recordsOf, rowKey } from "../../helpers/raw-keys";
import type { ManifestRow } from "../../helpers/source-files";

const db = useSeededDataLayerDatabase();
const files = pendingFiles();

/** The agencies of a pending file, by state and folded name. */
async function agenciesOf(f: ManifestRow): Promise<Set<string>> {
  return new Set((await recordsOf(f)).map((r) => rowKey(r.code, r.agency, null)));
}

describe("the stored changes of consecutive pending lists", () => {
  // The first pending list's successor, a few across the period, and the newest list.
  const picked = [1, Math.floor(files.length / 3), Math.floor((2 * files.length) / 3), files.length - 1];

  it.each(picked.map((i) => [files[i].file, i] as const))("%s: added and removed are the set differences of its agencies and the list's before", async (_f, i) => {
    const now = files[i];
    const before = files[i - 1];
    const rows = await db().db.$queryRaw<{ change: string; state: string; agency_name: string; previous_sha256: string }[]>`
      SELECT c.change::text, c.state, c.agency_name, p.sha256 AS previous_sha256
      FROM pending_change c JOIN snapshot s ON s.id = c.snapshot_id JOIN snapshot p ON p.id = c.previous_snapshot_id
      WHERE s.sha256 = ${now.sha256}`;
    // Compared with the pending list before it in ICE's order.
    for (const r of rows) expect(r.previous_sha256).toBe(before.sha256);
    const stored = (k: string) => new Set(rows.filter((r) => r.change === k).map((r) => rowKey(r.state, r.agency_name, null)));
    const [a, b] = [await agenciesOf(now), await agenciesOf(before)];
    expect(stored("added")).toEqual(minus(a, b));
    expect(stored("removed")).toEqual(minus(b, a));
    // Never the same agency twice on one side.
    expect(rows.length).toBe(minus(a, b).size + minus(b, a).size);
  });

  it("exist for the pending lists only, and only from the second pending list on", async () => {
    const [r] = await db().db.$queryRaw<{ kinds: string[]; first: number }[]>`
      SELECT array_agg(DISTINCT s.kind::text) AS kinds,
        count(*) FILTER (WHERE s.id = (SELECT id FROM snapshot WHERE kind = 'PENDING' ORDER BY published_on, same_day_order, id LIMIT 1))::int AS first
      FROM pending_change c JOIN snapshot s ON s.id = c.snapshot_id`;
    expect(r).toEqual({ kinds: ["PENDING"], first: 0 });
  });
});
