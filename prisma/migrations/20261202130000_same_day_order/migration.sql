-- Every list ICE published, to the day. ICE sometimes served two or more distinct files of one kind on one day:
-- same_day_order keeps the order they were first seen in (1, 2, …), so "the list of a date" is the last of that day.
ALTER TABLE "snapshot" ADD COLUMN "same_day_order" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "snapshot" ADD CONSTRAINT "snapshot_same_day_order_positive" CHECK ("same_day_order" >= 1);

DROP INDEX "snapshot_kind_published_on_idx";
CREATE INDEX "snapshot_kind_published_on_same_day_order_idx" ON "snapshot"("kind", "published_on", "same_day_order");

-- The monthly lists shipped before were dated by the month they stood for; ICE's daily history shows two of them
-- served earlier (the same bytes, so the same list). They take the first day ICE served them. Only the snapshot's
-- date changes: its observations, repairs, agencies and agreements stay as they are.
UPDATE "snapshot" SET "published_on" = DATE '2025-02-26'
  WHERE "sha256" = '3c2b72f8112bdd75edc350792d109abaf9863d4f22d3f24dc174a97ffbd70cbe' AND "published_on" = DATE '2025-02-28';
UPDATE "snapshot" SET "published_on" = DATE '2025-12-30'
  WHERE "sha256" = '3148c9a8781d18561a4e4d5723b5c2029c8e73fa3c79a44cf54d6a7eb4077e0a' AND "published_on" = DATE '2025-12-31';
