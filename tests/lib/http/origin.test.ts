// Whose host the absolute links in API answers and feeds name: a shared cache must not be poisoned by a header.
import { describe, expect, it } from "vitest";
import { parseEnv } from "../../../lib/env";
import { linksVaryOnForwarded, pageOrigin, publicOrigin } from "../../../lib/http/origin";

const forged = new Request("http://127.0.0.1:3000/api/v1/agreements?state=tx", {
  headers: { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" },
});

describe("the origin of absolute links", () => {
  it("is SITE_URL when it is set, whatever the request's headers say", () => {
    const e = parseEnv({ SITE_URL: "https://dashboard.example.org", TRUST_PROXY: "1" });
    expect(publicOrigin(forged, e)).toBe("https://dashboard.example.org");
    expect(linksVaryOnForwarded(e)).toBe(false);
  });
  it("ignores X-Forwarded-Host and -Proto unless TRUST_PROXY=1", () => {
    expect(publicOrigin(forged, parseEnv({}))).toBe("http://127.0.0.1:3000");
    expect(linksVaryOnForwarded(parseEnv({}))).toBe(false);
  });
  it("with TRUST_PROXY=1, follows the proxy's forwarded host and scheme, and answers vary on them", () => {
    const e = parseEnv({ TRUST_PROXY: "1" });
    expect(publicOrigin(forged, e)).toBe("https://evil.example");
    expect(linksVaryOnForwarded(e)).toBe(true);
    const chain = new Request("http://10.0.0.5/api", { headers: { "X-Forwarded-Host": "public.example:8443, inner.local", "X-Forwarded-Proto": "https,http" } });
    expect(publicOrigin(chain, e)).toBe("https://public.example:8443");
  });
  it("with TRUST_PROXY=1, a forwarded value that is not a host or a web scheme is ignored", () => {
    const e = parseEnv({ TRUST_PROXY: "1" });
    const bad = new Request("http://127.0.0.1:3000/", { headers: { "X-Forwarded-Host": "evil.example/path?x=<b>", "X-Forwarded-Proto": "javascript" } });
    expect(publicOrigin(bad, e)).toBe("http://127.0.0.1:3000");
  });
  it("without SITE_URL, names the host the client addressed (its Host header), not the server's own listening name", () => {
    const r = new Request("http://localhost:3000/api/v1/states", { headers: { Host: "dashboard.example.org", "X-Forwarded-Host": "evil.example" } });
    expect(publicOrigin(r, parseEnv({}))).toBe("http://dashboard.example.org");
    const bad = new Request("http://localhost:3000/api/v1/states", { headers: { Host: "evil.example/<x>" } });
    expect(publicOrigin(bad, parseEnv({}))).toBe("http://localhost:3000");
  });
  it("is the same for a page's cite line, which has only its request's headers", () => {
    expect(pageOrigin(new Headers({ Host: "dashboard.example.org:8080", "X-Forwarded-Host": "evil.example" }), parseEnv({}))).toBe("http://dashboard.example.org:8080");
    expect(pageOrigin(forged.headers, parseEnv({ TRUST_PROXY: "1" }))).toBe("https://evil.example");
    expect(pageOrigin(new Headers({ Host: "anything.example" }), parseEnv({ SITE_URL: "https://dashboard.example.org" }))).toBe("https://dashboard.example.org");
  });
});
