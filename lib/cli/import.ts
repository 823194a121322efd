// npm run import -- <file.xlsx>... [--published YYYY-MM-DD]
import { parseArgs } from "node:util";
import { ImportRejected } from "../ingest/errors";
import { importFile } from "../ingest/import";
import { run, withDatabase } from "./database";

run(async () => {
  const { values, positionals } = parseArgs({ options: { published: { type: "string" } }, allowPositionals: true });
  if (positionals.length === 0) throw new Error("usage: npm run import -- <file.xlsx>... [--published YYYY-MM-DD]");
  let rejected = 0;
  await withDatabase(async (db) => {
    for (const file of positionals) {
      try {
        const r = await importFile(db, file, { publishedOn: values.published });
        if (r.status === "unchanged") console.log(`${r.file}: already imported as the ${r.kind.toLowerCase()} list of ${r.publishedOn}; nothing changed`);
        else
          console.log(
            `${r.file}: imported the ${r.kind.toLowerCase()} list of ${r.publishedOn}: ${plural(r.rows, "row")}, ` +
              `${plural(r.newAgreements, "new agreement")}, ${plural(r.newAgencies, "new agency", "new agencies")}, ${plural(r.repairs, "repair")}`,
          );
      } catch (e) {
        if (!(e instanceof ImportRejected)) throw e;
        rejected++;
        console.error(`rejected ${e.message}; the database was not changed`);
      }
    }
  });
  if (rejected) process.exit(1);
});

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
