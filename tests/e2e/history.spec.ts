// Agency pages, change history, pending applications and the about page, as a reader uses them.
import { expect, test, type Page } from "@playwright/test";
import { foldName, keysOf, minus, participatingFiles, pendingFiles, recordsOf, stillListed } from "../helpers/raw-keys";
import { manifest } from "../helpers/source-files";

const longDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
const files = participatingFiles();

async function screens(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `test-results/screens/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `test-results/screens/${name}-phone.png`, fullPage: true });
  // Nothing may stick out sideways at phone width (wide tables scroll inside their own box).
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

test("Etowah County Sheriff's Office: its agreements, dates and lists, exactly as the files show", async ({ page }) => {
  // Reading every shipped participating file for the expected answer takes 20 s and more on a busy machine.
  test.setTimeout(120_000);
  const seen = await stillListed(files, "AL", "etowah county sheriffs office");
  expect([...seen.keys()].sort()).toEqual(["JAIL_ENFORCEMENT", "TASK_FORCE"]);

  const res = await page.goto("/agencies/al-etowah-county-sheriffs-office");
  expect(res?.status()).toBe(200);
  await expect(page).toHaveTitle(/Etowah County Sheriff's Office, AL/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Etowah County Sheriff's Office");
  await expect(page.getByRole("heading", { level: 3 })).toHaveText(["Jail Enforcement", "Task Force"]);
  for (const [model, s] of seen) {
    const card = page.getByTestId(`agreement-${model}`);
    await expect(card.getByTestId("signed")).toHaveText(longDate(s.signed));
    await expect(card.getByTestId("first-list")).toContainText(longDate(s.first));
    await expect(card.getByTestId("last-list")).toContainText(longDate(s.last));
    await expect(card.getByTestId("gone")).toHaveCount(0);
    await expect(card.getByRole("link", { name: /^https:\/\/www\.ice\.gov\/doclib\// })).toHaveCount(1);
  }
  // ICE listed it as pending (for Task Force) on one pending list only, of December 5, 2025, and the next no longer did.
  const pendings = pendingFiles();
  // (ICE published more than one pending list that day: the first and the last of them both show it.)
  const first = pendings.findIndex((f) => f.published === "2025-12-05");
  const at = pendings.findLastIndex((f) => f.published === "2025-12-05");
  const etowah = async (f: (typeof pendings)[number]) =>
    (await recordsOf(f)).filter((r) => r.code === "AL" && foldName(r.agency) === "etowah county sheriffs office").map((r) => r.model);
  expect(await etowah(pendings[first])).toEqual(["TASK_FORCE"]);
  expect(await etowah(pendings[at])).toEqual(["TASK_FORCE"]);
  expect(await etowah(pendings[first - 1])).toEqual([]);
  expect(await etowah(pendings[at + 1])).toEqual([]);
  await expect(page.getByTestId("pending-periods").locator("li")).toHaveText([
    `Pending (Task Force) from the list of ${longDate("2025-12-05")} to the list of ${longDate("2025-12-05")}; off the pending list from ${longDate(pendings[at + 1].published)}.`,
  ]);
  await expect(page.getByRole("link", { name: "About the data" }).first()).toHaveAttribute("href", "/about");
  await page.getByRole("link", { name: "All agreements in Alabama" }).click();
  await expect(page).toHaveURL(/\/states\/al$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alabama: 287(g) agreements");
  await page.goto("/agencies/al-etowah-county-sheriffs-office");
  await screens(page, "agency");
});

test("an agency that left ICE's list says since when; an unknown agency is a 404", async ({ page }) => {
  const newest = files.at(-1)!;
  const before = files.at(-2)!;
  await page.goto(`/changes?change=removed&asOf=${newest.published}`);
  const first = page.getByTestId("change-group").first();
  await expect(first.getByRole("heading", { level: 2 })).toHaveText(`List of ${longDate(newest.published)}`);
  const row = first.getByTestId("change-row").first();
  const model = (await row.locator("td").nth(2).innerText()).trim();
  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const card = page.locator("li", { has: page.getByRole("heading", { level: 3, name: model }) });
  await expect(card.getByTestId("gone")).toHaveText(`No longer on ICE’s list since ${longDate(newest.published)}.`);
  await expect(card.getByTestId("last-list")).toContainText(longDate(before.published));

  const res = await page.goto("/agencies/tx-no-such-agency");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("changes: a list's additions and removals for a state and model are the files' differences", async ({ page }) => {
  const day = "2026-04-30";
  const i = files.findIndex((f) => f.published === day);
  const only = (s: Set<string>) => new Set([...s].filter((k) => k.startsWith("TX|") && k.endsWith("|TASK_FORCE")));
  const now = only(await keysOf(files[i]));
  const prev = only(await keysOf(files[i - 1]));
  const added = minus(now, prev).size;
  const removed = minus(prev, now).size;

  await page.goto(`/changes?state=tx&model=task-force&asOf=${day}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Changes in Texas");
  await expect(page).toHaveTitle(`Changes in Texas: Task Force, as of ${longDate(day)} · 287(g) agreements dashboard`);
  // Feed readers find the state's feed from the page itself.
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/states\/tx\/feed\.xml$/);
  const group = page.getByTestId("change-group").first();
  await expect(group.getByRole("heading", { level: 2 })).toHaveText(`List of ${longDate(day)}`);
  const summary = group.locator("p").first();
  await expect(summary).toContainText(`compared with the list of ${longDate(files[i - 1].published)}`);
  await expect(summary).toContainText(`${added} added`);
  if (removed) await expect(summary).toContainText(`${removed} removed`);
  else await expect(summary).not.toContainText("removed");
  // The breakdown by state and model agrees.
  await group.getByText("By state and model", { exact: true }).click();
  const breakdown = group.getByTestId("change-breakdown").locator("tbody tr");
  await expect(breakdown).toHaveCount(1);
  await expect(breakdown.locator("th")).toHaveText("TX");
  await expect(breakdown.locator("td").nth(1)).toHaveText(String(added));
  await expect(breakdown.locator("td").nth(2)).toHaveText(String(removed));
  const models = await page.getByTestId("change-row").locator("td:nth-child(4)").allInnerTexts();
  expect(new Set(models)).toEqual(new Set(["Task Force"]));
  await expect(page.getByRole("link", { name: /Atom feed/ })).toHaveAttribute("href", "/states/tx/feed.xml");
  await screens(page, "changes");
});

