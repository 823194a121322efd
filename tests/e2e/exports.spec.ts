// Downloads, the JSON API and the Atom feeds, checked against ICE's files and against the formats' own rules.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { XMLParser } from "fast-xml-parser";
import { readFileSync } from "node:fs";
import path from "node:path";
import { keysOf, minus, participatingFiles, pendingFiles, recordsOf, rowKey, stillListed } from "../helpers/raw-keys";
import { ROOT } from "../helpers/source-files";

const files = participatingFiles();
const fileFor = (asOf: string) => files.filter((f) => f.published <= asOf).at(-1)!;
const MODEL = { "Task Force": "TASK_FORCE", "Jail Enforcement": "JAIL_ENFORCEMENT", "Warrant Service Officer": "WARRANT_SERVICE_OFFICER" } as const;
const SLUG = { "task-force": "TASK_FORCE", jail: "JAIL_ENFORCEMENT", wso: "WARRANT_SERVICE_OFFICER" } as const;

async function expected(file: (typeof files)[number], state: string, model: string) {
  return new Set([...(await keysOf(file))].filter((k) => k.startsWith(`${state}|`) && k.endsWith(`|${model}`)));
}

test.describe("downloads of a filtered view hold exactly the rows the filters match, on every page", () => {
  for (const [state, model, slug, asOf] of [
    ["AL", "TASK_FORCE", "task-force", null],
    ["TX", "JAIL_ENFORCEMENT", "jail", "2025-06-30"],
  ] as const) {
    test(`agreements in ${state}, ${slug}${asOf ? `, as of ${asOf}` : ""}`, async ({ page, request }) => {
      const file = asOf ? fileFor(asOf) : files.at(-1)!;
      const want = await expected(file, state, model);
      expect(want.size).toBeGreaterThan(0);
      const query = `?state=${state.toLowerCase()}&model=${slug}${asOf ? `&asOf=${asOf}` : ""}`;

      // The page links to the downloads with its own filters.
      await page.goto(`/agreements${query}`);
      await expect(page.getByRole("link", { name: "Download CSV" })).toHaveAttribute("href", `/download/agreements.csv${query}`);
      await expect(page.getByRole("link", { name: "Download JSON" })).toHaveAttribute("href", `/download/agreements.json${query}`);

      const csvRes = await request.get(`/download/agreements.csv${query}`);
      expect(csvRes.status()).toBe(200);
      expect(csvRes.headers()["content-type"]).toContain("text/csv");
      // The file's name says what it holds: the state, the model and the list's date.
      expect(csvRes.headers()["content-disposition"]).toBe(`attachment; filename="287g-agreements-${state.toLowerCase()}-${slug}-${file.published}.csv"`);
      const bytes = await csvRes.body();
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.subarray(3).toString("utf8");
      // The header is row 1 (pandas and R take the first line for it); the citation travels in every row.
      expect(text.split("\r\n")[0]).toBe("state,agency,agency_type,county,county_fips,census_geoid,model,signed,moa_url,addendum_url,agency_page,source");
      const records = parse(text, { columns: true }) as Record<string, string>[];
      expect(new Set(records.map((r) => r.source))).toEqual(new Set([`ICE participating list published ${file.published} (file ${file.ice_file_name})`]));
      expect(new Set(records.map((r) => rowKey(r.state, r.agency, MODEL[r.model as keyof typeof MODEL])))).toEqual(want);
      expect(records).toHaveLength(want.size);

      const json = await (await request.get(`/download/agreements.json${query}`)).json();
      expect(json.source).toBe(`ICE participating list published ${file.published} (file ${file.ice_file_name})`);
      expect(json.filters).toEqual({ state: state.toLowerCase(), model: slug, ...(asOf ? { asOf } : {}) });
      expect(json.count).toBe(want.size);
      expect(new Set(json.rows.map((r: { state: string; agency: string; model: keyof typeof SLUG }) => rowKey(r.state, r.agency, SLUG[r.model])))).toEqual(want);
    });
  }

  test("pending list changes: who joined and left a pending list are the differences of the two files' rows", async ({ request }) => {
    const pending = pendingFiles().filter((f, i, all) => all.findIndex((g) => g.sha256 === f.sha256) === i);
    const day = "2026-01-30";
    const i = pending.findIndex((f) => f.published === day);
    const names = async (f: (typeof pending)[number]) => new Set((await recordsOf(f)).map((r) => rowKey(r.code, r.agency, null)));
    const [now, before] = await Promise.all([names(pending[i]), names(pending[i - 1])]);
    const body = await (await request.get(`/download/pending-changes.json?asOf=${day}`)).json();
    expect(body.source).toContain(`ICE pending list published ${day}`);
    const at = body.rows.filter((r: { listPublished: string }) => r.listPublished === day);
    const keys = (c: string) => new Set(at.filter((r: { change: string }) => r.change === c).map((r: { state: string; agency: string }) => rowKey(r.state, r.agency, null)));
    expect(keys("now-pending")).toEqual(minus(now, before));
    expect(keys("left-pending-list")).toEqual(minus(before, now));
    expect(at.length).toBeGreaterThan(0);
  });

  test("a download that does not exist is a 404, and bad filters a 400, both in JSON", async ({ request }) => {
    for (const name of ["constructor.csv", "agreements.xlsx", "secrets.json"]) {
      const res = await request.get(`/download/${name}`);
      expect(res.status(), name).toBe(404);
      expect((await res.json()).error.parameter).toBe("file");
    }
    const bad = await request.get("/download/agreements.csv?state=tx&state=ca");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toEqual({ error: { parameter: "state", message: "was given more than once" } });
  });

  test("a download ignores the page: it is always whole", async ({ request }) => {
    const all = await (await request.get("/download/agreements.json?state=tx")).json();
    const page3 = await (await request.get("/download/agreements.json?state=tx&page=3")).json();
    expect(all.count).toBeGreaterThan(100);
    expect(page3.rows).toEqual(all.rows);
  });

  test("changes, pending and ledger downloads cite their lists", async ({ request }) => {
    const changes = await request.get("/download/changes.csv?state=al&change=added");
    const rows = parse((await changes.text()).slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0].source).toMatch(/^ICE participating lists published 2021-01-13 to \d{4}-\d\d-\d\d/);
    expect(rows.every((r) => r.state === "AL" && r.change === "added")).toBe(true);
    const pending = await (await request.get("/download/pending.json?outcome=dropped")).json();
    expect(pending.source).toMatch(/ICE pending list published/);
    expect(pending.rows.every((r: { outcome: string }) => r.outcome === "dropped")).toBe(true);
    const ledger = await (await request.get("/download/ledger.json?list=participating-2025-06-27")).json();
    expect(ledger.source).toContain("participating list published 2025-06-27");
    expect(ledger.rows.every((r: { list: string }) => r.list === "participating-2025-06-27")).toBe(true);
  });
});

