import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { createFront, type FrontOptions } from "../../../lib/http/front";

// The layer in front of Next, against a real HTTP server standing in for Next: what a visitor (or a CDN) gets, and
// how often the renderer is asked.

type Upstream = { server: http.Server; port: number; asked: string[]; release: () => void };

async function upstream(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>): Promise<Upstream> {
  const asked: string[] = [];
  let gate: Promise<void> = Promise.resolve();
  let open = () => {};
  const server = http.createServer(async (req, res) => {
    asked.push(`${req.method} ${req.url}`);
    await gate;
    await handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    server,
    port: (server.address() as AddressInfo).port,
    asked,
    // Holds every answer until called: renders that take a while.
    get release() {
      gate = new Promise<void>((r) => (open = r));
      return () => open();
    },
  } as Upstream;
}

const servers: http.Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

async function front(up: Upstream, opts: Partial<FrontOptions> & { version?: () => string | null } = {}): Promise<string> {
  const f = createFront({ upstream: { host: "127.0.0.1", port: up.port }, version: () => "1", ...opts });
  await new Promise<void>((r) => f.listen(0, "127.0.0.1", r));
  servers.push(up.server, f);
  return `http://127.0.0.1:${(f.address() as AddressInfo).port}`;
}

/** A raw GET: the status, headers and the bytes as sent (not decoded). */
function get(url: string, headers: Record<string, string> = {}, method = "GET"): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .request(url, { method, headers, maxHeaderSize: 64 * 1024 }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject)
      .end();
  });
}

const page = "<!doctype html><title>Texas</title>" + "<p>Texas has agreements</p>".repeat(200);

