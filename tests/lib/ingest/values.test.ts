// Cell-level repairs, each from a value seen in ICE's files.
import { describe, expect, it } from "vitest";
import { modelFromSupportType } from "../../../lib/domain/models";
import { stateFromIceText } from "../../../lib/domain/states";
import { parseSignedDate } from "../../../lib/ingest/dates";
import { foldName } from "../../../lib/domain/names";
import { cleanLink, linkForLedger } from "../../../lib/ingest/links";

describe("SIGNED", () => {
  it.each([
    ["05/082025", "2025-05-08"],
    ["7/72025", "2025-07-07"],
    ["2016-06-08", "2016-06-08"],
  ])("text %s is read as %s", (raw, iso) => {
    expect(parseSignedDate(raw)).toMatchObject({ date: iso });
  });
  it("the year-5025 typo becomes 2025, and says so", () => {
    const r = parseSignedDate(new Date(Date.UTC(5025, 6, 7)));
    expect(r).toEqual({ date: "2025-07-07", rule: expect.stringContaining("5025") });
  });
  it.each([["2025-02-30"], ["13/01/2025"], ["soon"], [""]])("%s is refused", (raw) => {
    expect(parseSignedDate(raw)).toHaveProperty("error");
  });
});

describe("MOA links", () => {
  // The shape of the safelinks in participating_2025-06-27.xlsx, with a made-up mailbox.
  const safelink =
    "https://gcc02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.ice.gov%2Fdoclib%2F287gMOA%2FColbertCoSheriffsOfficeAL_WSO_MOA_05.08.25.pdf&data=05%7C02%7Cmailbox%40example.gov%7C0&sdata=abc%3D&reserved=0";
  it("a safelink becomes the ICE URL it wraps, and the ledger never shows the mailbox", () => {
    expect(cleanLink(safelink).url).toBe("https://www.ice.gov/doclib/287gMOA/ColbertCoSheriffsOfficeAL_WSO_MOA_05.08.25.pdf");
    expect(linkForLedger(safelink)).not.toMatch(/@|%40|mailbox/);
  });
  it("a PDF-viewer extension prefix is removed", () => {
    expect(cleanLink("chrome-extension://efaidnbmnnnibpcajpcglclefindmkaj/https:/www.ice.gov/doclib/287gMOA/UnivFLPDFL_TFM_MOA_041525.pdf").url).toBe(
      "https://www.ice.gov/doclib/287gMOA/UnivFLPDFL_TFM_MOA_041525.pdf",
    );
  });
  it("a missing slash is added", () => {
    expect(cleanLink("https:/www.ice.gov/doclib/287gMOA/x.pdf").url).toBe("https://www.ice.gov/doclib/287gMOA/x.pdf");
  });
  it("mailto links and links carrying an address are dropped", () => {
    expect(cleanLink("mailto:someone@example.gov").url).toBeNull();
    expect(cleanLink("https://example.gov/?to=someone@example.gov").url).toBeNull();
  });
});

describe("names", () => {
  it("state typos and case variants map to USPS codes", () => {
    expect(stateFromIceText("PENNSLYVANIA")).toEqual({ code: "PA", exact: false });
    expect(stateFromIceText("UTAh")).toEqual({ code: "UT", exact: false });
    expect(stateFromIceText("TEXAS ")).toEqual({ code: "TX", exact: true });
    expect(stateFromIceText("NORTHERN MARIANA ISLANDS")?.code).toBe("MP");
    expect(stateFromIceText("GUAM")?.code).toBe("GU");
    expect(stateFromIceText("ATLANTIS")).toBeNull();
  });
  it("model misspellings still name one model", () => {
    expect(modelFromSupportType("Jail Enforcment Model ")).toBe("JAIL_ENFORCEMENT");
    expect(modelFromSupportType("Warrant Services Officer")).toBe("WARRANT_SERVICE_OFFICER");
    expect(modelFromSupportType("Task Force Officer ")).toBe("TASK_FORCE");
    expect(modelFromSupportType("Border Patrol")).toBeNull();
  });
  it("an agency keeps its identity across ICE's re-typing", () => {
    const k = foldName("Calhoun County Sheriff's Office", "agency");
    expect(foldName("Calhoun County Sheriff’s Office", "agency")).toBe(k);
    expect(foldName("CALHOUN COUNTY SHERIFF'S OFFICE ", "agency")).toBe(k);
    expect(foldName("Calhoun Co. Sheriff's Office", "agency")).toBe(k);
    expect(foldName("Ft. Myers Police Department", "agency")).toBe(foldName("Fort Myers Police Department", "agency"));
    expect(foldName("Calhoun County Jail", "agency")).not.toBe(k);
  });
});