test.describe("a CSV an analyst can load as it is", () => {
  const newest = files.at(-1)!;
  const csvOf = async (request: APIRequestContext, url: string) => {
    const res = await request.get(url);
    expect(res.status()).toBe(200);
    return { res, records: parse(await res.body(), { bom: true, columns: true }) as Record<string, string>[] };
  };

  test("the whole newest list: header in row 1, and as many rows per model as ICE's file has", async ({ request }) => {
    const { res, records } = await csvOf(request, "/download/agreements.csv");
    expect(res.headers()["content-disposition"]).toBe(`attachment; filename="287g-agreements-${newest.published}.csv"`);
    const count = (model: string) => records.filter((r) => r.model === model).length;
    // The shipped file's counts, from prisma/seed/ice/manifest.csv.
    expect(count("Jail Enforcement")).toBe(Number(newest.jail_enforcement));
    expect(count("Task Force")).toBe(Number(newest.task_force));
    expect(count("Warrant Service Officer")).toBe(Number(newest.warrant_service_officer));
  });

  test("a county agency's county_fips and census_geoid are its county's, as the Census file gives it", async ({ request, baseURL }) => {
    const census = parse(readFileSync(path.join(ROOT, "prisma/seed/census/county_population.csv")), { columns: true }) as Record<string, string>[];
    const etowah = census.find((c) => c.state_name === "Alabama" && c.county_name === "Etowah County")!;
    const { res, records } = await csvOf(request, "/download/agreements.csv?state=al&model=jail");
    expect(res.headers()["content-disposition"]).toBe(`attachment; filename="287g-agreements-al-jail-${newest.published}.csv"`);
    const row = records.find((r) => r.agency === "Etowah County Sheriff's Office")!;
    expect(row).toMatchObject({ county_fips: etowah.county_fips, census_geoid: etowah.county_fips });
    // The agency page is an absolute address that answers.
    expect(row.agency_page).toBe(`${baseURL}/agencies/al-etowah-county-sheriffs-office`);
    expect((await request.get(row.agency_page)).status()).toBe(200);
  });

  test("every download is named for its filters and list", async ({ request }) => {
    const name = async (url: string) => (await request.get(url)).headers()["content-disposition"];
    expect(await name("/download/agreements.csv?state=fl&model=jail,wso&asOf=2025-06-30")).toBe(`attachment; filename="287g-agreements-fl-jail-wso-${fileFor("2025-06-30").published}.csv"`);
    expect(await name("/download/states.json?model=task-force")).toBe(`attachment; filename="287g-states-task-force-${newest.published}.json"`);
    expect(await name("/download/ledger.csv?list=participating-2025-06-27")).toBe(`attachment; filename="287g-ledger-2025-06-27.csv"`);
  });
});

