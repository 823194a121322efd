-- Every agency that was ever on a pending list and what became of its application (signed, dropped off the pending
-- list, or still pending), stored at each import instead of computed from every pending list on each request. It
-- depends on every pending list and on when each agreement was first seen, so each import computes it again whole
-- (about 2,000 rows), in the import's transaction.
CREATE TABLE "pending_application" (
    "agency_id" INTEGER NOT NULL,
    "first_pending" DATE NOT NULL,
    "last_pending" DATE NOT NULL,
    "lists_on" INTEGER NOT NULL,
    "models" TEXT[],
    "outcome" TEXT NOT NULL,
    "signed_model" "Model",
    "signed_on" DATE,
    "first_listed_on" DATE,
    "days" INTEGER,

    CONSTRAINT "pending_application_pkey" PRIMARY KEY ("agency_id")
);

ALTER TABLE "pending_application" ADD CONSTRAINT "pending_application_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The one definition of an application's outcome: signed when an agreement of the agency first appeared on a
-- participating list published on or after its first pending list (the first such agreement: first listed, then
-- first signed, then in the order of the models, so the outcome never depends on the order files came in); else
-- pending when the newest pending list still names it; else dropped. Days to sign: from the first pending list naming the agency to
-- the signed date ICE gives, only when that list came out before the signing (ICE publishes its lists a few times a
-- week, so a pending list of the signing day or later says nothing of how long it waited).
CREATE FUNCTION "refresh_pending_applications"() RETURNS void LANGUAGE sql SET work_mem = '64MB' AS $$
  DELETE FROM pending_application;
  WITH pl AS (SELECT id, published_on FROM snapshot WHERE kind = 'PENDING'),
  app AS (
    SELECT o.agency_id, min(pl.published_on) AS first_pending, max(pl.published_on) AS last_pending,
      count(DISTINCT pl.id)::int AS lists_on, array_agg(DISTINCT o.model::text) FILTER (WHERE o.model IS NOT NULL) AS models
    FROM observation o JOIN pl ON pl.id = o.snapshot_id GROUP BY o.agency_id),
  signed AS (
    SELECT DISTINCT ON (a.agency_id) a.agency_id, a.model, a.signed_on, f.published_on AS first_listed_on
    FROM agreement a JOIN snapshot f ON f.id = a.first_seen_snapshot_id JOIN app ON app.agency_id = a.agency_id
    WHERE f.published_on >= app.first_pending
    ORDER BY a.agency_id, f.published_on, a.signed_on NULLS LAST, a.model)
  INSERT INTO pending_application (agency_id, first_pending, last_pending, lists_on, models, outcome, signed_model, signed_on, first_listed_on, days)
  SELECT app.agency_id, app.first_pending, app.last_pending, app.lists_on, app.models,
    CASE WHEN s.agency_id IS NOT NULL THEN 'signed'
         WHEN app.last_pending = (SELECT max(published_on) FROM pl) THEN 'pending'
         ELSE 'dropped' END,
    s.model, s.signed_on, s.first_listed_on,
    CASE WHEN s.signed_on > app.first_pending THEN s.signed_on - app.first_pending END
  FROM app LEFT JOIN signed s ON s.agency_id = app.agency_id;
$$;

SELECT "refresh_pending_applications"();

-- The pages show these rows: writing them changes the data's version (see 20261202100000_data_version).
CREATE TRIGGER "pending_application_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "pending_application" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