describe("the layer in front of Next", () => {
  it("keeps an answer once per Host when its links are built from the Host, so another Host never reaches other readers", async () => {
    // The upstream writes the Host it was asked for into the page, as the cite line and the API's links do.
    const up = await upstream((req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(`<p>cite: http://${req.headers.host}/states/tx</p>`);
    });
    const origin = await front(up, { originHeaders: ["host"] });
    const forged = await get(`${origin}/states/tx`, { host: "attacker.example" });
    const real = await get(`${origin}/states/tx`, { host: "dashboard.example" });
    const again = await get(`${origin}/states/tx`, { host: "dashboard.example" });
    expect(forged.body.toString()).toContain("attacker.example");
    expect(real.body.toString()).toContain("http://dashboard.example/states/tx");
    expect(again.body.toString()).toBe(real.body.toString());
    expect(up.asked).toEqual(["GET /states/tx", "GET /states/tx"]);
  });

  it("renders a page once, then answers it from memory with an ETag, a public Cache-Control and a 304", async () => {
    const up = await upstream((_, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "private, no-cache, no-store" });
      res.end(page);
    });
    const origin = await front(up);
    const first = await get(`${origin}/states/tx?model=jail`);
    const second = await get(`${origin}/states/tx?model=jail`);
    expect(up.asked).toEqual(["GET /states/tx?model=jail"]);
    expect(second.body.toString()).toBe(page);
    expect(second.headers["cache-control"]).toMatch(/^public, .*s-maxage=\d+/);
    expect(second.headers.etag).toBe(first.headers.etag);
    const again = await get(`${origin}/states/tx?model=jail`, { "if-none-match": String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(up.asked).toHaveLength(1);
  });

  it("sends gzip to a client that asks for it, the plain page to one that does not", async () => {
    const up = await upstream((_, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(page);
    });
    const origin = await front(up);
    const zipped = await get(`${origin}/`, { "accept-encoding": "gzip, deflate, br" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.body.length).toBeLessThan(page.length / 10);
    expect(gunzipSync(zipped.body).toString()).toBe(page);
    const plain = await get(`${origin}/`, { "accept-encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/);
  });

  it("renders again once the data's version changes", async () => {
    let list = "May 18, 2026";
    const up = await upstream((_, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(`ICE's list of ${list}`);
    });
    let version = "7";
    const origin = await front(up, { version: () => version });
    expect((await get(`${origin}/`)).body.toString()).toBe("ICE's list of May 18, 2026");
    list = "June 9, 2026";
    expect((await get(`${origin}/`)).body.toString()).toBe("ICE's list of May 18, 2026");
    version = "8";
    expect((await get(`${origin}/`)).body.toString()).toBe("ICE's list of June 9, 2026");
  });

  it("keeps no 404, so crafted addresses cost no memory", async () => {
    const up = await upstream((_, res) => {
      res.writeHead(404, { "content-type": "text/html" });
      res.end("not found");
    });
    const origin = await front(up);
    expect((await get(`${origin}/states/zz`)).status).toBe(404);
    expect((await get(`${origin}/states/zz`)).status).toBe(404);
    expect(up.asked).toHaveLength(2);
  });

  it("asks Next once for many visitors of the same address arriving together", async () => {
    const up = await upstream((_, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(page);
    });
    const origin = await front(up);
    const release = up.release;
    const all = Promise.all(Array.from({ length: 20 }, () => get(`${origin}/states/tx?q=harris`)));
    await new Promise((r) => setTimeout(r, 100));
    release();
    const answers = await all;
    expect(answers.every((a) => a.status === 200 && a.body.toString() === page)).toBe(true);
    expect(up.asked).toEqual(["GET /states/tx?q=harris"]);
  });

  it("renders at most `renders` at a time and answers 503 with Retry-After past the queue", async () => {
    let running = 0;
    let most = 0;
    const up = await upstream(async (_, res) => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 30));
      running--;
      res.writeHead(200, { "content-type": "text/html" });
      res.end("ok");
    });
    const origin = await front(up, { renders: 2, queue: 5 });
    // Renders are held until all twelve requests have arrived, however slow the machine: two are asked of Next, five
    // wait, and the other five are answered at once.
    const open = up.release;
    const settled: number[] = [];
    const asked = Array.from({ length: 12 }, (_, i) => get(`${origin}/states/tx?q=a${i}`).then((a) => (settled.push(a.status), a)));
    await expect.poll(() => settled.length, { timeout: 10_000 }).toBe(5);
    expect(up.asked).toHaveLength(2);
    open();
    const answers = await Promise.all(asked);
    expect(most).toBe(2);
    const busy = answers.filter((a) => a.status === 503);
    expect(busy).toHaveLength(12 - 2 - 5);
    expect(busy[0].headers["retry-after"]).toBe("5");
    expect(answers.filter((a) => a.status === 200)).toHaveLength(7);
  });

  it("stays within its memory bound, the least recently used answer going first", async () => {
    const up = await upstream((req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.end(Buffer.alloc(10_000, req.url!.length));
    });
    // Room for two answers of 10 KB (each counted with 1 KB of overhead).
    const origin = await front(up, { maxBytes: 25_000 });
    await get(`${origin}/a`);
    await get(`${origin}/b`);
    await get(`${origin}/a`);
    await get(`${origin}/c`);
    await get(`${origin}/a`);
    await get(`${origin}/b`);
    expect(up.asked).toEqual(["GET /a", "GET /b", "GET /c", "GET /b"]);
  });

  it("answers HEAD from the same kept answer, without a body", async () => {
    const up = await upstream((_, res) => {
      res.writeHead(200, { "content-type": "text/csv" });
      res.end("state,agency\n");
    });
    const origin = await front(up);
    const head = await get(`${origin}/download/agreements.csv`, {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers["content-length"]).toBe(String("state,agency\n".length));
    await get(`${origin}/download/agreements.csv`);
    expect(up.asked).toEqual(["GET /download/agreements.csv"]);
  });

  it("keeps the lifetime a route set itself, and passes other methods to Next untouched", async () => {
    const up = await upstream((req, res) => {
      if (req.method === "POST") {
        res.writeHead(405, { allow: "GET, HEAD" });
        return void res.end();
      }
      res.writeHead(200, { "content-type": "application/json", "cache-control": "public, max-age=86400" });
      res.end("{}");
    });
    const origin = await front(up);
    expect((await get(`${origin}/geo/states.json`)).headers["cache-control"]).toBe("public, max-age=86400");
    const post = await get(`${origin}/states/tx`, {}, "POST");
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe("GET, HEAD");
  });

  it("answers the health check from its last answer while Next is busy, and asks again after a second", async () => {
    let n = 0;
    const up = await upstream((_, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ n: ++n }));
    });
    const origin = await front(up);
    expect(JSON.parse((await get(`${origin}/api/health`)).body.toString())).toEqual({ n: 1 });
    expect(JSON.parse((await get(`${origin}/api/health`)).body.toString())).toEqual({ n: 1 });
    expect((await get(`${origin}/api/health`)).headers["cache-control"]).toBe("no-store");
    await new Promise((r) => setTimeout(r, 1_100));
    await get(`${origin}/api/health`);
    // The second ask runs behind that answer; it lands as soon as Next answers, however busy the machine.
    await expect.poll(async () => JSON.parse((await get(`${origin}/api/health`)).body.toString()).n, { timeout: 10_000 }).toBe(2);
  });

  it("passes on a redirect whose headers repeat a long address (more than Node's default 16 KB in all)", async () => {
    const long = `/?asOf=${"x".repeat(9000)}`;
    const up = await upstream((_req, res) => {
      res.writeHead(308, { Location: long, Refresh: `0;url=${long}` });
      res.end();
    });
    const base = await front(up);
    const r = await get(`${base}/?metric=&asOf=${"x".repeat(9000)}`);
    expect(r.status).toBe(308);
    expect(r.headers.location).toBe(long);
  });

  it("answers 503 in words when Next does not answer", async () => {
    const up = await upstream(() => {});
    const origin = await front({ ...up, port: 9 } as Upstream);
    const r = await get(`${origin}/`);
    expect(r.status).toBe(503);
    expect(r.body.toString()).toMatch(/cannot answer/);
  });
});

