// A check of ICE's page against a local HTTP server shaped like ice.gov, serving real ICE files: every way ICE's site
// can fail is recorded and reported in words and leaves the data as it was; a list that was not shipped is
// imported exactly, and archived byte for byte.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eastern } from "../../../lib/fetch/dates";
import { checkIcePage, type CheckResult } from "../../../lib/fetch/check";
import { importFile } from "../../../lib/ingest/import";
import { emptyDatabase, tableCounts, type TestDatabase } from "../../helpers/database";
import { icePage, serveFile, startIceSite, XLSX_TYPE, type IceSite, type Route } from "../../helpers/ice-site";
import { manifest, reference, ROOT, SEED } from "../../helpers/source-files";

const FIXTURES = path.join(ROOT, "tests/fixtures/ice");
const NOT_SHIPPED = path.join(FIXTURES, "participatingAgencies05112026am.xlsx");
const NOT_SHIPPED_PENDING = path.join(FIXTURES, "pendingAgencies02172026pm.xlsx");
const shipped = (kind: string) => manifest().filter((m) => m.kind === kind && m.published).sort((a, b) => a.published.localeCompare(b.published)).at(-1)!;
const SHIPPED_PARTICIPATING = shipped("participating");
const SHIPPED_PENDING = shipped("pending");

// ICE's addresses before and after its 2026 move.
const DOCLIB = "/doclib/about/offices/ero/287g";
const PARTICIPATING_PATH = `${DOCLIB}/participatingAgencies06012026am.xlsx`;
const PENDING_PATH = `${DOCLIB}/pendingAgencies02272026am.xlsx`;

let t: TestDatabase;
let site: IceSite;

beforeAll(async () => {
  t = await emptyDatabase();
  for (const m of [SHIPPED_PARTICIPATING, SHIPPED_PENDING]) await importFile(t.db, path.join(SEED, m.file));
  site = await startIceSite();
});
afterAll(async () => {
  await site?.close();
  await t?.close();
});

const LIMITS = { page: { timeoutMs: 2_000, maxBytes: 1_048_576 }, file: { timeoutMs: 2_000, maxBytes: 1_048_576 } };
const check = (pageUrl = site.pageUrl) => checkIcePage(t.db, { pageUrl, limits: LIMITS });
const everything = async (): Promise<Record<string, number>> => ({ ...(await tableCounts(t.db)), archived: await t.db.iceFile.count() });

/** ICE's page with its two usual links: the participating one served by `participating`, the pending one as shipped. */
function publish(participating: Route) {
  site.routes.set("/identify-and-arrest/287g", icePage([
    { href: PARTICIPATING_PATH, text: "Participating Agencies" },
    { href: PENDING_PATH, text: "Pending Agencies" },
  ]));
  site.routes.set(PARTICIPATING_PATH, participating);
  site.routes.set(PENDING_PATH, serveFile(path.join(SEED, SHIPPED_PENDING.file)));
}

async function expectFailedAndUnchanged(run: () => Promise<CheckResult>, reason: RegExp) {
  const before = await everything();
  const r = await run();
  expect(r.outcome).toBe("FAILED");
  expect(r.error).toMatch(reason);
  expect(r.listsImported).toBe(0);
  expect(await everything()).toEqual(before);
  const recorded = await t.db.fetchCheck.findUniqueOrThrow({ where: { id: r.checkId! } });
  expect(recorded).toMatchObject({ outcome: "FAILED", error: r.error, listsImported: 0, pageUrl: expect.any(String) });
  expect(recorded.finishedAt).not.toBeNull();
  expect(recorded.report.join("\n")).toMatch(reason);
  return r;
}

const bytesOf = (file: string) => readFileSync(file);
const half = (file: string) => bytesOf(file).subarray(0, Math.floor(bytesOf(file).length / 2));

