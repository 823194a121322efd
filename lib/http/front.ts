import { createHash } from "node:crypto";
import http from "node:http";
import { promisify } from "node:util";
import { gzip as gzipCb } from "node:zlib";
import { answerBeforeNext } from "./before-next";
import { securityHeaderValues } from "./headers";

// The dashboard's public server: a small HTTP layer in front of `next start` (listening on a private port) that
// keeps whole responses. Next keeps no response of a page that reads its query string, and the links people share
// are filtered views, so the responses themselves are kept here, once per address, gzipped once:
// - a GET or HEAD of a page, download, feed or API address that answered 200 is kept until the data's version
//   changes (lib/db/version.ts: every app server on the database sees an import within seconds) and served from
//   memory with an ETag, a 304 for a matching If-None-Match, and a Cache-Control that lets browsers and shared
//   caches keep it too;
// - what is not kept (a first visit, anything else) is rendered by Next, at most `renders` at a time; requests for
//   the same address wait for the one render; a queue longer than `queue` is answered 503 at once. Health checks
//   and Next's static files never wait behind renders;
// - memory is bounded (`maxBytes`, least recently used first out), whatever addresses arrive: only 200s are kept,
//   so a crafted 404 is never stored.

const gzip = promisify(gzipCb);

/**
 * Shared caches (a CDN) may keep a kept answer for five minutes, and serve it stale while they ask again or while
 * the site is down; browsers ask again each time with its ETag (a 304 from memory), so a visitor never sees an
 * older list than the site has.
 */
export const KEPT_CACHE_CONTROL = "public, max-age=0, s-maxage=300, stale-while-revalidate=86400, stale-if-error=86400";
/** A 4xx answer: kept briefly by shared caches, never stored here. */
const REFUSAL_CACHE_CONTROL = "public, max-age=60, s-maxage=60";

// Headers that describe one connection, or that this layer sets itself.
const HOP = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "date", "etag", "cache-control", "vary", "proxy-connection", "upgrade", "te", "trailer"]);
// Request headers Next answers differently for (its client-side navigations ask for the RSC payload of a page).
const VARY_ON = ["rsc", "next-router-prefetch", "next-router-segment-prefetch", "next-router-state-tree", "next-url"];

export type FrontOptions = {
  upstream: { host: string; port: number };
  /** The data's version now (null: not known yet, nothing is kept). */
  version: () => string | null;
  maxBytes?: number;
  renders?: number;
  queue?: number;
  /** Largest response kept, in bytes; larger ones are answered, not kept. */
  maxEntry?: number;
  /** A kept answer is rendered again after this long even if the data did not change (ages in words). */
  maxAgeMs?: number;
  /**
   * Request headers the answers' absolute links depend on (lib/http/origin.ts: the Host, and the forwarded host and
   * scheme behind a trusted proxy, when SITE_URL is not set): an answer is kept once per address and per their values,
   * so a request with another Host never puts its host into the links everyone else is served.
   */
  originHeaders?: readonly string[];
};

type Entry = {
  status: number;
  type: string;
  headers: [string, string][];
  /** The route's own Cache-Control, when it set a public one. */
  cacheControl: string | null;
  body: Buffer;
  gz: Buffer | null;
  etag: string;
  size: number;
  at: number;
  /** Kept here and by shared caches: a 200 of the data's version. */
  keep: boolean;
};

type Upstream = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** Addresses answered by Next directly: never kept, never queued (its own immutable, content-named files). */
function passesThrough(pathname: string): boolean {
  return pathname.startsWith("/_next/static/");
}

/**
 * The health check is asked often by load balancers and must answer while renders are busy: its answer is reused
 * for `HEALTH_MS`, and past that the last one is served while one request asks Next again (up to `HEALTH_STALE_MS`).
 */
const HEALTH = "/api/health";
const HEALTH_MS = 1_000;
const HEALTH_STALE_MS = 10_000;

function acceptsGzip(req: http.IncomingMessage): boolean {
  const ae = String(req.headers["accept-encoding"] ?? "");
  return /(^|,)\s*gzip\s*(;\s*q=(?!0(\.0*)?\s*(,|$))[\d.]+)?\s*(,|$)/i.test(ae);
}

/**
 * At most `limit` holders; waiters beyond `queueLimit` (in each lane) are refused. A prefetch (Next fetching a page a visitor may
 * open, for every link in view) waits behind every request a visitor actually made.
 */
