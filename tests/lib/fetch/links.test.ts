// Finding ICE's spreadsheet links by what they are, as ICE's page has written them, and reading the dates ICE's file
// names carry.
import { describe, expect, it } from "vitest";
import { fileNameDate, publicationDate } from "../../../lib/fetch/dates";
import { spreadsheetLinks } from "../../../lib/fetch/links";
import { parseEnv } from "../../../lib/env";

const PAGE = "https://www.ice.gov/identify-and-arrest/287g";

describe("spreadsheetLinks", () => {
  it("finds ICE's drifting file names, relative or absolute, in any case, and old and new addresses", () => {
    const html = `
      <a href="/doclib/about/offices/ero/287g/participatingAgencies10092026.xlsx">Participating Agencies</a>
      <a href='https://www.ice.gov/doclib/about/offices/ero/287g/287gParticipatingAgencies091526pm.XLSX'>List</a>
      <a href="../doclib/ParticipatingAgency091826am.xlsx"><span>Participating</span> <b>agency</b></a>
      <a href="/file-download/download/public/48311" title="Pending Agencies">Download</a>
      <a href="/sites/default/files/documents/pendingAgencies02272026am.xlsx?x=1#top">Pending &amp; requests</a>`;
    expect(spreadsheetLinks(html, PAGE).map((l) => l.url)).toEqual([
      "https://www.ice.gov/doclib/about/offices/ero/287g/participatingAgencies10092026.xlsx",
      "https://www.ice.gov/doclib/about/offices/ero/287g/287gParticipatingAgencies091526pm.XLSX",
      "https://www.ice.gov/doclib/ParticipatingAgency091826am.xlsx",
      "https://www.ice.gov/file-download/download/public/48311",
      "https://www.ice.gov/sites/default/files/documents/pendingAgencies02272026am.xlsx?x=1",
    ]);
  });

  it("leaves out other hosts, PDFs, pages and links that name no list", () => {
    const html = `
      <a href="https://www.example.org/participatingAgencies.xlsx">Participating agencies (a copy)</a>
      <a href="/doclib/about/offices/ero/287g/moa/moaHarrisCountyTX.pdf">Participating agency MOA</a>
      <a href="/identify-and-arrest/287g/participating-agencies">Participating agencies</a>
      <a href="/file-download/download/public/1">Annual report</a>
      <a href="mailto:287g@ice.dhs.gov">Pending questions</a>`;
    expect(spreadsheetLinks(html, PAGE)).toEqual([]);
  });

  it("names each address once", () => {
    const html = `<a href="/a/pendingAgencies.xlsx">Pending</a> <a href="https://www.ice.gov/a/pendingAgencies.xlsx">Pending (Excel)</a>`;
    expect(spreadsheetLinks(html, PAGE)).toHaveLength(1);
  });
});

describe("dates", () => {
  it("reads the dates in ICE's file names as ICE wrote them", () => {
    expect(fileNameDate("participatingAgencies10092026.xlsx")).toBe("2026-10-09");
    expect(fileNameDate("287gParticipatingAgencies091526pm.xlsx")).toBe("2026-09-15");
    expect(fileNameDate("ParticipatingAgency091826am.xlsx")).toBe("2026-09-18");
    expect(fileNameDate("participatingAgencies-20250221214937.xlsx")).toBe("2025-02-21");
    expect(fileNameDate("pendingAgencies.xlsx")).toBeNull();
  });

  it("takes the publication date from Last-Modified, in Washington's day, else the day of the first fetch", () => {
    const fetched = new Date("2026-12-02T15:00:00Z");
    // 8:30 p.m. Eastern on May 18 is already May 19 in UTC.
    expect(publicationDate("Tue, 19 May 2026 00:30:00 GMT", fetched)).toMatchObject({ publishedOn: "2026-05-18", rule: "LAST_MODIFIED" });
    expect(publicationDate(null, fetched)).toEqual({ publishedOn: "2026-12-02", rule: "FIRST_FETCHED", lastModified: null });
    expect(publicationDate("yesterday", fetched).rule).toBe("FIRST_FETCHED");
    expect(publicationDate("Fri, 01 Jan 2027 00:00:00 GMT", fetched).rule).toBe("FIRST_FETCHED");
  });
});

describe("ICE_FETCH_EVERY", () => {
  it("is 6 hours by default, off disables it, and anything else stops the start with its name", () => {
    expect(parseEnv({}).ICE_FETCH_EVERY).toBe(6 * 3_600_000);
    expect(parseEnv({ ICE_FETCH_EVERY: "30m" }).ICE_FETCH_EVERY).toBe(1_800_000);
    expect(parseEnv({ ICE_FETCH_EVERY: "off" }).ICE_FETCH_EVERY).toBeNull();
    expect(() => parseEnv({ ICE_FETCH_EVERY: "often" })).toThrow(/ICE_FETCH_EVERY: must be "off" or a number with a unit/);
    expect(() => parseEnv({ ICE_FETCH_EVERY: "1s" })).toThrow(/ICE_FETCH_EVERY/);
    expect(() => parseEnv({ ICE_PAGE_URL: "ftp://ice.gov/287g" })).toThrow(/ICE_PAGE_URL/);
  });
});
