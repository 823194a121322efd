-- Each list's counts per state and set of models, stored once when the list is imported instead of counted from its
-- rows on every request: the trend points (one per list), the headline, the map's and the table of states' counts,
-- a list's totals. A list's counts depend only on its own rows, so importing a list computes its own.
--
-- "models" is the set of models counted, as bits: 1 Jail Enforcement, 2 Task Force, 4 Warrant Service Officer (7 is
-- every model); 0 counts every row of the list, those without a model too. Agreements and agencies are distinct
-- within the state and set: an agency holding two of the models counts once under both; rows are the list's rows
-- (ICE repeats a row now and then, so a list may have more rows than agreements).
CREATE TABLE "list_tally" (
    "snapshot_id" INTEGER NOT NULL,
    "state" CHAR(2) NOT NULL,
    "models" SMALLINT NOT NULL,
    "agreements" INTEGER NOT NULL,
    "agencies" INTEGER NOT NULL,
    "rows" INTEGER NOT NULL,

    CONSTRAINT "list_tally_pkey" PRIMARY KEY ("snapshot_id", "models", "state")
);

ALTER TABLE "list_tally" ADD CONSTRAINT "list_tally_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The nation's counts per list and set of models: the states' sums (an agency, and so its agreements, is in one state
-- on a list), and how many states have a row. What the national trend and a list's totals read.
CREATE TABLE "list_total" (
    "snapshot_id" INTEGER NOT NULL,
    "models" SMALLINT NOT NULL,
    "agreements" INTEGER NOT NULL,
    "agencies" INTEGER NOT NULL,
    "rows" INTEGER NOT NULL,
    "states" INTEGER NOT NULL,

    CONSTRAINT "list_total_pkey" PRIMARY KEY ("snapshot_id", "models")
);

ALTER TABLE "list_total" ADD CONSTRAINT "list_total_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The one definition of a list's counts: the lists named (their counts are replaced), from their own rows.
CREATE FUNCTION "refresh_list_tallies"("lists" INTEGER[]) RETURNS void LANGUAGE sql SET work_mem = '64MB' AS $$
  DELETE FROM list_tally WHERE snapshot_id = ANY(lists);
  INSERT INTO list_tally (snapshot_id, state, models, agreements, agencies, rows)
  SELECT o.snapshot_id, o.state, m.models, count(DISTINCT o.agreement_id)::int, count(DISTINCT o.agency_id)::int, count(*)::int
  FROM observation o
  JOIN generate_series(0, 7) AS m(models)
    ON m.models = 0 OR m.models & (CASE o.model WHEN 'JAIL_ENFORCEMENT' THEN 1 WHEN 'TASK_FORCE' THEN 2 WHEN 'WARRANT_SERVICE_OFFICER' THEN 4 ELSE 0 END) <> 0
  WHERE o.snapshot_id = ANY(lists)
  GROUP BY o.snapshot_id, o.state, m.models;
  DELETE FROM list_total WHERE snapshot_id = ANY(lists);
  INSERT INTO list_total (snapshot_id, models, agreements, agencies, rows, states)
  SELECT snapshot_id, models, sum(agreements)::int, sum(agencies)::int, sum(rows)::int, count(*)::int
  FROM list_tally WHERE snapshot_id = ANY(lists)
  GROUP BY snapshot_id, models;
$$;

-- The counts of the lists already imported.
SELECT "refresh_list_tallies"(array_agg("id")) FROM "snapshot";

-- The pages show these counts: writing them changes the data's version (see 20261202100000_data_version).
CREATE TRIGGER "list_tally_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "list_tally" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "list_total_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "list_total" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
