// Every page's title reads the same way: what, where, which models, as of when.
import { describe, expect, it } from "vitest";
import { pageTitle } from "../../../lib/view/titles";

describe("page titles", () => {
  it("name the subject, then the state, the models in their fixed order and the date as sentences write it", () => {
    expect(pageTitle("Agreements")).toBe("Agreements");
    expect(pageTitle("Agreements", { state: "TX" })).toBe("Agreements in Texas");
    expect(pageTitle("Changes", { state: "FL", model: ["WARRANT_SERVICE_OFFICER", "JAIL_ENFORCEMENT"], asOf: "2025-06-30" })).toBe(
      "Changes in Florida: Jail Enforcement or Warrant Service Officer, as of June 30, 2025",
    );
    expect(pageTitle("287(g) agreements by state", { state: null, model: [], asOf: null })).toBe("287(g) agreements by state");
  });
});
