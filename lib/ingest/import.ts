import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "../db/generated/client";
import { isoDay } from "../domain/days";
import type { ListKind } from "../domain/lists";
import { isIsoDay } from "./dates";
import { ImportRejected } from "./errors";
import { agencySlug, inferAgencyType } from "./identity";
import { recomputePlacements } from "../geo/recompute";
import { readManifest, type ManifestEntry } from "./manifest";
import { parseSheet } from "./parse";
import { readSheet } from "./workbook";

export type ImportOutcome = {
  status: "imported" | "unchanged";
  file: string;
  snapshotId: number;
  kind: ListKind;
  publishedOn: string;
  rows: number;
  repairs: number;
  newAgencies: number;
  newAgreements: number;
};

export type ImportOptions = {
  publishedOn?: string;
  manifest?: ManifestEntry[];
  /** False when the caller places the agencies itself after a batch of imports (the seed does). */
  placeAgencies?: boolean;
};

const IMPORT_LOCK = 287_287; // serialises concurrent importers on one database

/**
 * Imports one ICE file all-or-nothing: the whole file is read and validated first, then one transaction writes
 * the snapshot, its rows and its repairs, and recomputes first/last-seen and every agency's placement. The
 * same file again is a no-op.
 */
export async function importFile(db: PrismaClient, filePath: string, opts: ImportOptions = {}): Promise<ImportOutcome> {
  const file = path.basename(filePath);
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (e) {
    throw new ImportRejected(file, `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");

  const existing = await db.snapshot.findUnique({ where: { sha256 } });
  if (existing) return outcome("unchanged", file, existing, { repairs: await db.repair.count({ where: { snapshotId: existing.id } }) });

  let sheet;
  try {
    sheet = await readSheet(bytes);
  } catch (e) {
    const why = (e as Error).message;
    // exceljs's own messages for a file that is not a zip archive point at its zip library's documentation.
    const reason = /central directory|zip/i.test(why) ? "it is not a zip archive, as .xlsx files are" : why.split("\n")[0];
    throw new ImportRejected(file, `not a readable .xlsx file (${reason})`);
  }
  const list = parseSheet(sheet, file);
  const entry = (opts.manifest ?? readManifest()).find((e) => e.sha256 === sha256);
  const publishedOn = opts.publishedOn ?? (entry?.published || undefined);
  if (!publishedOn) throw new ImportRejected(file, "its publication date is unknown: pass --published YYYY-MM-DD");
  if (!isIsoDay(publishedOn)) {
    throw new ImportRejected(file, `--published "${publishedOn}" is not a date (YYYY-MM-DD)`);
  }

  const origin = entry ? (entry.origin === "archived_web_page" ? "ARCHIVED_WEB_PAGE" : "ICE_SPREADSHEET") : list.archived ? "ARCHIVED_WEB_PAGE" : "ICE_SPREADSHEET";

  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`;
      const again = await tx.snapshot.findUnique({ where: { sha256 } });
      if (again) return outcome("unchanged", file, again, {});

      const snapshot = await tx.snapshot.create({
        data: { kind: list.kind, publishedOn: new Date(`${publishedOn}T00:00:00Z`), fileName: file, sha256, origin, rowCount: list.rows.length },
      });

      // Agencies: one per state × name key, created on first sight.
      const states = [...new Set(list.rows.map((r) => r.state))];
      const idOf = new Map<string, number>();
      const loadIds = async () => {
        for (const a of await tx.agency.findMany({ where: { state: { in: states } }, select: { id: true, state: true, nameKey: true } })) {
          idOf.set(`${a.state}|${a.nameKey}`, a.id);
        }
      };
      await loadIds();
      const fresh = new Map<string, (typeof list.rows)[number]>();
      for (const r of list.rows) if (!idOf.has(`${r.state}|${r.nameKey}`)) fresh.set(`${r.state}|${r.nameKey}`, r);
      if (fresh.size) {
        await tx.agency.createMany({
          data: [...fresh.values()].map((r) => ({
            state: r.state,
            name: r.agencyName,
            nameKey: r.nameKey,
            type: r.agencyType ?? inferAgencyType(r.agencyName),
            county: r.county,
            slug: agencySlug(r.state, r.nameKey),
          })),
        });
        await loadIds();
      }
      const agencyId = (r: { state: string; nameKey: string }) => idOf.get(`${r.state}|${r.nameKey}`)!;

      // Agreements: one per agency × model, for rows of participating lists.
      const agreementOf = new Map<string, number>();
      let newAgreements = 0;
      if (list.kind === "PARTICIPATING") {
        const pairs = new Map(list.rows.map((r) => [`${agencyId(r)}|${r.model}`, { agencyId: agencyId(r), model: r.model! }]));
        const ids = [...new Set([...pairs.values()].map((p) => p.agencyId))];
        const load = async () => {
          for (const a of await tx.agreement.findMany({ where: { agencyId: { in: ids } }, select: { id: true, agencyId: true, model: true } })) {
            agreementOf.set(`${a.agencyId}|${a.model}`, a.id);
          }
        };
        await load();
        const missing = [...pairs.entries()].filter(([k]) => !agreementOf.has(k)).map(([, p]) => p);
        if (missing.length) {
          const created = await tx.agreement.createMany({
            data: missing.map((p) => ({ ...p, firstSeenSnapshotId: snapshot.id, lastSeenSnapshotId: snapshot.id })),
          });
          newAgreements = created.count;
          await load();
        }
      }

      // One INSERT … SELECT FROM unnest(arrays): Prisma's createMany takes seconds for a 1,800-row list.
      const rows = list.rows;
      await tx.$executeRawUnsafe(
        `INSERT INTO observation (snapshot_id, row_number, agency_id, agreement_id, model, state, agency_name,
           agency_type, county, signed_on, moa_url, addendum_url)
         SELECT $1, * FROM unnest($2::int[], $3::int[], $4::int[], $5::"Model"[], $6::text[], $7::text[],
           $8::"AgencyType"[], $9::text[], $10::date[], $11::text[], $12::text[])`,
        snapshot.id,
        rows.map((r) => r.rowNumber),
        rows.map((r) => agencyId(r)),
        rows.map((r) => (list.kind === "PARTICIPATING" ? agreementOf.get(`${agencyId(r)}|${r.model}`)! : null)),
        rows.map((r) => r.model),
        rows.map((r) => r.state),
        rows.map((r) => r.agencyName),
        rows.map((r) => r.agencyType),
        rows.map((r) => r.county),
        rows.map((r) => r.signedOn),
        rows.map((r) => r.moaUrl),
        rows.map((r) => r.addendumUrl),
      );
      if (list.repairs.length) {
        await tx.repair.createMany({ data: list.repairs.map((r) => ({ ...r, snapshotId: snapshot.id })) });
      }
      await recomputeDerived(tx as unknown as PrismaClient);
      if (opts.placeAgencies !== false) await recomputePlacements(tx as unknown as PrismaClient);
      return outcome("imported", file, snapshot, { newAgencies: fresh.size, newAgreements, repairs: list.repairs.length });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/**
 * First/last-seen and the current values of agreements and agencies, from all observations. Recomputed on every
 * import, so files imported out of date order still give the right answer.
 */
async function recomputeDerived(tx: PrismaClient): Promise<void> {
  await tx.$executeRawUnsafe(`
    UPDATE agreement a SET
      first_seen_snapshot_id = x.first_sid, last_seen_snapshot_id = x.last_sid,
      signed_on = x.signed_on, moa_url = x.moa_url, addendum_url = x.addendum_url
    FROM (
      SELECT o.agreement_id,
        (array_agg(s.id ORDER BY s.published_on, s.id))[1] AS first_sid,
        (array_agg(s.id ORDER BY s.published_on DESC, s.id DESC))[1] AS last_sid,
        (array_agg(o.signed_on ORDER BY s.published_on DESC, s.id DESC) FILTER (WHERE o.signed_on IS NOT NULL))[1] AS signed_on,
        (array_agg(o.moa_url ORDER BY s.published_on DESC, s.id DESC) FILTER (WHERE o.moa_url IS NOT NULL))[1] AS moa_url,
        (array_agg(o.addendum_url ORDER BY s.published_on DESC, s.id DESC) FILTER (WHERE o.addendum_url IS NOT NULL))[1] AS addendum_url
      FROM observation o JOIN snapshot s ON s.id = o.snapshot_id
      WHERE o.agreement_id IS NOT NULL
      GROUP BY o.agreement_id
    ) x
    WHERE x.agreement_id = a.id`);
  await tx.$executeRawUnsafe(`
    UPDATE agency g SET
      name = x.name, type = COALESCE(x.type, g.type), county = COALESCE(x.county, g.county)
    FROM (
      SELECT o.agency_id,
        (array_agg(o.agency_name ORDER BY s.published_on DESC, s.kind, s.id DESC, o.row_number))[1] AS name,
        (array_agg(o.agency_type ORDER BY s.published_on DESC, s.kind, s.id DESC, o.row_number) FILTER (WHERE o.agency_type IS NOT NULL))[1] AS type,
        (array_agg(o.county ORDER BY s.published_on DESC, s.kind, s.id DESC, o.row_number) FILTER (WHERE o.county IS NOT NULL))[1] AS county
      FROM observation o JOIN snapshot s ON s.id = o.snapshot_id
      GROUP BY o.agency_id
    ) x
    WHERE x.agency_id = g.id`);
}

function outcome(
  status: ImportOutcome["status"],
  file: string,
  s: { id: number; kind: ListKind; publishedOn: Date; rowCount: number },
  counts: { newAgencies?: number; newAgreements?: number; repairs?: number },
): ImportOutcome {
  return {
    status,
    file,
    snapshotId: s.id,
    kind: s.kind,
    publishedOn: isoDay(s.publishedOn),
    rows: s.rowCount,
    repairs: counts.repairs ?? 0,
    newAgencies: counts.newAgencies ?? 0,
    newAgreements: counts.newAgreements ?? 0,
  };
}
