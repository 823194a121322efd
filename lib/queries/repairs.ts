import "server-only";
import { prisma } from "../db/client";
import { pageClause, Prisma, where, type Paging } from "./sql";
import { cachedRead } from "./cache";

export type RepairRow = {
  kind: "PARTICIPATING" | "PENDING";
  publishedOn: string;
  rowNumber: number;
  agency: string | null;
  column: string;
  rawValue: string | null;
  storedValue: string | null;
  rule: string;
};

/** The importer's repair ledger ("ICE printed X, we show Y"), for one list or all, newest list first. */
export const listRepairs = cachedRead("listRepairs", async (snapshotId: number | null, paging: Paging): Promise<{ rows: RepairRow[]; total: number }> => {
  const only = where([snapshotId !== null && Prisma.sql`r.snapshot_id = ${snapshotId}`]);
  // The page is chosen first and only its rows look up their agency's name; the count is of the repairs alone.
  const rows = await prisma().$queryRaw<(Omit<RepairRow, "publishedOn" | "rowNumber" | "rawValue" | "storedValue"> & { published_on: string; row_number: number; raw_value: string | null; stored_value: string | null; total: number })[]>`
    WITH page AS (
      SELECT r.id, r.snapshot_id, r.row_number, r.column, r.raw_value, r.stored_value, r.rule, s.kind, s.published_on
      FROM repair r JOIN snapshot s ON s.id = r.snapshot_id
      WHERE ${only}
      ORDER BY s.published_on DESC, s.kind, r.row_number, r.column, r.id
      ${pageClause(paging)})
    SELECT p.kind::text AS kind, to_char(p.published_on, 'YYYY-MM-DD') AS published_on, p.row_number, o.agency_name AS agency,
      p.column, p.raw_value, p.stored_value, p.rule, (SELECT count(*) FROM repair r WHERE ${only})::int AS total
    FROM page p LEFT JOIN observation o ON o.snapshot_id = p.snapshot_id AND o.row_number = p.row_number
    ORDER BY p.published_on DESC, p.kind, p.row_number, p.column, p.id`;
  return {
    total: rows[0]?.total ?? 0,
    rows: rows.map((r) => ({
      kind: r.kind,
      publishedOn: r.published_on,
      rowNumber: r.row_number,
      agency: r.agency,
      column: r.column,
      rawValue: r.raw_value,
      storedValue: r.stored_value,
      rule: r.rule,
    })),
  };
});

/** How many repairs each list needed. */
export const countRepairsByList = cachedRead("countRepairsByList", async (): Promise<{ snapshotId: number; n: number }[]> => {
  return prisma().$queryRaw<{ snapshotId: number; n: number }[]>`
    SELECT snapshot_id AS "snapshotId", count(*)::int AS n FROM repair GROUP BY snapshot_id`;
});
