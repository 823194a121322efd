import { describe, expect, it } from "vitest";
import { parseEnv } from "../../lib/env";

describe("environment", () => {
  it("DATABASE_URL may be unset (the embedded database is used)", () => {
    expect(parseEnv({}).DATABASE_URL).toBeUndefined();
  });
  it("a DATABASE_URL that is not a postgres URL stops the start with a message naming it", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://localhost/db" })).toThrow(/DATABASE_URL: must be a postgres/);
  });
  it("a PORT that is not a port is refused by name", () => {
    expect(() => parseEnv({ PORT: "http" })).toThrow(/PORT/);
  });
  it("a SITE_URL that is not an absolute URL is refused by name", () => {
    expect(() => parseEnv({ SITE_URL: "example.org" })).toThrow(/SITE_URL/);
    expect(parseEnv({ SITE_URL: "https://example.org" }).SITE_URL).toBe("https://example.org");
  });
});
