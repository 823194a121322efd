-- Residents under agreements per list, state and set of models, stored instead of counted from every list's rows on
-- each request (the residents' share list by list on the trend charts, the map's and the table of states' shares).
-- The figure depends on the list's rows, the agencies' placements and the Census populations, so it is computed again
-- for a list when it is imported, for the lists naming an agency whose placement changed, and for every list when
-- the populations change (the triggers below, in the writing transaction).
--
-- "models" is a set of models as bits, as in list_tally: 1 Jail Enforcement, 2 Task Force, 4 Warrant Service
-- Officer. The figures are those of lib/queries/coverage.ts: county_residents, the residents of counties whose county
-- agency holds an agreement under the set; place_residents, those of towns whose police hold one, when the town's
-- county is not counted already; statewide_agencies, the state agencies holding one (their agreement covers the
-- state), by id: their names are read with the figures, so a name ICE re-types on a later list shows on every list.
-- A state appears only where the list counts an area for it.
CREATE TABLE "list_coverage" (
    "snapshot_id" INTEGER NOT NULL,
    "state" CHAR(2) NOT NULL,
    "models" SMALLINT NOT NULL,
    "county_residents" INTEGER NOT NULL,
    "place_residents" INTEGER NOT NULL,
    "statewide_agencies" INTEGER[],

    CONSTRAINT "list_coverage_pkey" PRIMARY KEY ("snapshot_id", "models", "state")
);

ALTER TABLE "list_coverage" ADD CONSTRAINT "list_coverage_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The one definition of the residents counted: the lists named (their figures are replaced).
CREATE FUNCTION "refresh_list_coverage"("lists" INTEGER[]) RETURNS void LANGUAGE sql SET work_mem = '64MB' AS $$
  DELETE FROM list_coverage WHERE snapshot_id = ANY(lists);
  WITH counted AS (
    SELECT DISTINCT o.snapshot_id, o.state, m.models, p.area_geoid, p.county_fips, coalesce(pop.population, 0) AS population,
      CASE WHEN length(p.area_geoid) = 2 THEN o.agency_id END AS statewide_agency
    FROM observation o
    JOIN generate_series(1, 7) AS m(models)
      ON m.models & (CASE o.model WHEN 'JAIL_ENFORCEMENT' THEN 1 WHEN 'TASK_FORCE' THEN 2 WHEN 'WARRANT_SERVICE_OFFICER' THEN 4 ELSE 0 END) <> 0
    JOIN agency_placement p ON p.agency_id = o.agency_id AND p.area_geoid IS NOT NULL
    LEFT JOIN population pop ON pop.geoid = p.area_geoid
    WHERE o.snapshot_id = ANY(lists)),
  -- An area's kind is in its geoid's length: 2 digits a state, 5 a county, 7 a place.
  counties AS (SELECT DISTINCT snapshot_id, state, models, area_geoid, population FROM counted WHERE length(area_geoid) = 5),
  places AS (
    SELECT c.snapshot_id, c.state, c.models, c.area_geoid, min(c.population) AS population
    FROM counted c LEFT JOIN counties k
      ON k.snapshot_id = c.snapshot_id AND k.state = c.state AND k.models = c.models AND k.area_geoid = c.county_fips
    WHERE length(c.area_geoid) = 7
    GROUP BY c.snapshot_id, c.state, c.models, c.area_geoid
    -- A town counts only when none of its counties is counted whole.
    HAVING count(k.area_geoid) = 0),
  keys AS (SELECT DISTINCT snapshot_id, state, models FROM counted)
  INSERT INTO list_coverage (snapshot_id, state, models, county_residents, place_residents, statewide_agencies)
  SELECT k.snapshot_id, k.state, k.models, coalesce(c.n, 0), coalesce(p.n, 0), s.agencies
  FROM keys k
  LEFT JOIN (SELECT snapshot_id, state, models, sum(population)::int AS n FROM counties GROUP BY 1, 2, 3) c USING (snapshot_id, state, models)
  LEFT JOIN (SELECT snapshot_id, state, models, sum(population)::int AS n FROM places GROUP BY 1, 2, 3) p USING (snapshot_id, state, models)
  LEFT JOIN (
    SELECT snapshot_id, state, models, array_agg(DISTINCT statewide_agency ORDER BY statewide_agency) AS agencies
    FROM counted WHERE length(area_geoid) = 2 GROUP BY 1, 2, 3) s USING (snapshot_id, state, models);
$$;

-- The figures of the lists already imported.
SELECT "refresh_list_coverage"(array_agg("id")) FROM "snapshot";

-- A changed placement: the lists naming the agency. A change of the populations: every list. A transaction that
-- computes every list's figures itself when it ends (the seed, after its lists) sets list_coverage.deferred.
CREATE FUNCTION "refresh_list_coverage_of_placements"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('list_coverage.deferred', true) = 'on' THEN RETURN NULL; END IF;
  PERFORM refresh_list_coverage(ARRAY(SELECT DISTINCT o.snapshot_id FROM observation o WHERE o.agency_id IN (SELECT agency_id FROM changed)));
  RETURN NULL;
END $$;

CREATE FUNCTION "refresh_list_coverage_of_populations"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('list_coverage.deferred', true) = 'on' THEN RETURN NULL; END IF;
  IF EXISTS (SELECT 1 FROM changed) THEN
    PERFORM refresh_list_coverage(ARRAY(SELECT id FROM snapshot));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "list_coverage_placement_insert" AFTER INSERT ON "agency_placement" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION "refresh_list_coverage_of_placements"();
CREATE TRIGGER "list_coverage_placement_update" AFTER UPDATE ON "agency_placement" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION "refresh_list_coverage_of_placements"();
CREATE TRIGGER "list_coverage_placement_delete" AFTER DELETE ON "agency_placement" REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION "refresh_list_coverage_of_placements"();
CREATE TRIGGER "list_coverage_population_insert" AFTER INSERT ON "population" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION "refresh_list_coverage_of_populations"();
CREATE TRIGGER "list_coverage_population_update" AFTER UPDATE ON "population" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION "refresh_list_coverage_of_populations"();
CREATE TRIGGER "list_coverage_population_delete" AFTER DELETE ON "population" REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION "refresh_list_coverage_of_populations"();

-- The pages show these figures: writing them changes the data's version (see 20261202100000_data_version).
CREATE TRIGGER "list_coverage_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "list_coverage" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
