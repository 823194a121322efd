-- Each participating list's changes against the list before it, stored once when a list is imported instead of
-- compared again on every request. A list's changes depend only on it and the list before it, so importing a list
-- computes its own and recomputes those of the list after it (files may be imported in any order).
CREATE TYPE "ChangeKind" AS ENUM ('added', 'removed', 'redated', 'relinked');

CREATE TABLE "list_change" (
    "id" SERIAL NOT NULL,
    "snapshot_id" INTEGER NOT NULL,
    "previous_snapshot_id" INTEGER NOT NULL,
    "change" "ChangeKind" NOT NULL,
    "agreement_id" INTEGER NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "state" CHAR(2) NOT NULL,
    "model" "Model" NOT NULL,
    "agency_name" TEXT NOT NULL,
    "signed_on" DATE,
    "previous_signed_on" DATE,
    "moa_url" TEXT,
    "previous_moa_url" TEXT,

    CONSTRAINT "list_change_pkey" PRIMARY KEY ("id")
);

ALTER TABLE "list_change" ADD CONSTRAINT "list_change_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "list_change" ADD CONSTRAINT "list_change_previous_snapshot_id_fkey" FOREIGN KEY ("previous_snapshot_id") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "list_change" ADD CONSTRAINT "list_change_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "list_change" ADD CONSTRAINT "list_change_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE INDEX "list_change_snapshot_id_change_idx" ON "list_change"("snapshot_id", "change");
CREATE INDEX "list_change_state_snapshot_id_idx" ON "list_change"("state", "snapshot_id");
CREATE INDEX "list_change_previous_snapshot_id_idx" ON "list_change"("previous_snapshot_id");
CREATE INDEX "list_change_agreement_id_idx" ON "list_change"("agreement_id");
CREATE INDEX "list_change_agency_id_idx" ON "list_change"("agency_id");

-- The one definition of a change: the participating lists named (their changes are replaced) each compared with the
-- participating list before it, in ICE's order (day, then the order first seen that day). An agreement's row is its
-- first on a list. A MOA link counts as changed when the document changed: the archived-page era wraps every link in
-- a capture address of its own, and ICE moved between http and https. The first list has no changes.
CREATE FUNCTION "refresh_list_changes"("lists" INTEGER[]) RETURNS void LANGUAGE sql SET work_mem = '64MB' AS $$
  DELETE FROM list_change WHERE snapshot_id = ANY(lists);
  WITH ordered AS (
    SELECT id, lag(id) OVER (ORDER BY published_on, same_day_order, id) AS previous_id FROM snapshot WHERE kind = 'PARTICIPATING'),
  pair AS (SELECT id, previous_id FROM ordered WHERE id = ANY(lists) AND previous_id IS NOT NULL),
  o AS (
    SELECT DISTINCT ON (o.snapshot_id, o.agreement_id) o.snapshot_id, o.agreement_id, o.agency_id, o.model, o.state,
      o.agency_name, o.signed_on, o.moa_url
    FROM observation o
    WHERE o.agreement_id IS NOT NULL AND o.snapshot_id IN (SELECT id FROM pair UNION SELECT previous_id FROM pair)
    ORDER BY o.snapshot_id, o.agreement_id, o.row_number),
  now_ AS (SELECT pair.previous_id, o.* FROM pair JOIN o ON o.snapshot_id = pair.id),
  before AS (SELECT pair.id AS next_id, o.* FROM pair JOIN o ON o.snapshot_id = pair.previous_id),
  -- Each agreement on either list of a pair: on the list only (added), on the one before only (removed), or on both.
  j AS (
    SELECT COALESCE(n.snapshot_id, b.next_id) AS snapshot_id, COALESCE(n.previous_id, b.snapshot_id) AS previous_id,
      b.agreement_id IS NULL AS added, n.agreement_id IS NULL AS removed,
      COALESCE(n.agreement_id, b.agreement_id) AS agreement_id, COALESCE(n.agency_id, b.agency_id) AS agency_id,
      COALESCE(n.state, b.state) AS state, COALESCE(n.model, b.model) AS model, COALESCE(n.agency_name, b.agency_name) AS agency_name,
      n.signed_on, b.signed_on AS previous_signed_on, n.moa_url, b.moa_url AS previous_moa_url
    FROM now_ n FULL JOIN before b ON b.next_id = n.snapshot_id AND b.agreement_id = n.agreement_id)
  INSERT INTO list_change (snapshot_id, previous_snapshot_id, change, agreement_id, agency_id, state, model, agency_name,
    signed_on, previous_signed_on, moa_url, previous_moa_url)
  SELECT j.snapshot_id, j.previous_id, k.change, j.agreement_id, j.agency_id, j.state, j.model, j.agency_name,
    j.signed_on, j.previous_signed_on, j.moa_url, j.previous_moa_url
  FROM j CROSS JOIN LATERAL (VALUES
    ('added'::"ChangeKind", j.added),
    ('removed'::"ChangeKind", j.removed),
    ('redated'::"ChangeKind", NOT j.added AND NOT j.removed AND j.signed_on IS DISTINCT FROM j.previous_signed_on),
    ('relinked'::"ChangeKind", NOT j.added AND NOT j.removed AND j.moa_url IS DISTINCT FROM j.previous_moa_url
      AND regexp_replace(j.moa_url, '^(https?://web\.archive\.org/web/[^/]+/)?https?://', '')
        IS DISTINCT FROM regexp_replace(j.previous_moa_url, '^(https?://web\.archive\.org/web/[^/]+/)?https?://', ''))
  ) AS k(change, happened)
  WHERE k.happened;
$$;

-- The changes of the lists already imported.
SELECT "refresh_list_changes"(array_agg("id")) FROM "snapshot" WHERE "kind" = 'PARTICIPATING';

-- The pages show these changes: writing them changes the data's version (see 20261202100000_data_version).
CREATE TRIGGER "list_change_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "list_change" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
