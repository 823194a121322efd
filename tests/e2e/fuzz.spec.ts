// Seeded random requests, sent as raw bytes to the built app on a real database: every answer is deliberate.
// `npm test` runs a bounded number (FUZZ_REQUESTS, default 600, stopped after FUZZ_SECONDS, default 45);
// `npm run test:fuzz` runs 10,000. A failure prints the seed: FUZZ_SEED=<seed> replays the same requests.
import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { PORT } from "../playwright.config";
import { HTML_PAYLOADS, isPublicRead, LEAKS, requestArb, SECURITY_HEADERS, type FuzzRequest } from "../helpers/fuzz";
import { rawRequest, type RawResponse } from "../helpers/raw-http";

const COUNT = Number(process.env.FUZZ_REQUESTS ?? 600);
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 45);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const CONCURRENCY = 4;

/** Node's own HTTP parser refuses some requests (a head over 16 KB, bytes the request line may not hold) with a bare answer. */
const refusedByNode = (r: RawResponse) => (r.status === 400 || r.status === 431) && !r.headers["content-type"] && r.body.length === 0;

function problemsOf(req: FuzzRequest, res: RawResponse): string[] {
  const problems: string[] = [];
  if (res.status >= 500) problems.push(`status ${res.status}`);
  if (refusedByNode(res)) return problems;
  // The path as the server resolves it: "/download/%2e%2e" is "/" (WHATWG URL dot segments).
  const sent = req.target.toString("latin1").split(/[?#]/)[0];
  const path = URL.canParse(sent, "http://x") ? new URL(sent, "http://x").pathname : sent;
  for (const h of SECURITY_HEADERS) if (!res.headers[h]) problems.push(`no ${h} header`);
  if (isPublicRead(path) && res.headers["access-control-allow-origin"] !== "*") problems.push("a public read without Access-Control-Allow-Origin: *");
  if (res.status === 405 && !res.headers["allow"]) problems.push("405 without Allow");
  const type = res.headers["content-type"] ?? "";
  if (/^(text\/|application\/(json|xml|atom\+xml))/.test(type)) {
    const body = res.body.toString("utf8");
    for (const [what, pattern] of LEAKS) if (pattern.test(body)) problems.push(`${what} in the body: ${JSON.stringify(pattern.exec(body)?.[0])}`);
    if (type.startsWith("text/html")) for (const p of HTML_PAYLOADS) if (body.includes(p)) problems.push(`payload reflected unescaped in HTML: ${p}`);
  }
  return problems;
}

test("fuzz: no answer is a server error, leaks, reflects a payload or lacks its headers", async () => {
  test.setTimeout((SECONDS + 120) * 1000);
  console.log(`fuzz: seed ${SEED} (replay with FUZZ_SEED=${SEED}), up to ${COUNT} requests or ${SECONDS} s, on port ${PORT}`);
  const requests = fc.sample(requestArb, { seed: SEED, numRuns: COUNT });
  const started = Date.now();
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  let sent = 0;
  let byNode = 0;
  let next = 0;
  const worker = async () => {
    while (next < requests.length && Date.now() - started < SECONDS * 1000) {
      const i = next++;
      const req = requests[i];
      let res: RawResponse;
      try {
        res = await rawRequest(PORT, req.method, req.target);
      } catch (e) {
        // Past 16 KB Node refuses the request head and may reset the connection before its 431 can be read.
        if (req.target.length > 16_000 && /ECONNRESET|EPIPE/.test((e as Error).message)) {
          sent++;
          byNode++;
          continue;
        }
        failures.push(`#${i} ${req.label}: ${(e as Error).message}`);
        continue;
      }
      sent++;
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (refusedByNode(res)) byNode++;
      const problems = problemsOf(req, res);
      if (problems.length) failures.push(`#${i} ${req.label} → ${res.status}: ${problems.join("; ")}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (Date.now() - started) / 1000;
  const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(" ");
  console.log(`fuzz: ${sent} requests in ${seconds.toFixed(1)} s (${(sent / seconds).toFixed(0)}/s); statuses ${byStatus}; ${byNode} refused by Node's HTTP parser; ${failures.length} failures (seed ${SEED})`);
  expect(failures, `seed ${SEED}:\n${failures.slice(0, 30).join("\n")}`).toEqual([]);
  // A run that sent almost nothing proves nothing.
  expect(sent).toBeGreaterThanOrEqual(Math.min(COUNT, 100));
});

test("fuzz reproductions: each defect of the issue gets its deliberate answer", async () => {
  const cases: [method: string, target: string, status: number, check?: (r: RawResponse) => void][] = [
    ["GET", "/api/v1/agreements?q=%00", 400, (r) => expect(JSON.parse(r.body.toString()).error.parameter).toBe("q")],
    ["GET", "/download/pending.json?q=a%00b", 400, (r) => expect(JSON.parse(r.body.toString()).error.parameter).toBe("q")],
    ["GET", "/agreements?q=a%00b", 200, (r) => expect(r.body.toString()).toContain("control or invisible character")],
    ["GET", "/agencies/x%00", 404],
    ["GET", "/api/v1/agencies/x%00", 404],
    ["GET", "/states/%FF", 404, (r) => expect(r.body.toString()).toContain("Page not found")],
    ["GET", "/agencies/%C3%28", 404, (r) => expect(r.body.toString()).toContain("Page not found")],
    ["GET", "/api/v1/agencies/%FF", 400, (r) => expect(JSON.parse(r.body.toString()).error.parameter).toBe("path")],
    ["GET", "/states/%FF/feed.xml", 404],
    ["GET", "/states/%FF/opengraph-image", 404],
    ["GET", "/download/%FF.csv", 404],
    ["GET", "/states/%", 404],
    ["GET", "/states/%EF%AC%82", 404],
    ["GET", "/states/#frag", 400],
    ["TRACE", "/api/health", 405, (r) => expect(r.headers["allow"]).toBe("GET, HEAD, OPTIONS")],
    ["TRACE", "/agreements", 405, (r) => expect(r.headers["allow"]).toBe("GET, HEAD")],
    ["POST", "/agreements", 405, (r) => expect(r.headers["allow"]).toBe("GET, HEAD")],
    ["PUT", "/", 405],
    ["DELETE", "/states/tx", 405],
    ["OPTIONS", "/agreements", 405],
    ["POST", "/download/agreements.csv", 405, (r) => expect(r.headers["access-control-allow-origin"]).toBe("*")],
    ["POST", "/api/v1/states", 405, (r) => expect(r.headers["access-control-allow-origin"]).toBe("*")],
    ["OPTIONS", "/api/v1/agreements", 204, (r) => expect(r.headers["access-control-allow-methods"]).toContain("GET")],
    ["GET", "/api/v1/agreements?__proto__=1", 400],
    ["GET", "/api/v1/agreements?=1", 400],
    ["GET", "/api/v1/agreements?nxtPslug=x", 400],
    ["GET", "/api/v1/agreements?state=%EF%AC%82", 400],
    ["GET", "/api/v1/agreements?state=%EF%BB%BFtx", 400],
    ["GET", "/download/agreements.csv?state=tx", 200, (r) => expect(r.headers["access-control-allow-origin"]).toBe("*")],
    ["GET", "/changes/feed.xml", 200, (r) => expect(r.headers["access-control-allow-origin"]).toBe("*")],
  ];
  for (const [method, target, status, check] of cases) {
    const r = await rawRequest(PORT, method, target);
    expect(r.status, `${method} ${target}`).toBe(status);
    for (const h of SECURITY_HEADERS) expect(r.headers[h], `${method} ${target}: ${h}`).toBeTruthy();
    check?.(r);
  }
});

test("absolute links ignore X-Forwarded-Host sent by anyone", async () => {
  const r = await fetch(`http://127.0.0.1:${PORT}/api/v1/agreements?state=tx`, { headers: { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" } });
  const body = await r.json();
  expect(body.links.self).not.toContain("evil.example");
  const feed = await (await fetch(`http://127.0.0.1:${PORT}/changes/feed.xml`, { headers: { "X-Forwarded-Host": "evil.example" } })).text();
  expect(feed).not.toContain("evil.example");
});