describe("the render queue", () => {
  it("lets a visitor's request pass the prefetches Next makes for every link in view", async () => {
    const order: string[] = [];
    const up = await upstream(async (req, res) => {
      order.push(req.url!);
      await new Promise((r) => setTimeout(r, 20));
      res.writeHead(200, { "content-type": "text/html" });
      res.end("ok");
    });
    const origin = await front(up, { renders: 1 });
    const release = up.release;
    const prefetches = Array.from({ length: 6 }, (_, i) => get(`${origin}/states/s${i}`, { rsc: "1", "next-router-prefetch": "1" }));
    await expect.poll(() => up.asked.length, { timeout: 10_000 }).toBe(1);
    await new Promise((r) => setTimeout(r, 300));
    const visit = get(`${origin}/states/tx?sort=signed`, { rsc: "1" });
    await new Promise((r) => setTimeout(r, 100));
    release();
    await Promise.all([...prefetches, visit]);
    // The first prefetch was already rendering; the visit comes right after it.
    expect(order.indexOf("/states/tx?sort=signed")).toBe(1);
  });
});

describe("a render that failed", () => {
  it("is answered but never kept, even with status 200 (the error page of a stream that had begun)", async () => {
    let failing = true;
    const up = await upstream((_, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(failing ? '<section data-render-error=""><h1>This page could not be loaded</h1></section>' : "<h1>Texas</h1>");
    });
    const origin = await front(up);
    const first = await get(`${origin}/states/tx`);
    expect(first.body.toString()).toMatch(/could not be loaded/);
    expect(first.headers["cache-control"]).toBe("no-store");
    failing = false;
    expect((await get(`${origin}/states/tx`)).body.toString()).toBe("<h1>Texas</h1>");
    expect(up.asked).toHaveLength(2);
  });
});