export class Semaphore {
  private active = 0;
  private waiting: { urgent: (() => void)[]; later: (() => void)[] } = { urgent: [], later: [] };
  constructor(
    private readonly limit: number,
    private readonly queueLimit: number,
  ) {}
  /** Resolves with a release function, or null when the queue is full. */
  async acquire(later = false): Promise<(() => void) | null> {
    if (this.active >= this.limit) {
      const lane = later ? this.waiting.later : this.waiting.urgent;
      if (lane.length >= this.queueLimit) return null;
      await new Promise<void>((resolve) => lane.push(resolve));
    } else this.active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.urgent.shift() ?? this.waiting.later.shift();
      if (next) next();
      else this.active--;
    };
  }
}

// Next's answer may repeat the address twice in its headers (a redirect's Location and Refresh), and an address
// may be as long as Node accepts (16 KB): more than Node's default limit for the answer's headers.
const UPSTREAM_HEADER_BYTES = 128 * 1024;

export function createFront(opts: FrontOptions): http.Server {
  const maxBytes = opts.maxBytes ?? 128 * 1024 * 1024;
  const maxEntry = opts.maxEntry ?? 16 * 1024 * 1024;
  const maxAgeMs = opts.maxAgeMs ?? 15 * 60_000;
  const originHeaders = (opts.originHeaders ?? []).map((h) => h.toLowerCase());
  const renders = new Semaphore(opts.renders ?? 2, opts.queue ?? 200);
  const kept = new Map<string, Entry>();
  let keptBytes = 0;
  let keptVersion: string | null = null;
  const inFlight = new Map<string, Promise<Entry | null>>();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

  const drop = (key: string) => {
    keptBytes -= kept.get(key)?.size ?? 0;
    kept.delete(key);
  };

  /** The version now; the kept answers of an older one are dropped. */
  const currentVersion = () => {
    const v = opts.version();
    if (v !== keptVersion) {
      kept.clear();
      keptBytes = 0;
      keptVersion = v;
    }
    return v;
  };

  const forward = (url: string, headers: http.IncomingHttpHeaders): Promise<Upstream> =>
    new Promise((resolve, reject) => {
      const h = { ...headers, "accept-encoding": "identity" };
      delete h["if-none-match"];
      delete h["if-modified-since"];
      delete h.connection;
      // A HEAD is rendered as the GET it stands for, so one kept answer serves both.
      const up = http.request({ host: opts.upstream.host, port: opts.upstream.port, method: "GET", path: url, headers: h, agent, maxHeaderSize: UPSTREAM_HEADER_BYTES }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      });
      up.on("error", reject);
      up.end();
    });

  const unavailable = (res: http.ServerResponse, busy = false) => {
    if (res.headersSent) return void res.destroy();
    res.writeHead(503, { ...securityHeaderValues(false), "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...(busy && { "Retry-After": "5" }) });
    res.end(busy ? "The dashboard is busy: please try again in a few seconds.\n" : "The dashboard cannot answer right now: please try again shortly.\n");
  };

  const pipeThrough = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const up = http.request({ host: opts.upstream.host, port: opts.upstream.port, method: req.method, path: req.url, headers: req.headers, agent, maxHeaderSize: UPSTREAM_HEADER_BYTES }, (upRes) => {
      res.writeHead(upRes.statusCode ?? 502, upRes.rawHeaders);
      upRes.pipe(res);
    });
    up.on("error", () => unavailable(res));
    req.on("error", () => up.destroy());
    req.pipe(up);
  };

  const toEntry = (up: Upstream, version: string | null): Entry => {
    const cacheControl = String(up.headers["cache-control"] ?? "");
    return {
      status: up.status,
      type: String(up.headers["content-type"] ?? ""),
      headers: Object.entries(up.headers)
        .filter(([k]) => !HOP.has(k) && k !== "set-cookie")
        .flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x] as [string, string]) : [[k, String(v)] as [string, string]])),
      // A lifetime the route chose itself (the map shapes': a day) is kept; Next's default for a page is replaced.
      cacheControl: /\bpublic\b/.test(cacheControl) && !/no-store|private/.test(cacheControl) ? cacheControl : null,
      body: up.body,
      gz: null,
      etag: `"${createHash("sha1").update(up.body).digest("base64url")}"`,
      size: up.body.length + 1024,
      at: Date.now(),
      keep: up.status === 200 && !up.headers["set-cookie"] && up.body.length <= maxEntry && version !== null && !renderFailed(up),
    };
  };

  /** One render of an address, whoever asked for it first; kept when it may be. Null: the queue was full. */
  const render = async (key: string, url: string, headers: http.IncomingHttpHeaders, version: string | null): Promise<Entry | null> => {
    const release = await renders.acquire(headers["next-router-prefetch"] !== undefined);
    if (!release) return null;
    let up: Upstream;
    try {
      up = await forward(url, headers);
    } finally {
      release();
    }
    const entry = toEntry(up, version);
    if (entry.keep && entry.body.length > 1024 && isCompressible(entry.type)) {
      entry.gz = await gzip(entry.body, { level: 6 });
      entry.size += entry.gz.length;
    }
    // Rendered while the data changed: answered, but not kept.
    if (entry.keep && version === currentVersion()) {
      kept.set(key, entry);
      keptBytes += entry.size;
      while (keptBytes > maxBytes && kept.size) drop(kept.keys().next().value!);
    }
    return entry;
  };

  let lastHealth: { entry: Entry; at: number } | null = null;
  let healthInFlight: Promise<Entry> | null = null;
  const askHealth = () =>
    (healthInFlight ??= forward(HEALTH, {})
      .then((up) => {
        const entry = toEntry(up, null);
        lastHealth = { entry, at: Date.now() };
        return entry;
      })
      .finally(() => (healthInFlight = null)));
  const health = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const age = lastHealth ? Date.now() - lastHealth.at : Infinity;
    try {
      if (age > HEALTH_STALE_MS) return send(req, res, await askHealth());
      if (age > HEALTH_MS) void askHealth().catch(() => {});
      send(req, res, lastHealth!.entry);
    } catch {
      unavailable(res);
    }
  };

  const send = (req: http.IncomingMessage, res: http.ServerResponse, e: Entry) => {
    const headers: Record<string, string | string[]> = {};
    for (const [k, v] of e.headers) headers[k] = k in headers ? ([] as string[]).concat(headers[k], v) : v;
    headers["cache-control"] = e.keep ? (e.cacheControl ?? KEPT_CACHE_CONTROL) : e.status >= 400 && e.status < 500 ? REFUSAL_CACHE_CONTROL : "no-store";
    headers.vary = VARY;
    if (e.keep) {
      headers.etag = e.etag;
      const inm = req.headers["if-none-match"];
      if (inm && inm.split(",").some((t) => t.trim().replace(/^W\//, "") === e.etag)) {
        res.writeHead(304, headers);
        return void res.end();
      }
    }
    const gzipped = e.gz !== null && acceptsGzip(req);
    const body = gzipped ? e.gz! : e.body;
    if (gzipped) headers["content-encoding"] = "gzip";
    headers["content-length"] = String(body.length);
    res.writeHead(e.status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  };

  return http.createServer(async (req, res) => {
    const url = req.url ?? "/";
    const pathname = url.split("?")[0];
    const method = req.method ?? "GET";
    if (answerBeforeNext(req, res)) return;
    if ((method !== "GET" && method !== "HEAD") || passesThrough(pathname)) return pipeThrough(req, res);
    if (pathname === HEALTH) return health(req, res);

    const version = currentVersion();
    const key = `${url}\n${[...VARY_ON, ...originHeaders].map((h) => String(req.headers[h] ?? "")).join("\n")}`;
    let hit = version === null ? undefined : kept.get(key);
    if (hit && Date.now() - hit.at > maxAgeMs) {
      drop(key);
      hit = undefined;
    }
    if (hit) {
      // Most recently used last: the first entry of the map is the first to go.
      kept.delete(key);
      kept.set(key, hit);
      return send(req, res, hit);
    }
    let pending = inFlight.get(key);
    if (!pending) {
      pending = render(key, url, req.headers, version).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    try {
      const entry = await pending;
      if (!entry) return unavailable(res, true);
      send(req, res, entry);
    } catch {
      unavailable(res);
    }
  });
}

const VARY = ["Accept-Encoding", ...VARY_ON].join(", ");

/**
 * A render that failed after Next began streaming is still a 200: the error page (app/error.tsx, marked
 * data-render-error) in HTML, an error row in the RSC payload of a navigation. Such an answer is never kept.
 */
function renderFailed(up: Upstream): boolean {
  const type = String(up.headers["content-type"] ?? "");
  if (type.startsWith("text/html")) return up.body.includes("data-render-error");
  if (type.startsWith("text/x-component")) return /(^|\n)[0-9a-f]+:E\{/.test(up.body.toString("utf8"));
  return false;
}

function isCompressible(type: string): boolean {
  return /^(text\/|application\/(json|xml|atom\+xml|javascript|x-component|manifest\+json)|image\/svg)/i.test(type);
}
