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
  it("SITE_URL must be an origin: a path, a query, a user or another scheme is refused by name", () => {
    for (const bad of ["https://example.org/dashboard", "https://example.org/?a=1", "https://user@example.org", "ftp://example.org", "javascript:alert(1)"]) {
      expect(() => parseEnv({ SITE_URL: bad }), bad).toThrow(/SITE_URL/);
    }
    expect(parseEnv({ SITE_URL: "https://example.org/" }).SITE_URL).toBe("https://example.org");
    expect(parseEnv({ SITE_URL: "http://127.0.0.1:3000" }).SITE_URL).toBe("http://127.0.0.1:3000");
  });
  it("TRUST_PROXY is 1 or 0 (off when unset), anything else is refused by name", () => {
    expect(parseEnv({}).TRUST_PROXY).toBe(false);
    expect(parseEnv({ TRUST_PROXY: "" }).TRUST_PROXY).toBe(false);
    expect(parseEnv({ TRUST_PROXY: "1" }).TRUST_PROXY).toBe(true);
    expect(parseEnv({ TRUST_PROXY: "0" }).TRUST_PROXY).toBe(false);
    expect(() => parseEnv({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY/);
  });
});
