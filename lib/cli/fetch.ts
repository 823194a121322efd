// npm run fetch: checks ICE's 287(g) page once (ICE_PAGE_URL) and imports every list the database does not have.
// Exit 0 when the check completed, also when nothing was new; 1 with the reason when it could not complete.
import { env } from "../env";
import { checkIcePage } from "../fetch/check";
import { run, withDatabase } from "./database";

run(async () => {
  const pageUrl = env().ICE_PAGE_URL;
  console.log(`checking ${pageUrl}`);
  const r = await withDatabase((db) => checkIcePage(db, { pageUrl, log: (line) => console.log(line) }));
  if (r.outcome === "BUSY") return;
  const summary =
    r.outcome === "IMPORTED" ? `imported ${r.listsImported} new ${r.listsImported === 1 ? "list" : "lists"}`
    : r.outcome === "NOTHING_NEW" ? "nothing new: every list on ICE's page is already imported"
    : `the check did not complete${r.listsImported ? "" : " and changed no data"}: ${r.error}`;
  if (r.outcome === "FAILED") {
    // Lists imported before the failure are whole and stay.
    if (r.listsImported) console.log(`imported ${r.listsImported} new ${r.listsImported === 1 ? "list" : "lists"} before the failure`);
    // Said here, not thrown: run() would take ICE's "connection refused" for the database's.
    console.error(`error: ${summary}`);
    process.exit(1);
  }
  console.log(summary);
});
