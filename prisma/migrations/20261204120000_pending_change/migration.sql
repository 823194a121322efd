-- Each pending list's comings and goings against the pending list before it (agencies added to it, or gone from it),
-- stored once when a list is imported instead of compared again on every request, as list_change is for the
-- participating lists. A list's changes depend only on it and the pending list before it, so importing a pending list
-- computes its own and recomputes those of the pending list after it.
CREATE TABLE "pending_change" (
    "id" SERIAL NOT NULL,
    "snapshot_id" INTEGER NOT NULL,
    "previous_snapshot_id" INTEGER NOT NULL,
    "change" "ChangeKind" NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "state" CHAR(2) NOT NULL,
    "agency_name" TEXT NOT NULL,
    "models" "Model"[] NOT NULL,

    CONSTRAINT "pending_change_pkey" PRIMARY KEY ("id")
);

ALTER TABLE "pending_change" ADD CONSTRAINT "pending_change_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "pending_change" ADD CONSTRAINT "pending_change_previous_snapshot_id_fkey" FOREIGN KEY ("previous_snapshot_id") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "pending_change" ADD CONSTRAINT "pending_change_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE INDEX "pending_change_snapshot_id_idx" ON "pending_change"("snapshot_id");
CREATE INDEX "pending_change_previous_snapshot_id_idx" ON "pending_change"("previous_snapshot_id");
CREATE INDEX "pending_change_agency_id_idx" ON "pending_change"("agency_id");

-- The one definition of a pending list's change: the pending lists named (their changes are replaced) each compared
-- with the pending list before it, in ICE's order (day, then the order first seen that day). An agency is on a list
-- when the list has a row of it (its name and state from its rows there, its models all those rows name); added when
-- the list before has none, removed when the list has none. The first pending list has no changes.
CREATE FUNCTION "refresh_pending_changes"("lists" INTEGER[]) RETURNS void LANGUAGE sql SET work_mem = '64MB' AS $$
  DELETE FROM pending_change WHERE snapshot_id = ANY(lists);
  WITH ordered AS (
    SELECT id, lag(id) OVER (ORDER BY published_on, same_day_order, id) AS previous_id FROM snapshot WHERE kind = 'PENDING'),
  pair AS (SELECT id, previous_id FROM ordered WHERE id = ANY(lists) AND previous_id IS NOT NULL),
  p AS MATERIALIZED (
    SELECT snapshot_id, agency_id, min(state) AS state, min(agency_name) AS agency_name, array_agg(DISTINCT model) AS models
    FROM observation WHERE snapshot_id IN (SELECT id FROM pair UNION SELECT previous_id FROM pair)
    GROUP BY snapshot_id, agency_id)
  INSERT INTO pending_change (snapshot_id, previous_snapshot_id, change, agency_id, state, agency_name, models)
  SELECT pair.id, pair.previous_id, 'added'::"ChangeKind", c.agency_id, c.state, c.agency_name, c.models
  FROM pair JOIN p c ON c.snapshot_id = pair.id
  WHERE NOT EXISTS (SELECT 1 FROM p x WHERE x.snapshot_id = pair.previous_id AND x.agency_id = c.agency_id)
  UNION ALL
  SELECT pair.id, pair.previous_id, 'removed'::"ChangeKind", c.agency_id, c.state, c.agency_name, c.models
  FROM pair JOIN p c ON c.snapshot_id = pair.previous_id
  WHERE NOT EXISTS (SELECT 1 FROM p x WHERE x.snapshot_id = pair.id AND x.agency_id = c.agency_id);
$$;

-- The changes of the pending lists already imported.
SELECT "refresh_pending_changes"(array_agg("id")) FROM "snapshot" WHERE "kind" = 'PENDING';

-- The pages show these changes: writing them changes the data's version (see 20261202100000_data_version).
CREATE TRIGGER "pending_change_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "pending_change" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
