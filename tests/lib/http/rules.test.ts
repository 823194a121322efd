// The rules proxy.ts applies to every path and method before a route runs.
import { describe, expect, it } from "vitest";
import { addressKind, allowedMethods, cleanPath, hiddenQueryKey, pathProblem, withoutEmptyParameters } from "../../../lib/http/rules";

describe("paths a route should never see", () => {
  it.each(["/states/%FF", "/agencies/%C3%28", "/api/v1/agencies/%FF", "/states/%FF/feed.xml", "/download/%FF.csv", "/states/%", "/states/%G0", "/x/%ED%A0%80"])(
    "%s is malformed percent-encoding: 400",
    (path) => expect(pathProblem(path)?.status).toBe(400),
  );
  it.each(["/agencies/x%00", "/api/v1/agencies/x%00", "/states/t%0Ax", "/agencies/%E2%80%AEx", "/agencies/%EF%BB%BFx"])(
    "%s decodes to a control or invisible character: 404",
    (path) => expect(pathProblem(path)?.status).toBe(404),
  );
  it.each(["/", "/states/tx", "/agencies/harris-county-sheriffs-office-tx", "/agencies/o%27brien", "/download/agreements.csv", "/states/%D7%A9"])("%s is fine", (path) =>
    expect(pathProblem(path)).toBeNull(),
  );
});

describe("which methods an address answers", () => {
  it("pages answer GET and HEAD; the API, downloads and feeds also a CORS preflight", () => {
    expect(allowedMethods(addressKind("/agreements"))).toEqual(["GET", "HEAD"]);
    expect(allowedMethods(addressKind("/api"))).toEqual(["GET", "HEAD"]);
    for (const p of ["/api/v1/states", "/api/health", "/download/pending.csv", "/changes/feed.xml", "/states/tx/feed.xml", "/download/", "/states//feed.xml", "/states/tx/feed.xml/", "//api/v1/states"]) {
      expect(allowedMethods(addressKind(p)), p).toEqual(["GET", "HEAD", "OPTIONS"]);
    }
  });
});

describe("query keys Next would hide from a route", () => {
  it.each([["?__proto__=1", "__proto__"], ["?state=tx&nxtPslug=x", "nxtPslug"], ["?nxtIfoo", "nxtIfoo"], ["?state=tx", undefined], ["?proto=1", undefined]])("%s → %s", (q, key) =>
    expect(hiddenQueryKey(q)).toBe(key),
  );
});

describe("the one address of a path", () => {
  it.each([
    ["/agreements/", "/agreements"],
    ["/agreements//", "/agreements"],
    ["/a/b//c/", "/a/b/c"],
    ["///evil.example/", "/evil.example"],
    ["/\\evil.example", "/evil.example"],
    ["/", "/"],
    ["/states/tx", "/states/tx"],
  ])("%s → %s, never a redirect off the site", (from, to) => {
    expect(cleanPath(from)).toBe(to);
    expect(cleanPath(from)).not.toMatch(/^[\\/]{2}/);
  });
});

describe("a page's empty parameters", () => {
  it.each([
    ["?type=&q=Harris&asOf=", "?q=Harris"],
    ["?q=&model=", ""],
    ["?model=jail&&q=a", "?model=jail&q=a"],
    ["?a&b=", "?a"],
    ["?q=S%C3%A3o+Paulo&asOf=", "?q=S%C3%A3o+Paulo"],
  ])("%s becomes %j", (search, clean) => expect(withoutEmptyParameters(search)).toBe(clean));
  it.each(["", "?", "?q=Harris", "?model=jail&asOf=2025-01-01", "?favicon.3zbfkq4.ico"])("%j is left alone", (search) => expect(withoutEmptyParameters(search)).toBeNull());
});
