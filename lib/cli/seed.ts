// npm run db:seed: imports every shipped ICE list in date order (already imported files are skipped).
import { seedAll } from "../ingest/seed";
import { run, withDatabase } from "./database";

run(async () => {
  await withDatabase(async (db) => {
    const r = await seedAll(db);
    console.log(
      `seed: ${r.imported} files imported, ${r.unchanged} already there; Census populations: ${r.population.rows} areas${r.population.changed ? " loaded" : ", unchanged"}; in ${(r.ms / 1000).toFixed(1)} s`,
    );
  });
});
