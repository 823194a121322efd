// The migrated database has a table for every model and a column for every field of schema.prisma, and the
// migrations are recorded the way Prisma Migrate records them.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, MIGRATIONS_DIR } from "../../../lib/db/migrate";
import { emptyDatabase, type TestDatabase } from "../../helpers/database";
import { ROOT } from "../../helpers/source-files";

let t: TestDatabase;
beforeAll(async () => {
  t = await emptyDatabase();
});
afterAll(async () => t?.close());

/** Tables and columns that schema.prisma declares (scalar and enum fields; relation fields have no column). */
function declared(): Map<string, Set<string>> {
  const src = readFileSync(path.join(ROOT, "prisma/schema.prisma"), "utf8");
  const enums = new Set([...src.matchAll(/^enum (\w+)/gm)].map((m) => m[1]));
  const models = [...src.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)];
  const modelNames = new Set(models.map((m) => m[1]));
  const scalars = new Set(["Int", "String", "DateTime", "Boolean", "Float", "Decimal", "BigInt", "Json", "Bytes"]);
  const out = new Map<string, Set<string>>();
  for (const [, name, body] of models) {
    const table = /@@map\("(\w+)"\)/.exec(body)?.[1] ?? name;
    const cols = new Set<string>();
    for (const line of body.split("\n")) {
      const f = /^\s+(\w+)\s+(\w+)(\[\])?\??\s*(.*)$/.exec(line);
      if (!f || f[1].startsWith("@@")) continue;
      const [, field, type, , attrs] = f;
      // A relation (one or a list) has no column; a list of scalars (String[]) has one.
      if (modelNames.has(type)) continue;
      if (!scalars.has(type) && !enums.has(type)) continue;
      cols.add(/@map\("(\w+)"\)/.exec(attrs)?.[1] ?? field);
    }
    out.set(table, cols);
  }
  return out;
}

describe("the migrated database", () => {
  it("matches schema.prisma: every model has its table, every field its column", async () => {
    const rows = await t.db.$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()`;
    const actual = new Map<string, Set<string>>();
    for (const r of rows) (actual.get(r.table_name) ?? actual.set(r.table_name, new Set()).get(r.table_name)!).add(r.column_name);
    const expected = declared();
    expect(expected.size).toBeGreaterThanOrEqual(5);
    for (const [table, cols] of expected) {
      expect(actual.has(table), `table ${table}`).toBe(true);
      expect([...actual.get(table)!].sort(), `columns of ${table}`).toEqual([...cols].sort());
    }
  });

  it("records each migration in _prisma_migrations with the sha256 of its SQL, and a second run is a no-op", async () => {
    const names = readdirSync(MIGRATIONS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    const recorded = await t.db.$queryRaw<{ migration_name: string; checksum: string; finished_at: Date | null }[]>`
      SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`;
    expect(recorded.map((r) => r.migration_name)).toEqual(names.sort());
    for (const r of recorded) {
      const sql = readFileSync(path.join(MIGRATIONS_DIR, r.migration_name, "migration.sql"));
      expect(r.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(r.finished_at).not.toBeNull();
    }
    const again = await migrate(t.url);
    expect(again).toEqual({ applied: [], alreadyApplied: names.length });
  });
});
