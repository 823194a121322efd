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
  const rows = await prisma().$queryRaw<(Omit<RepairRow, "publishedOn" | "rowNumber" | "rawValue" | "storedValue"> & { published_on: string; row_number: number; raw_value: string | null; stored_value: string | null; total: number })[]>`
    SELECT s.kind::text AS kind, to_char(s.published_on, 'YYYY-MM-DD') AS published_on, r.row_number, o.agency_name AS agency,
      r.column, r.raw_value, r.stored_value, r.rule, count(*) OVER ()::int AS total
    FROM repair r JOIN snapshot s ON s.id = r.snapshot_id
    LEFT JOIN observation o ON o.snapshot_id = r.snapshot_id AND o.row_number = r.row_number
    WHERE ${where([snapshotId !== null && Prisma.sql`r.snapshot_id = ${snapshotId}`])}
    ORDER BY s.published_on DESC, s.kind, r.row_number, r.column, r.id
    ${pageClause(paging)}`;
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
