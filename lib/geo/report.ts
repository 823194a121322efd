import type { Db } from "../db/client";
import { isoDay } from "../domain/days";

export type GeoReport = {
  snapshot: { id: number; publishedOn: string; fileName: string };
  agreements: number;
  byLevel: Record<string, number>;
  byMethod: Record<string, number>;
  /** Agreements placed on a county or a place, and how many of those have a real county in ICE's COUNTY column. */
  placed: number;
  withIceCounty: number;
  agreeWithIce: number;
  unplaced: { state: string; name: string; county: string | null; note: string; agreements: number }[];
  disagreements: { state: string; name: string; county: string | null; placedOn: string; note: string }[];
};

/** Placement quality on the newest participating list, counted in agreements (one agency can hold three). */
export async function geoReport(db: Db): Promise<GeoReport> {
  const [snapshot] = await db.$queryRawUnsafe<{ id: number; published_on: Date; file_name: string }[]>(
    `SELECT id, published_on, file_name FROM snapshot WHERE kind = 'PARTICIPATING' ORDER BY published_on DESC, same_day_order DESC, id DESC LIMIT 1`,
  );
  if (!snapshot) throw new Error("no participating list has been imported");
  const rows = await db.$queryRawUnsafe<
    { agency_id: number; state: string; name: string; county: string | null; level: string; method: string; county_fips: string | null; ice_county_fips: string | null; note: string; agreements: number }[]
  >(
    `SELECT g.id AS agency_id, g.state, g.name, g.county, p.level, p.method, p.county_fips, p.ice_county_fips, p.note,
       count(DISTINCT o.agreement_id)::int AS agreements
     FROM observation o JOIN agency g ON g.id = o.agency_id JOIN agency_placement p ON p.agency_id = g.id
     WHERE o.snapshot_id = $1
     GROUP BY g.id, p.agency_id ORDER BY g.state, g.name`,
    snapshot.id,
  );
  const sum = (xs: typeof rows) => xs.reduce((n, r) => n + r.agreements, 0);
  const tally = (key: "level" | "method") => rows.reduce<Record<string, number>>((t, r) => ((t[r[key]] = (t[r[key]] ?? 0) + r.agreements), t), {});
  const placed = rows.filter((r) => r.level === "COUNTY" || r.level === "PLACE");
  const withIce = placed.filter((r) => r.ice_county_fips);
  return {
    snapshot: { id: snapshot.id, publishedOn: isoDay(snapshot.published_on), fileName: snapshot.file_name },
    agreements: sum(rows),
    byLevel: tally("level"),
    byMethod: tally("method"),
    placed: sum(placed),
    withIceCounty: sum(withIce),
    agreeWithIce: sum(withIce.filter((r) => r.county_fips === r.ice_county_fips)),
    unplaced: rows.filter((r) => r.level === "UNPLACED").map((r) => ({ state: r.state, name: r.name, county: r.county, note: r.note, agreements: r.agreements })),
    disagreements: withIce
      .filter((r) => r.county_fips !== r.ice_county_fips)
      .map((r) => ({ state: r.state, name: r.name, county: r.county, placedOn: r.county_fips!, note: r.note })),
  };
}
