-- CreateEnum
CREATE TYPE "ListKind" AS ENUM ('PARTICIPATING', 'PENDING');

-- CreateEnum
CREATE TYPE "SnapshotOrigin" AS ENUM ('ICE_SPREADSHEET', 'ARCHIVED_WEB_PAGE');

-- CreateEnum
CREATE TYPE "Model" AS ENUM ('JAIL_ENFORCEMENT', 'TASK_FORCE', 'WARRANT_SERVICE_OFFICER');

-- CreateEnum
CREATE TYPE "AgencyType" AS ENUM ('COUNTY', 'MUNICIPALITY', 'STATE_AGENCY', 'OTHER');

-- CreateTable
CREATE TABLE "snapshot" (
    "id" SERIAL NOT NULL,
    "kind" "ListKind" NOT NULL,
    "published_on" DATE NOT NULL,
    "file_name" TEXT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "origin" "SnapshotOrigin" NOT NULL,
    "row_count" INTEGER NOT NULL,
    "imported_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agency" (
    "id" SERIAL NOT NULL,
    "state" CHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "name_key" TEXT NOT NULL,
    "type" "AgencyType" NOT NULL,
    "county" TEXT,
    "slug" TEXT NOT NULL,

    CONSTRAINT "agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agreement" (
    "id" SERIAL NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "model" "Model" NOT NULL,
    "signed_on" DATE,
    "moa_url" TEXT,
    "addendum_url" TEXT,
    "first_seen_snapshot_id" INTEGER NOT NULL,
    "last_seen_snapshot_id" INTEGER NOT NULL,

    CONSTRAINT "agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "observation" (
    "id" SERIAL NOT NULL,
    "snapshot_id" INTEGER NOT NULL,
    "row_number" INTEGER NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "agreement_id" INTEGER,
    "model" "Model",
    "state" CHAR(2) NOT NULL,
    "agency_name" TEXT NOT NULL,
    "agency_type" "AgencyType",
    "county" TEXT,
    "signed_on" DATE,
    "moa_url" TEXT,
    "addendum_url" TEXT,

    CONSTRAINT "observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "repair" (
    "id" SERIAL NOT NULL,
    "snapshot_id" INTEGER NOT NULL,
    "row_number" INTEGER NOT NULL,
    "column" TEXT NOT NULL,
    "raw_value" TEXT,
    "stored_value" TEXT,
    "rule" TEXT NOT NULL,

    CONSTRAINT "repair_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "snapshot_sha256_key" ON "snapshot"("sha256");

-- CreateIndex
CREATE INDEX "snapshot_kind_published_on_idx" ON "snapshot"("kind", "published_on");

-- CreateIndex
CREATE UNIQUE INDEX "agency_slug_key" ON "agency"("slug");

-- CreateIndex
CREATE INDEX "agency_state_idx" ON "agency"("state");

-- CreateIndex
CREATE UNIQUE INDEX "agency_state_name_key_key" ON "agency"("state", "name_key");

-- CreateIndex
CREATE INDEX "agreement_model_idx" ON "agreement"("model");

-- CreateIndex
CREATE INDEX "agreement_signed_on_idx" ON "agreement"("signed_on");

-- CreateIndex
CREATE UNIQUE INDEX "agreement_agency_id_model_key" ON "agreement"("agency_id", "model");

-- CreateIndex
CREATE INDEX "observation_agreement_id_idx" ON "observation"("agreement_id");

-- CreateIndex
CREATE INDEX "observation_agency_id_idx" ON "observation"("agency_id");

-- CreateIndex
CREATE INDEX "observation_snapshot_id_state_idx" ON "observation"("snapshot_id", "state");

-- CreateIndex
CREATE INDEX "observation_snapshot_id_model_idx" ON "observation"("snapshot_id", "model");

-- CreateIndex
CREATE UNIQUE INDEX "observation_snapshot_id_row_number_key" ON "observation"("snapshot_id", "row_number");

-- CreateIndex
CREATE INDEX "repair_snapshot_id_idx" ON "repair"("snapshot_id");

-- AddForeignKey
ALTER TABLE "agreement" ADD CONSTRAINT "agreement_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement" ADD CONSTRAINT "agreement_first_seen_snapshot_id_fkey" FOREIGN KEY ("first_seen_snapshot_id") REFERENCES "snapshot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement" ADD CONSTRAINT "agreement_last_seen_snapshot_id_fkey" FOREIGN KEY ("last_seen_snapshot_id") REFERENCES "snapshot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "repair" ADD CONSTRAINT "repair_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
