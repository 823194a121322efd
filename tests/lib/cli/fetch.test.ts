// npm run fetch as an operator or a cron job runs it: what it prints, and its exit code.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../helpers/cli";
import { emptyDatabase, tableCounts, type TestDatabase } from "../../helpers/database";
import { icePage, serveFile, startIceSite, type IceSite } from "../../helpers/ice-site";
import { reference, ROOT } from "../../helpers/source-files";

let t: TestDatabase;
let site: IceSite;

const fetchCmd = () => runCli("fetch.ts", [], { DATABASE_URL: t.url, ICE_PAGE_URL: site.pageUrl });

beforeAll(async () => {
  t = await emptyDatabase();
  site = await startIceSite();
});
afterAll(async () => {
  await site?.close();
  await t?.close();
});

describe("npm run fetch", () => {
  it("exits 1 and says why when ICE's page has no spreadsheet links, and changes nothing", async () => {
    site.routes.set("/identify-and-arrest/287g", icePage([]));
    const before = await tableCounts(t.db);
    const r = await fetchCmd();
    expect(r.code).toBe(1);
    expect(r.err).toContain("error: the check did not complete and changed no data: ICE's page");
    expect(r.err).toContain("has no links to spreadsheets on its own host: the page may have been redesigned");
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it("imports a list it does not have, says so, and exits 0; run again, it finds nothing new and exits 0", async () => {
    const ref = reference().find((x) => x.ice_file_name === "participatingAgencies05112026am.xlsx")!;
    site.routes.set("/identify-and-arrest/287g", icePage([{ href: "/doclib/participatingAgencies05112026am.xlsx", text: "Participating Agencies" }]));
    site.routes.set("/doclib/participatingAgencies05112026am.xlsx", serveFile(path.join(ROOT, "tests/fixtures/ice/participatingAgencies05112026am.xlsx"), { "Last-Modified": "Mon, 11 May 2026 13:02:11 GMT" }));
    const first = await fetchCmd();
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain(`imported participatingAgencies05112026am.xlsx as the participating list of 2026-05-11 (from its Last-Modified header): ${ref.rows} rows`);
    expect(first.out).toContain("imported 1 new list");
    const after = await tableCounts(t.db);
    const again = await fetchCmd();
    expect(again.code).toBe(0);
    expect(again.out).toContain("nothing new: every list on ICE's page is already imported");
    expect(await tableCounts(t.db)).toEqual(after);
  });
});
