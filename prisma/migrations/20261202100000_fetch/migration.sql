-- CreateEnum
CREATE TYPE "FetchOutcome" AS ENUM ('RUNNING', 'NOTHING_NEW', 'IMPORTED', 'FAILED');

-- CreateEnum
CREATE TYPE "PublishedRule" AS ENUM ('LAST_MODIFIED', 'FIRST_FETCHED');

-- CreateTable
CREATE TABLE "fetch_check" (
    "id" SERIAL NOT NULL,
    "page_url" TEXT NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "outcome" "FetchOutcome" NOT NULL DEFAULT 'RUNNING',
    "files_seen" INTEGER NOT NULL DEFAULT 0,
    "lists_imported" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "report" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "fetch_check_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ice_file" (
    "id" SERIAL NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "url" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "byte_count" INTEGER NOT NULL,
    "http_headers" JSONB NOT NULL,
    "fetched_at" TIMESTAMPTZ(3) NOT NULL,
    "last_modified" TIMESTAMPTZ(3),
    "published_on" DATE NOT NULL,
    "published_rule" "PublishedRule" NOT NULL,
    "file_name_date" DATE,
    "check_id" INTEGER,
    "snapshot_id" INTEGER,

    CONSTRAINT "ice_file_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "fetch_check_started_at_idx" ON "fetch_check"("started_at");

-- CreateIndex
CREATE UNIQUE INDEX "ice_file_sha256_key" ON "ice_file"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "ice_file_snapshot_id_key" ON "ice_file"("snapshot_id");

-- AddForeignKey
ALTER TABLE "ice_file" ADD CONSTRAINT "ice_file_check_id_fkey" FOREIGN KEY ("check_id") REFERENCES "fetch_check"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ice_file" ADD CONSTRAINT "ice_file_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE SET NULL ON UPDATE CASCADE;
