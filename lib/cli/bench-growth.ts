// npm run bench:growth: five more years of ICE lists. In a benchmark database of its own (named bench_…, beside the
// one DATABASE_URL names; dropped at the end unless --keep), it imports the shipped lists as a first start does, then
// makes `--lists` more participating lists from the newest real one, a few days apart, each changed from the one
// before it at the rates the daily lists show (agreements added, removed, re-dated, re-linked), and imports each
// through the importer's own transaction (lib/ingest/import.ts importPrepared: the list, its rows, first/last seen,
// the stored changes, agencies placed). It prints the import time per list, then every page's query times.
// Nothing is written under prisma/seed: the lists exist only in the benchmark database.
import { createHash } from "node:crypto";
import os from "node:os";
import { parseArgs } from "node:util";
import { createPrisma } from "../db/client";
import { freshDatabase } from "../db/fresh";
import { migrate } from "../db/migrate";
import { env } from "../env";
import { importPrepared, type PreparedList } from "../ingest/import";
import type { ParsedRow } from "../ingest/parse";
import { seedAll } from "../ingest/seed";
import { printQueryTimings, timePageQueries } from "./bench-queries";
import { table } from "./bench-server";
import { run } from "./database";

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

run(async () => {
  const { values } = parseArgs({ options: { lists: { type: "string", default: "500" }, runs: { type: "string", default: "20" }, keep: { type: "boolean", default: false } } });
  const count = Number(values.lists);
  const runs = Number(values.runs);
  if (!(count > 0) || !(runs > 0)) throw new Error("--lists and --runs must be positive numbers");
  const base = env().DATABASE_URL;
  if (!base) throw new Error("DATABASE_URL must name a PostgreSQL server: the benchmark creates its own database beside it");

  const { url, drop } = await freshDatabase(base, "bench_growth");
  console.log(`benchmark database: ${new URL(url).pathname.slice(1)}; CPUs: ${os.availableParallelism()} (${os.cpus()[0]?.model.trim() ?? "unknown"})`);
  const db = createPrisma(url);
  try {
    await migrate(url);
    const seeded = await seedAll(db);
    console.log(`shipped lists imported: ${seeded.imported} in ${(seeded.ms / 1000).toFixed(1)} s`);

    // The daily lists' own rates: changes per participating list and days between lists, since ICE served them daily.
    const [rates] = await db.$queryRaw<{ lists: number; days: number; added: number; removed: number; redated: number; relinked: number }[]>`
      SELECT count(DISTINCT s.id)::int AS lists, (max(s.published_on) - min(s.published_on))::int AS days,
        count(c.id) FILTER (WHERE c.change = 'added')::int AS added, count(c.id) FILTER (WHERE c.change = 'removed')::int AS removed,
        count(c.id) FILTER (WHERE c.change = 'redated')::int AS redated, count(c.id) FILTER (WHERE c.change = 'relinked')::int AS relinked
      FROM snapshot s LEFT JOIN list_change c ON c.snapshot_id = s.id
      WHERE s.kind = 'PARTICIPATING' AND s.origin = 'ICE_SPREADSHEET'`;
    const per = (n: number) => n / rates.lists;
    console.log(
      `the shipped daily lists: ${rates.lists} participating lists over ${rates.days} days; per list, on average: ` +
        `${per(rates.added).toFixed(1)} added, ${per(rates.removed).toFixed(2)} removed, ${per(rates.redated).toFixed(2)} re-dated, ${per(rates.relinked).toFixed(1)} re-linked`,
    );

    // The newest real list, row for row, is where the generated history starts.
    const newest = await db.snapshot.findFirstOrThrow({ where: { kind: "PARTICIPATING" }, orderBy: [{ publishedOn: "desc" }, { sameDayOrder: "desc" }, { id: "desc" }] });
    let rows: ParsedRow[] = (
      await db.$queryRaw<{ state: string; agency_name: string; name_key: string; agency_type: ParsedRow["agencyType"]; county: string | null; model: ParsedRow["model"]; signed_on: string | null; moa_url: string | null; addendum_url: string | null }[]>`
        SELECT o.state, o.agency_name, g.name_key, o.agency_type::text AS agency_type, o.county, o.model::text AS model,
          to_char(o.signed_on, 'YYYY-MM-DD') AS signed_on, o.moa_url, o.addendum_url
        FROM observation o JOIN agency g ON g.id = o.agency_id WHERE o.snapshot_id = ${newest.id} ORDER BY o.row_number`
    ).map((r, i) => ({
      rowNumber: i + 2,
      state: r.state,
      agencyName: r.agency_name,
      nameKey: r.name_key,
      agencyType: r.agency_type,
      county: r.county,
      model: r.model,
      signedOn: r.signed_on,
      moaUrl: r.moa_url,
      addendumUrl: r.addendum_url,
    }));

    // A fixed pseudo-random sequence, so two runs make the same lists.
    let seed = 287_2026;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    /** A count with the given mean: the whole part, and one more with the fraction's chance. */
    const about = (mean: number) => Math.floor(mean) + (random() < mean - Math.floor(mean) ? 1 : 0);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    const days = rates.days / rates.lists;
    let day = new Date(`${newest.publishedOn.toISOString().slice(0, 10)}T00:00:00Z`);
    const importMs: number[] = [];
    let made = 0;
    for (let i = 1; i <= count; i++) {
      day = new Date(day.getTime() + Math.max(1, about(days)) * 86_400_000);
      const iso = day.toISOString().slice(0, 10);
      const next = rows.map((r) => ({ ...r }));
      for (let k = about(per(rates.removed)); k > 0 && next.length > 1; k--) next.splice(Math.floor(random() * next.length), 1);
      for (let k = about(per(rates.redated)); k > 0; k--) pick(next).signedOn = iso;
      for (let k = about(per(rates.relinked)); k > 0; k--) {
        const r = pick(next);
        r.moaUrl = `https://www.ice.gov/doclib/287gMOA/growth-${i}-${k}.pdf`;
      }
      for (let k = about(per(rates.added)); k > 0; k--) {
        const like = pick(rows);
        made++;
        const name = `Growth ${made} County Sheriff's Office`;
        next.push({ ...like, agencyName: name, nameKey: name.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim(), county: null, signedOn: iso, moaUrl: null, addendumUrl: null, rowNumber: 0 });
      }
      next.forEach((r, n) => (r.rowNumber = n + 2));
      rows = next;
      const file = `growth-${iso}.xlsx`;
      const prepared: PreparedList = {
        file,
        sha256: createHash("sha256").update(`${file}|${JSON.stringify(rows)}`).digest("hex"),
        list: { kind: "PARTICIPATING", archived: false, rows, repairs: [] },
        publishedOn: iso,
        sameDayOrder: null,
        origin: "ICE_SPREADSHEET",
      };
      const t = performance.now();
      await importPrepared(db, prepared);
      importMs.push(performance.now() - t);
      if (i % 50 === 0) process.stderr.write(`imported ${i} of ${count} generated lists (to ${iso})…\n`);
    }
    const [{ lists, rowsInAll, changes }] = await db.$queryRaw<{ lists: number; rowsInAll: number; changes: number }[]>`
      SELECT (SELECT count(*)::int FROM snapshot) AS lists, (SELECT sum(row_count)::int FROM snapshot) AS "rowsInAll", (SELECT count(*)::int FROM list_change) AS changes`;
    console.log(`generated: ${count} participating lists to ${day.toISOString().slice(0, 10)}, ${rows.length} rows in the last; the database now holds ${lists} lists, ${rowsInAll} rows, ${changes} stored changes`);
    console.log(
      table(
        ["import of one generated list", "lists", "mean ms", "p50 ms", "p95 ms", "max ms"],
        [
          ["all", importMs],
          ["first 50", importMs.slice(0, 50)],
          ["last 50", importMs.slice(-50)],
        ].map(([name, xs]) => [name as string, ...stats(xs as number[])]),
      ),
    );

    await db.$executeRawUnsafe("ANALYZE");
    process.env.DATABASE_URL = url;
    (globalThis as { __prisma?: unknown }).__prisma = db;
    console.log("");
    console.log(`every page's loader on the grown history, ${runs} runs each, uncached:`);
    printQueryTimings(await timePageQueries(runs), 50);
    if (values.keep) console.log(`\nkept: DATABASE_URL=${url} npm run bench:web -- --no-load   (drop it with dropdb when done)`);
  } finally {
    await db.$disconnect();
    if (!values.keep) await drop();
  }
});

function stats(xs: number[]): string[] {
  return [String(xs.length), ...[xs.reduce((s, x) => s + x, 0) / xs.length, pct(xs, 50), pct(xs, 95), Math.max(...xs)].map((x) => x.toFixed(0))];
}
