import "server-only";
import { Prisma } from "../db/generated/client";
import type { ModelCode } from "../domain/models";

export const PAGE_SIZE = 50;

export type Paging = { page: number; pageSize?: number } | "all";

/** LIMIT/OFFSET for one page, nothing for a whole download. */
export function pageClause(paging: Paging): Prisma.Sql {
  if (paging === "all") return Prisma.empty;
  const size = paging.pageSize ?? PAGE_SIZE;
  return Prisma.sql`LIMIT ${size} OFFSET ${(paging.page - 1) * size}`;
}

/** AND-joined conditions, or TRUE. */
export function where(conds: (Prisma.Sql | null | false | undefined | "")[]): Prisma.Sql {
  const kept = conds.filter((c): c is Prisma.Sql => !!c);
  return kept.length ? Prisma.join(kept, " AND ") : Prisma.sql`TRUE`;
}

export function modelIn(column: Prisma.Sql, models: ModelCode[]): Prisma.Sql | null {
  if (models.length === 0) return null;
  return Prisma.sql`${column} IN (${Prisma.join(models.map((m) => Prisma.sql`${m}::"Model"`))})`;
}

/** A LIKE pattern matching text anywhere, with LIKE's own wildcards taken literally. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export { Prisma };

/**
 * How many rows match, from the window count (`count(*) OVER ()`) the page's rows carry; past the last page there
 * are no rows to carry it, and `count` asks, so the page can still say how many there are.
 */
export async function pageTotal(rows: { total: number }[], paging: Paging, count: () => Promise<number>): Promise<number> {
  if (rows.length) return rows[0].total;
  return paging !== "all" && paging.page > 1 ? count() : 0;
}
