-- CreateEnum
CREATE TYPE "AreaLevel" AS ENUM ('STATE', 'COUNTY', 'PLACE');

-- CreateTable
CREATE TABLE "population" (
    "geoid" VARCHAR(7) NOT NULL,
    "level" "AreaLevel" NOT NULL,
    "state" CHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "population" INTEGER NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "population_pkey" PRIMARY KEY ("geoid")
);

-- CreateIndex
CREATE INDEX "population_state_level_idx" ON "population"("state", "level");

-- AlterTable
ALTER TABLE "agency_placement" ADD COLUMN "area_geoid" VARCHAR(7),
ADD COLUMN "area_note" TEXT NOT NULL DEFAULT '';
