import "server-only";
import { cache } from "react";
import { prisma } from "../db/client";
import { isoDay } from "../domain/days";
import type { ModelCode } from "../domain/models";
import { MODELS } from "../domain/models";
import type { Placement } from "../geo/place";
import type { AgencyTypeCode } from "../domain/agency-types";
import { listPublishedLists, type PublishedList } from "./lists";
import { containsPattern, modelIn, pageClause, Prisma, where, type Paging } from "./sql";
import { cachedRead } from "./cache";

export type AgreementHistory = {
  model: ModelCode;
  signedOn: string | null;
  moaUrl: string | null;
  addendumUrl: string | null;
  firstList: PublishedList;
  lastList: PublishedList;
  /** The first participating list without it, when it is not on the newest one. */
  goneSince: PublishedList | null;
  listsOn: number;
};

export type PendingPeriod = {
  from: PublishedList;
  to: PublishedList;
  /** The first pending list without the agency after this period; null when it is on the newest pending list. */
  goneSince: PublishedList | null;
  models: ModelCode[];
};

export type AgencyHistory = {
  slug: string;
  name: string;
  state: string;
  type: AgencyTypeCode;
  county: string | null;
  /** Where the agency is placed on the map (lib/geo/place.ts). */
  placement: Placement | null;
  /** The Census area whose residents its agreements count for (population.geoid; null when none), and why. */
  area: { geoid: string | null; note: string } | null;
  agreements: AgreementHistory[];
  pendingPeriods: PendingPeriod[];
  newestParticipating: PublishedList;
  newestPending: PublishedList | null;
};

/** Everything the lists say about one agency: its agreements, when each was listed, and its pending periods. */
export const getAgencyHistory = cache(async (slug: string): Promise<AgencyHistory | null> => {
  const agency = await prisma().agency.findUnique({ where: { slug }, include: { agreements: true, placement: true } });
  if (!agency) return null;
  const [lists, seen] = await Promise.all([
    listPublishedLists(),
    prisma().observation.findMany({ where: { agencyId: agency.id }, select: { snapshotId: true, agreementId: true, model: true } }),
  ]);
  const byId = new Map(lists.map((l) => [l.id, l]));
  const participating = lists.filter((l) => l.kind === "PARTICIPATING");
  const pending = lists.filter((l) => l.kind === "PENDING");

  const agreements = agency.agreements
    .map((a): AgreementHistory => {
      const on = new Set(seen.filter((o) => o.agreementId === a.id).map((o) => o.snapshotId));
      const last = byId.get(a.lastSeenSnapshotId)!;
      // The next list after its last one, also when ICE published that one the same day.
      const after = participating[participating.findIndex((l) => l.id === last.id) + 1] ?? null;
      return {
        model: a.model,
        signedOn: a.signedOn && isoDay(a.signedOn),
        moaUrl: a.moaUrl,
        addendumUrl: a.addendumUrl,
        firstList: byId.get(a.firstSeenSnapshotId)!,
        lastList: last,
        goneSince: after,
        listsOn: on.size,
      };
    })
    .sort((x, y) => MODELS.indexOf(x.model) - MODELS.indexOf(y.model));

  // Runs of consecutive pending lists the agency was on.
  const pendingModels = new Map<number, Set<ModelCode>>();
  for (const o of seen) {
    if (byId.get(o.snapshotId)?.kind !== "PENDING") continue;
    const s = pendingModels.get(o.snapshotId) ?? new Set();
    if (o.model) s.add(o.model);
    pendingModels.set(o.snapshotId, s);
  }
  const pendingPeriods: PendingPeriod[] = [];
  let run: { from: number; to: number; models: Set<ModelCode> } | null = null;
  pending.forEach((l, i) => {
    const here = pendingModels.get(l.id);
    if (here) {
      if (run) {
        run.to = i;
        here.forEach((m) => run!.models.add(m));
      } else run = { from: i, to: i, models: new Set(here) };
    }
    if ((!here || i === pending.length - 1) && run) {
      pendingPeriods.push({
        from: pending[run.from],
        to: pending[run.to],
        goneSince: pending[run.to + 1] ?? null,
        models: MODELS.filter((m) => run!.models.has(m)),
      });
      run = null;
    }
  });

  return {
    slug: agency.slug,
    name: agency.name,
    state: agency.state,
    type: agency.type,
    county: agency.county,
    placement: agency.placement,
    area: agency.placement && { geoid: agency.placement.areaGeoid, note: agency.placement.areaNote },
    agreements,
    pendingPeriods,
    newestParticipating: participating.at(-1)!,
    newestPending: pending.at(-1) ?? null,
  };
});

export type AgencyRow = {
  slug: string;
  name: string;
  state: string;
  type: AgencyTypeCode;
  county: string | null;
  models: ModelCode[];
  placement: Placement | null;
  /** The Census area its residents are counted for (agency_placement.area_geoid). */
  censusGeoid: string | null;
};

/** The agencies on one participating list, with the models each had on it. */
export const listAgencies = cachedRead("listAgencies", async (
  snapshotId: number,
  f: { state: string | null; model: ModelCode[]; type: AgencyTypeCode | null; q: string },
  paging: Paging,
): Promise<{ rows: AgencyRow[]; total: number }> => {
  const rows = await prisma().$queryRaw<(AgencyRow & { total: number })[]>`
    SELECT g.slug, g.name, g.state, g.type::text AS type, g.county,
      array_agg(DISTINCT o.model::text ORDER BY o.model::text) AS models, count(*) OVER ()::int AS total,
      CASE WHEN p.agency_id IS NULL THEN NULL ELSE json_build_object('level', p.level, 'method', p.method,
        'confidence', p.confidence, 'countyFips', p.county_fips, 'countyName', p.county_name, 'placeName', p.place_name,
        'latitude', p.latitude, 'longitude', p.longitude, 'iceCountyFips', p.ice_county_fips, 'note', p.note) END AS placement,
      p.area_geoid AS "censusGeoid"
    FROM observation o JOIN agency g ON g.id = o.agency_id LEFT JOIN agency_placement p ON p.agency_id = g.id
    WHERE ${where([
      Prisma.sql`o.snapshot_id = ${snapshotId}`,
      f.state && Prisma.sql`g.state = ${f.state}`,
      modelIn(Prisma.sql`o.model`, f.model),
      f.type && Prisma.sql`g.type = ${f.type}::"AgencyType"`,
      // The county ICE wrote, and the county and town the agency is placed on, count too (as on the agreements' search).
      f.q &&
        Prisma.sql`(g.name ILIKE ${containsPattern(f.q)} OR g.county ILIKE ${containsPattern(f.q)} OR p.county_name ILIKE ${containsPattern(f.q)}
          OR p.place_name ILIKE ${containsPattern(f.q)})`,
    ])}
    GROUP BY g.id, p.agency_id ORDER BY g.state, g.name
    ${pageClause(paging)}`;
  return { total: rows[0]?.total ?? 0, rows: rows.map(({ total: _t, ...r }) => ({ ...r, models: MODELS.filter((m) => r.models.includes(m)) })) };
});
