-- Every page says when ICE's page was last checked and how that went: a check recorded changes the data's version
-- too, so the kept pages of every app server show it (see 20261202100000_data_version).
CREATE TRIGGER "fetch_check_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "fetch_check" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
