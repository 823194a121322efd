import type { PrismaClient } from "../db/generated/client";
import { gazetteer } from "./gazetteer";
import { placeAgency } from "./place";

/**
 * Places every agency again from its current name, type and ICE county, inside the importer's transaction, so
 * a placement never lags the list it came from. About 2,000 agencies: computed in memory, written in one
 * statement.
 */
export async function recomputePlacements(tx: PrismaClient): Promise<void> {
  const agencies = await tx.agency.findMany({ select: { id: true, state: true, name: true, type: true, county: true } });
  const placed = agencies.map((a) => ({ id: a.id, ...placeAgency(gazetteer, a) }));
  await tx.$executeRawUnsafe(`DELETE FROM agency_placement`);
  await tx.$executeRawUnsafe(
    `INSERT INTO agency_placement (agency_id, level, method, confidence, county_fips, county_name, place_name, latitude,
       longitude, ice_county_fips, note)
     SELECT * FROM unnest($1::int[], $2::"PlacementLevel"[], $3::"PlacementMethod"[], $4::"PlacementConfidence"[],
       $5::text[], $6::text[], $7::text[], $8::float8[], $9::float8[], $10::text[], $11::text[])`,
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
  );
}
