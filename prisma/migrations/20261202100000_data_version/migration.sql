-- One number that changes with every write to the data the pages show (an import, a Census load, a placement
-- recomputed), whoever writes it: the caches of every app server on this database compare it with what they hold.
CREATE TABLE "data_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 1,
    "changed_at" TIMESTAMPTZ NOT NULL DEFAULT now(),

    CONSTRAINT "data_version_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "data_version_one_row" CHECK ("id" = 1)
);

INSERT INTO "data_version" ("id") VALUES (1);

-- Statement-level, so an import of thousands of rows bumps it a handful of times inside its own transaction; the
-- notification is sent when that transaction commits (PostgreSQL folds identical ones), never for a rollback.
CREATE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "data_version" SET "version" = "version" + 1, "changed_at" = now() WHERE "id" = 1;
  PERFORM pg_notify('data_changed', '');
  RETURN NULL;
END;
$$;

CREATE TRIGGER "snapshot_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "snapshot" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "agency_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "agency" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "agreement_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "agreement" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "observation_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "observation" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "repair_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "repair" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "agency_placement_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "agency_placement" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "population_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "population" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
