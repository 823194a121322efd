-- CreateEnum
CREATE TYPE "PlacementLevel" AS ENUM ('COUNTY', 'PLACE', 'STATE', 'UNPLACED');

-- CreateEnum
CREATE TYPE "PlacementMethod" AS ENUM ('COUNTY_NAME', 'PLACE_NAME', 'ICE_COUNTY', 'STATE_AGENCY', 'MANUAL', 'NONE');

-- CreateEnum
CREATE TYPE "PlacementConfidence" AS ENUM ('HIGH', 'MEDIUM', 'LOW');

-- CreateTable
CREATE TABLE "agency_placement" (
    "agency_id" INTEGER NOT NULL,
    "level" "PlacementLevel" NOT NULL,
    "method" "PlacementMethod" NOT NULL,
    "confidence" "PlacementConfidence" NOT NULL,
    "county_fips" CHAR(5),
    "county_name" TEXT,
    "place_name" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "ice_county_fips" CHAR(5),
    "note" TEXT NOT NULL,

    CONSTRAINT "agency_placement_pkey" PRIMARY KEY ("agency_id")
);

-- CreateIndex
CREATE INDEX "agency_placement_county_fips_idx" ON "agency_placement"("county_fips");

-- AddForeignKey
ALTER TABLE "agency_placement" ADD CONSTRAINT "agency_placement_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;