test("changes: the filters are a form that writes the URL, usable from the keyboard", async ({ page }) => {
  await page.goto("/changes");
  await page.getByLabel("State").selectOption({ label: "Alabama" });
  await page.getByLabel("Change", { exact: true }).selectOption("redated");
  await page.getByRole("button", { name: "Apply" }).focus();
  await page.keyboard.press("Enter");
  // A plain GET form also sends its empty fields, which mean "not set".
  await expect(page).toHaveURL(/\/changes\?state=al&change=redated(&asOf=)?$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Changes in Alabama");
  const kinds = await page.getByTestId("change-row").locator("td:first-child").allInnerTexts();
  expect(kinds.length).toBeGreaterThan(0);
  expect(new Set(kinds)).toEqual(new Set(["Re-dated"]));
  await page.getByRole("link", { name: "Task Force (select to add)" }).click();
  await expect(page).toHaveURL(/\/changes\?state=al&model=task-force&change=redated$/);
});

test("the home page shows the latest changes and links to them", async ({ page }) => {
  await page.goto("/");
  const latest = page.getByTestId("latest-changes");
  await expect(latest).toContainText(`ICE’s list of ${longDate(files.at(-1)!.published)} compared with the list of ${longDate(files.at(-2)!.published)}`);
  await latest.getByRole("link", { name: "Every change, list by list" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Changes");
});

test("pending applications: per state, with outcomes, and a filter by outcome", async ({ page }) => {
  await page.goto("/pending?state=tx");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pending applications in Texas");
  const rows = page.getByTestId("pending-row");
  expect(await rows.count()).toBeGreaterThan(5);
  expect(new Set(await rows.locator("td:nth-child(2)").allInnerTexts())).toEqual(new Set(["TX"]));
  const signed = Number((await page.getByTestId("outcome-signed").innerText()).replace(/,/g, ""));
  await page.getByRole("link", { name: /^Show only these\W+signed$/ }).click();
  await expect(page).toHaveURL(/\/pending\?state=tx&outcome=signed$/);
  await expect(page.getByTestId("row-range").first()).toContainText(`of ${signed}`);
  const outcomes = await page.getByTestId("pending-row").locator("td:nth-child(5)").allInnerTexts();
  expect(outcomes.every((o) => o.startsWith("Signed"))).toBe(true);
  await page.goto("/pending");
  await screens(page, "pending");
});

test("pending applications link the county and town each agency serves to their pages", async ({ page }) => {
  // county_population.csv: "48,48365,Texas,Panola County"; place_population_acs5_2023.csv: "4838632,…,Keller city".
  await page.goto("/pending?state=tx&q=Panola");
  const sheriff = page.getByTestId("pending-row").filter({ hasText: "Panola County Sheriff's Office" });
  await sheriff.getByRole("link", { name: "Panola County", exact: true }).click();
  await expect(page).toHaveURL(/\/counties\/48365$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Panola County");
  await page.goto("/pending?state=tx&q=Keller");
  const police = page.getByTestId("pending-row").filter({ hasText: "Keller Police Department" });
  await expect(police.getByRole("link", { name: "Keller", exact: true })).toHaveAttribute("href", "/places/4838632");
  await expect(police.getByRole("link", { name: "Tarrant County", exact: true })).toHaveAttribute("href", "/counties/48439");
  // The agency's page says the same, with the same links.
  await police.getByRole("link", { name: "Keller Police Department" }).click();
  const where = page.getByTestId("placement");
  await expect(where.getByRole("link", { name: "Keller", exact: true })).toHaveAttribute("href", "/places/4838632");
  await expect(where.getByRole("link", { name: "Tarrant County", exact: true })).toHaveAttribute("href", "/counties/48439");
});

test("about: the models, sources, credits, and the repair ledger filtered by list", async ({ page }) => {
  await page.goto("/about");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About the data");
  for (const m of ["Jail Enforcement", "Warrant Service Officer", "Task Force"]) await expect(page.locator("dt", { hasText: m })).toBeVisible();
  await expect(page.getByText(/^Place locations: GeoNames, under the Creative Commons Attribution 4\.0 licence/)).toBeVisible();
  await expect(page.getByText(/^State and county shapes: U\.S\. Census Bureau/)).toBeVisible();
  await page.getByRole("link", { name: /ICE spreadsheets and .* archived-page tables imported/ }).click();
  await expect(page).toHaveURL(/\/lists$/);
  await expect(page.getByRole("table", { name: "Every list imported, newest first" })).toBeVisible();

  // The ledger has a page of its own, linked from the about page; the about page's old ledger addresses lead to it.
  await page.goto("/about#ledger");
  await page.locator("#ledger ~ p").getByRole("link", { name: "the repair ledger" }).click();
  await expect(page).toHaveURL(/\/about\/ledger$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Repair ledger");
  await page.goto("/about?list=participating-2025-06-27#ledger");
  await expect(page).toHaveURL(/\/about\/ledger\?list=participating-2025-06-27/);
  const cells = await page.getByTestId("ledger-row").locator("th").allInnerTexts();
  expect(cells.length).toBeGreaterThan(0);
  expect(new Set(cells)).toEqual(new Set(["participating June 27, 2025"]));
  await expect(page.getByRole("table", { name: /Repairs to the participating list of June 27, 2025/ })).toBeVisible();
  await page.goto("/about");
  await screens(page, "about");
});

test("/lists: every list, newest first, a page at a time, and whole in its download", async ({ page, request }) => {
  // Every dated shipped file is one list (two byte-identical pending files are one list), counted from the manifest.
  const lists = [...new Map(manifest().filter((m) => m.published).map((m) => [m.sha256, m])).values()];
  const days = lists.map((m) => m.published).sort();
  const fileNames = (day: string) => lists.filter((m) => m.published === day).map((m) => m.ice_file_name || m.file.split("/").pop()!);
  const dayText = (d: string) => new Date(`${d}T00:00:00Z`).toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });
  const pages = Math.ceil(lists.length / 50);
  const table = page.getByTestId("lists-table");

  await page.goto("/lists");
  await expect(page.getByTestId("row-range").first()).toHaveText(`Lists 1–50 of ${lists.length.toLocaleString("en-US")}`);
  await expect(table.locator("tbody tr")).toHaveCount(50);
  const first = table.locator("tbody tr").first();
  await expect(first.locator("td").first()).toHaveText(dayText(days.at(-1)!));
  expect(fileNames(days.at(-1)!)).toContain(await first.locator("code").innerText());

  await page.getByRole("link", { name: "Next page" }).first().click();
  await expect(page).toHaveURL(/\/lists\?page=2$/);
  await page.goto(`/lists?page=${pages}`);
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(lists.length - (pages - 1) * 50);
  const last = rows.last();
  await expect(last.locator("td").first()).toHaveText(dayText(days[0]));
  expect(fileNames(days[0])).toContain(await last.locator("code").innerText());
  await expect(page.getByRole("link", { name: "Next page" })).toHaveCount(0);

  // The download holds every list, whatever page the view was on.
  const json = await (await request.get("/download/lists.json?page=3")).json();
  expect(json.count).toBe(lists.length);
  expect(json.rows[0].publishedOn).toBe(days.at(-1));
  expect(json.rows.at(-1).publishedOn).toBe(days[0]);
  const csv = await (await request.get("/download/lists.csv")).text();
  expect(csv.trim().split("\n").filter((l) => /^\d{4}-\d{2}-\d{2},/.test(l))).toHaveLength(lists.length);
});

test("a page with bad filters falls back to defaults and says so", async ({ page }) => {
  const res = await page.goto("/agreements?state=CA&state=NY&page=-1&model=jail,nope");
  expect(res?.status()).toBe(200);
  const notes = page.getByTestId("filter-notes");
  await expect(notes).toContainText("“state” was given more than once");
  await expect(notes).toContainText("“model”");
  await expect(notes).toContainText("“page”");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("287(g) agreements");
  const newest = files.at(-1)!;
  await expect(page.getByTestId("row-range").first()).toHaveText(`Agreements 1–50 of ${Number(newest.rows).toLocaleString("en-US")}`);

  await page.goto("/agreements?asOf=2019-06-01");
  await expect(page.getByTestId("filter-notes")).toContainText("No participating list was published on or before June 1, 2019");
  await expect(page.getByTestId("list-date")).toHaveText(longDate(files[0].published));
  await page.goto("/agreements?state=tx&model=task-force");
  await screens(page, "agreements");
});