describe("a check that cannot complete changes nothing and says why", () => {
  it("ICE's page has no spreadsheet links (redesigned)", async () => {
    site.routes.set("/identify-and-arrest/287g", icePage([{ href: "/identify-and-arrest/287g/faq", text: "Frequently asked questions" }]));
    await expectFailedAndUnchanged(() => check(), /has no links to spreadsheets/);
  });

  const cases: [string, Route, RegExp][] = [
    ["a link answers 404", (_q, s) => s.writeHead(404, { "Content-Type": "text/html" }).end("<html><body>Not found</body></html>"), /answered 404/],
    ["a link answers 500", (_q, s) => s.writeHead(500).end("Internal Server Error"), /answered 500/],
    ["a link answers an HTML error page with status 200", (_q, s) => s.writeHead(200, { "Content-Type": "text/html" }).end("<!DOCTYPE html><html><body><h1>Access Denied</h1></body></html>"), /HTML page, not a spreadsheet, served as text\/html/],
    ["a link answers an empty body", (_q, s) => s.writeHead(200, { "Content-Type": XLSX_TYPE, "Content-Length": "0" }).end(), /body is empty/],
    [
      "a download is cut off",
      (_q, s) => {
        s.writeHead(200, { "Content-Type": XLSX_TYPE, "Content-Length": String(bytesOf(NOT_SHIPPED).length) });
        s.write(half(NOT_SHIPPED), () => s.socket?.destroy());
      },
      /cut off after 114,021 bytes of 228,042/,
    ],
    ["a link serves a cut-off xlsx without saying its length", (_q, s) => s.writeHead(200, { "Content-Type": XLSX_TYPE }).end(half(NOT_SHIPPED)), /zip archive is incomplete/],
    ["a link serves a PDF", (_q, s) => s.writeHead(200, { "Content-Type": XLSX_TYPE }).end("%PDF-1.7\n1 0 obj <<>> endobj\n"), /it is a PDF/],
    ["a link serves a file of another kind (JSON)", serveFile(path.join(ROOT, "package.json")), /it is not a spreadsheet \(an .xlsx file starts as a zip archive\)/],
    [
      "a download hangs half-way",
      (_q, s) => {
        s.writeHead(200, { "Content-Type": XLSX_TYPE, "Content-Length": String(bytesOf(NOT_SHIPPED).length) });
        s.write(half(NOT_SHIPPED));
      },
      /did not finish within 2 s \(114,021 bytes received\)/,
    ],
    ["a link never answers", () => {}, /no answer within 2 s/],
    ["a file is enormous, as its length says", (_q, s) => s.writeHead(200, { "Content-Type": XLSX_TYPE, "Content-Length": String(900 * 1_048_576) }).end(), /900 MB, over the 1 MB limit/],
    [
      "a file is enormous, streamed without a length",
      (req, s) => {
        s.writeHead(200, { "Content-Type": XLSX_TYPE });
        const chunk = Buffer.alloc(64 * 1024, 0x50);
        let open = true;
        req.socket.on("close", () => (open = false));
        const more = () => {
          while (open && s.write(chunk));
          if (open) s.once("drain", more);
        };
        more();
      },
      /over the 1 MB limit \(stopped after/,
    ],
  ];
  for (const [name, route, reason] of cases) {
    it(name, async () => {
      publish(route);
      await expectFailedAndUnchanged(() => check(), reason);
    });
  }

  it("the network is unreachable (nothing listens on ICE's port)", async () => {
    const gone = await startIceSite();
    await gone.close();
    await expectFailedAndUnchanged(() => check(gone.pageUrl), /could not read ICE's page: could not connect \(connection refused\)/);
  });
});

describe("a list that was not shipped", () => {
  const ref = reference().find((r) => r.ice_file_name === "participatingAgencies05112026am.xlsx")!;

  it("is found at an address without .xlsx, imported exactly, and archived byte for byte", async () => {
    // ICE's 2026 layout: a download address, the file's name only in Content-Disposition, a relative and an absolute link.
    site.routes.set("/identify-and-arrest/287g", icePage([
      { href: "/file-download/download/public/48311", text: "Participating Agencies (XLSX, 223 KB)" },
      { href: `${site.base}${PENDING_PATH}`, text: "Pending Agencies" },
    ]));
    site.routes.set("/file-download/download/public/48311", serveFile(NOT_SHIPPED, {
      "Content-Type": "application/octet-stream",
      "Content-Disposition": 'attachment; filename="participatingAgencies05112026am.xlsx"',
      "Last-Modified": "Mon, 11 May 2026 13:02:11 GMT",
    }));
    site.routes.set(PENDING_PATH, serveFile(path.join(SEED, SHIPPED_PENDING.file)));
    const before = await everything();

    const r = await check();
    expect(r.error).toBeNull();
    expect(r).toMatchObject({ outcome: "IMPORTED", filesSeen: 2, listsImported: 1 });
    expect(r.lines.join("\n")).toContain("imported participatingAgencies05112026am.xlsx as the participating list of 2026-05-11 (from its Last-Modified header)");
    expect(r.lines.join("\n")).toContain(`skipped ${path.basename(PENDING_PATH)}: already imported, as the pending list of ${SHIPPED_PENDING.published}`);
    // The external copy and the MOA PDF were not followed.
    expect(site.hits.get("/doclib/about/offices/ero/287g/moa/moaHarrisCountyTX.pdf")).toBeUndefined();

    const list = await t.db.snapshot.findFirstOrThrow({ where: { fileName: "participatingAgencies05112026am.xlsx" } });
    expect(list.kind).toBe("PARTICIPATING");
    expect(list.publishedOn.toISOString().slice(0, 10)).toBe("2026-05-11");
    expect(list.rowCount).toBe(Number(ref.rows));
    const byModel = await t.db.observation.groupBy({ by: ["model"], where: { snapshotId: list.id }, _count: true });
    const count = (m: string) => byModel.find((x) => x.model === m)?._count ?? 0;
    expect({ JEM: count("JAIL_ENFORCEMENT"), TFM: count("TASK_FORCE"), WSO: count("WARRANT_SERVICE_OFFICER") }).toEqual({ JEM: Number(ref.JEM), TFM: Number(ref.TFM), WSO: Number(ref.WSO) });
    expect((await everything()).observations - before.observations).toBe(Number(ref.rows));

    const archived = await t.db.iceFile.findFirstOrThrow({ where: { snapshotId: list.id } });
    const source = bytesOf(NOT_SHIPPED);
    expect(Buffer.from(archived.bytes).equals(source)).toBe(true);
    expect(archived.sha256).toBe(createHash("sha256").update(source).digest("hex"));
    expect(archived).toMatchObject({ url: `${site.base}/file-download/download/public/48311`, publishedRule: "LAST_MODIFIED", byteCount: source.length, checkId: r.checkId });
    expect((archived.httpHeaders as Record<string, string>)["last-modified"]).toBe("Mon, 11 May 2026 13:02:11 GMT");
    expect(archived.fileNameDate?.toISOString().slice(0, 10)).toBe("2026-05-11");
    expect(await t.db.fetchCheck.findUniqueOrThrow({ where: { id: r.checkId! } })).toMatchObject({ outcome: "IMPORTED", filesSeen: 2, listsImported: 1, error: null });
  });

  it("served again, changes nothing", async () => {
    const before = await everything();
    const r = await check();
    expect(r).toMatchObject({ outcome: "NOTHING_NEW", listsImported: 0, error: null });
    expect(r.lines.join("\n")).toContain("skipped participatingAgencies05112026am.xlsx: already imported, as the participating list of 2026-05-11");
    expect(await everything()).toEqual(before);
  });

  it("behind swapped links, still gets its kind from its header; without Last-Modified, the day it was first fetched", async () => {
    site.routes.set("/identify-and-arrest/287g", icePage([
      { href: PARTICIPATING_PATH, text: "Participating Agencies" },
      { href: PENDING_PATH, text: "Pending Agencies" },
    ]));
    site.routes.set(PARTICIPATING_PATH, (_q, s) => s.writeHead(200, { "Content-Type": XLSX_TYPE }).end(bytesOf(NOT_SHIPPED_PENDING)));
    site.routes.set(PENDING_PATH, serveFile(path.join(SEED, SHIPPED_PARTICIPATING.file)));
    const pendingRef = reference().find((x) => x.ice_file_name === "pendingAgencies02172026pm.xlsx")!;
    const today = eastern(new Date());

    const r = await check();
    expect(r).toMatchObject({ outcome: "IMPORTED", listsImported: 1, error: null });
    const text = r.lines.join("\n");
    expect(text).toContain(`as the pending list of ${today} (the day it was first fetched`);
    expect(text).toContain("the link says participating, but the file's header is the pending list's");
    expect(text).toContain(`skipped ${path.basename(PENDING_PATH)}: already imported, as the participating list of ${SHIPPED_PARTICIPATING.published}`);
    const list = await t.db.snapshot.findFirstOrThrow({ where: { sha256: createHash("sha256").update(bytesOf(NOT_SHIPPED_PENDING)).digest("hex") } });
    expect(list).toMatchObject({ kind: "PENDING", rowCount: Number(pendingRef.rows) });
    expect(await t.db.iceFile.findFirstOrThrow({ where: { snapshotId: list.id } })).toMatchObject({ publishedRule: "FIRST_FETCHED", lastModified: null });
  });
});

describe("one check at a time", () => {
  it("a second server does not check while one is checking, and records nothing", async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    site.routes.set("/identify-and-arrest/287g", (_q, s) => void held.then(() => icePage([])(_q, s)));
    const first = check(site.pageUrl);
    await new Promise((r) => setTimeout(r, 300));
    const checksBefore = await t.db.fetchCheck.count();
    const second = await checkIcePage(t.db, { pageUrl: site.pageUrl, limits: LIMITS });
    expect(second.outcome).toBe("BUSY");
    expect(await t.db.fetchCheck.count()).toBe(checksBefore);
    release();
    expect((await first).outcome).toBe("FAILED");
  });
});