test.describe("the JSON API", () => {
  async function walk(request: APIRequestContext, url: string) {
    const rows: { state: string; agency: string; model: keyof typeof SLUG }[] = [];
    let next: string | null = url;
    let first: { total: number; source: string } | null = null;
    while (next) {
      const res: Awaited<ReturnType<APIRequestContext["get"]>> = await request.get(next);
      expect(res.status()).toBe(200);
      const body: { total: number; source: string; data: typeof rows; links: { next: string | null } } = (await res.json()) as never;
      first ??= body;
      rows.push(...body.data);
      next = body.links.next;
    }
    return { rows, first: first! };
  }

  test("agreements, walked page by page, are the file's rows for the filters", async ({ request }) => {
    const want = await expected(files.at(-1)!, "TX", "TASK_FORCE");
    expect(want.size).toBeGreaterThan(100); // more than one page
    const { rows, first } = await walk(request, "/api/v1/agreements?state=TX&model=task-force");
    expect(first.total).toBe(want.size);
    expect(first.source).toContain(files.at(-1)!.ice_file_name);
    expect(new Set(rows.map((r) => rowKey(r.state, r.agency, SLUG[r.model])))).toEqual(want);
    expect(rows).toHaveLength(want.size);
  });

  test("states, snapshots and changes answer with their source", async ({ request }) => {
    const states = await (await request.get("/api/v1/states?model=task-force&asOf=2025-06-30")).json();
    expect(states.list.publishedOn).toBe(fileFor("2025-06-30").published);
    const tx = states.data.find((s: { state: string }) => s.state === "TX");
    expect(tx.agreements).toBe((await expected(fileFor("2025-06-30"), "TX", "TASK_FORCE")).size);
    const snapshots = await (await request.get("/api/v1/snapshots?kind=participating")).json();
    expect(snapshots.data.map((s: { publishedOn: string }) => s.publishedOn)).toEqual(files.map((f) => f.published));
    const changes = await (await request.get("/api/v1/changes?state=fl&change=added")).json();
    expect(changes.data.every((c: { state: string; change: string }) => c.state === "FL" && c.change === "added")).toBe(true);
    const agencies = await (await request.get("/api/v1/agencies?state=al&q=etowah")).json();
    // "etowah" also finds the agencies placed in Etowah County (its towns' police), as the agencies page does.
    expect(agencies.data).toContainEqual(expect.objectContaining({ agency: "Etowah County Sheriff's Office", models: ["jail", "task-force"] }));
  });

  test("one agency's record: Etowah County Sheriff's Office, as the files show it", async ({ request }) => {
    // Reading every shipped participating file for the expected answer takes 20 s and more on a busy machine.
    test.setTimeout(120_000);
    const lists = await stillListed(files, "AL", "etowah county sheriffs office");
    const body = await (await request.get("/api/v1/agencies/al-etowah-county-sheriffs-office")).json();
    expect(body.source).toContain(files.at(-1)!.ice_file_name);
    expect(body.data.agency).toBe("Etowah County Sheriff's Office");
    const byModel = Object.fromEntries(body.data.agreements.map((a: { model: keyof typeof SLUG }) => [SLUG[a.model], a]));
    expect(Object.keys(byModel).sort()).toEqual([...lists.keys()].sort());
    for (const [model, seen] of lists) {
      expect(byModel[model]).toMatchObject({ firstList: { publishedOn: seen.first }, lastList: { publishedOn: seen.last }, noLongerListedSince: null });
      // On the lists from its first to the newest, at most every one of them (it may have been left off one for a while).
      expect(byModel[model].listsOn).toBeGreaterThan(1);
      expect(byModel[model].listsOn).toBeLessThanOrEqual(seen.listsSinceFirst);
    }
    const missing = await request.get("/api/v1/agencies/al-no-such-agency");
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error.parameter).toBe("slug");
  });

  for (const [query, parameter] of [
    ["/api/v1/agreements?state=zz", "state"],
    ["/api/v1/agreements?state=tx&state=ca", "state"],
    ["/api/v1/agreements?model=jail,bogus", "model"],
    ["/api/v1/agreements?page=0", "page"],
    ["/api/v1/agreements?asOf=2025-02-30", "asOf"],
    ["/api/v1/agreements?asOf=2019-01-01", "asOf"],
    [`/api/v1/agencies?q=${"x".repeat(500)}`, "q"],
    ["/api/v1/changes?change=moved", "change"],
    ["/api/v1/states?colour=red", "colour"],
    ["/api/v1/snapshots?kind=draft", "kind"],
  ] as const) {
    test(`${query.slice(0, 60)} → 400 naming ${parameter}`, async ({ request }) => {
      const res = await request.get(query);
      expect(res.status()).toBe(400);
      expect(res.headers()["content-type"]).toContain("application/json");
      const body = await res.json();
      expect(body.error.parameter).toBe(parameter);
      expect(typeof body.error.message).toBe("string");
    });
  }

  test("the OpenAPI document describes every endpoint, and the /api page documents them", async ({ page, request }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual(["/api/v1/agencies", "/api/v1/agencies/{slug}", "/api/v1/agreements", "/api/v1/changes", "/api/v1/counties/{fips}", "/api/v1/places/{geoid}", "/api/v1/search", "/api/v1/snapshots", "/api/v1/states"]);
    const names = doc.paths["/api/v1/agreements"].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(["state", "model", "type", "q", "sort", "asOf", "page"]);
    await page.goto("/api");
    await expect(page.getByRole("heading", { level: 2 })).toHaveCount(8);
    await page.getByRole("link", { name: "/api/v1/agreements?state=tx&model=task-force" }).click();
    await expect(page.locator("body")).toContainText('"source"');
    await page.goto("/api");
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: "test-results/screens/api-desktop.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/screens/api-phone.png", fullPage: true });
  });
});

