// npm run db:migrate: applies the SQL migrations under prisma/migrations.
import { migrate } from "../db/migrate";
import { run, withDatabase } from "./database";

run(async () => {
  await withDatabase(
    async (_db, url) => {
      const r = await migrate(url);
      console.log(r.applied.length ? `applied ${r.applied.join(", ")}` : `database is up to date (${r.alreadyApplied} migrations)`);
    },
    { migrate: false },
  );
});
