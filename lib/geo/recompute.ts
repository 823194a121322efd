import type { PrismaClient } from "../db/generated/client";
import { agencyArea } from "./census";
import { placeAgency } from "./place";

const FIELDS = ["level", "method", "confidence", "countyFips", "countyName", "placeName", "latitude", "longitude", "iceCountyFips", "note", "areaGeoid", "areaNote"] as const;

/**
 * Places every agency again (and names the Census area its agreements count for) from its current name, type and ICE county, inside the importer's transaction, so
 * a placement never lags the list it came from. About 2,000 agencies are placed in memory; only the placements
 * that changed (new agencies, mostly) are written.
 */
export async function recomputePlacements(tx: PrismaClient): Promise<void> {
  const [agencies, stored] = await Promise.all([
    tx.agency.findMany({ select: { id: true, state: true, name: true, type: true, county: true } }),
    tx.agencyPlacement.findMany(),
  ]);
  const before = new Map(stored.map((p) => [p.agencyId, p]));
  const placed = agencies
    .map((a) => {
      const placement = placeAgency(a);
      return { id: a.id, ...placement, ...agencyArea(a, placement) };
    })
    .filter((p) => {
      const old = before.get(p.id);
      return !old || FIELDS.some((f) => old[f] !== p[f]);
    });
  if (!placed.length) return;
  await tx.$executeRawUnsafe(`DELETE FROM agency_placement WHERE agency_id = ANY($1::int[])`, placed.map((p) => p.id));
  await tx.$executeRawUnsafe(
    `INSERT INTO agency_placement (agency_id, level, method, confidence, county_fips, county_name, place_name, latitude,
       longitude, ice_county_fips, note, area_geoid, area_note)
     SELECT * FROM unnest($1::int[], $2::"PlacementLevel"[], $3::"PlacementMethod"[], $4::"PlacementConfidence"[],
       $5::text[], $6::text[], $7::text[], $8::float8[], $9::float8[], $10::text[], $11::text[], $12::text[], $13::text[])`,
    placed.map((p) => p.id),
    placed.map((p) => p.level),
    placed.map((p) => p.method),
    placed.map((p) => p.confidence),
    placed.map((p) => p.countyFips),
    placed.map((p) => p.countyName),
    placed.map((p) => p.placeName),
    placed.map((p) => p.latitude),
    placed.map((p) => p.longitude),
    placed.map((p) => p.iceCountyFips),
    placed.map((p) => p.note),
    placed.map((p) => p.areaGeoid),
    placed.map((p) => p.areaNote),
  );
}