test.describe("Atom feeds", () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => name === "entry" || name === "link" });
  for (const path of ["/changes/feed.xml", "/states/al/feed.xml"]) {
    test(`${path} is an Atom feed with the required elements`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(200);
      expect(res.headers()["content-type"]).toContain("application/atom+xml");
      const xml = await res.text();
      const { feed } = parser.parse(xml);
      expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
      expect(feed.id).toMatch(/^https?:\/\/.+feed\.xml$/);
      expect(typeof feed.title === "object" ? feed.title["#text"] : feed.title).toMatch(path.includes("/al/") ? /Alabama/ : /United States/);
      expect(new Date(feed.updated).toISOString().slice(0, 10)).toBe(files.at(-1)!.published);
      expect(feed.entry.length).toBeGreaterThan(0);
      const ids = new Set<string>();
      for (const e of feed.entry) {
        expect(e.id).toBeTruthy();
        ids.add(e.id);
        expect(typeof e.title === "object" ? e.title["#text"] : e.title).toMatch(/^ICE (pending )?list of /);
        expect(Number.isNaN(Date.parse(e.updated))).toBe(false);
        expect(e.link[0]["@href"]).toMatch(/^https?:\/\//);
      }
      expect(ids.size).toBe(feed.entry.length);
      // Newest first: the first entry is the newest list's.
      expect(new Date(feed.entry[0].updated).toISOString().slice(0, 10)).toBe(files.at(-1)!.published);
    });
  }
  test("an unknown state has no feed", async ({ request }) => {
    expect((await request.get("/states/zz/feed.xml")).status()).toBe(404);
  });
});
