// Seeded random requests over every route and parameter of the dashboard, and what every answer must be.
import fc from "fast-check";
import {
  agenciesView,
  agreementsView,
  areaView,
  changesView,
  ledgerView,
  nationalView,
  pendingView,
  searchView,
  snapshotsView,
  stateMapView,
  stateView,
  statesView,
  type AnyParam,
  type View,
} from "../../lib/view/filters";

/** One request as sent: the method and the request target, byte for byte. */
export type FuzzRequest = { method: string; target: Buffer; label: string; payload: string | null };

type Route = { template: string; params: string[]; weight: number };
const keysOf = (v: View<Record<string, AnyParam>>) => Object.keys(v.params);
const k = (v: unknown) => keysOf(v as View<Record<string, AnyParam>>);

/** Every route, with the parameters it reads ({code}, {slug}, {file} are path segments). */
export const ROUTES: Route[] = [
  { template: "/", params: k(nationalView), weight: 6 },
  { template: "/states/{code}", params: k(stateView), weight: 6 },
  { template: "/agreements", params: k(agreementsView), weight: 5 },
  { template: "/agencies/{slug}", params: [], weight: 4 },
  { template: "/changes", params: k(changesView), weight: 4 },
  { template: "/pending", params: k(pendingView), weight: 4 },
  { template: "/about", params: k(ledgerView), weight: 3 },
  { template: "/search", params: k(searchView), weight: 3 },
  { template: "/api", params: [], weight: 1 },
  { template: "/api/v1/search", params: k(searchView), weight: 3 },
  { template: "/api/v1/agreements", params: k(agreementsView), weight: 5 },
  { template: "/api/v1/agencies", params: k(agenciesView), weight: 4 },
  { template: "/api/v1/agencies/{slug}", params: [], weight: 3 },
  { template: "/api/v1/states", params: k(statesView), weight: 3 },
  { template: "/api/v1/snapshots", params: k(snapshotsView), weight: 2 },
  { template: "/api/v1/changes", params: k(changesView), weight: 4 },
  { template: "/api/v1/openapi.json", params: [], weight: 1 },
  { template: "/api/health", params: [], weight: 1 },
  { template: "/download/{file}", params: [...new Set([...k(agreementsView), ...k(changesView), ...k(pendingView), ...k(ledgerView), "county", "place"])], weight: 6 },
  { template: "/changes/feed.xml", params: [], weight: 1 },
  { template: "/states/{code}/feed.xml", params: [], weight: 2 },
  { template: "/states/{code}/map.svg", params: k(stateMapView), weight: 2 },
  { template: "/opengraph-image", params: [], weight: 1 },
  { template: "/states/{code}/opengraph-image", params: [], weight: 1 },
  { template: "/states/{code}/filtered", params: k(stateView), weight: 1 },
  { template: "/robots.txt", params: [], weight: 1 },
  { template: "/icon.svg", params: [], weight: 1 },
  { template: "/geo/states.json", params: [], weight: 1 },
  { template: "/counties/{slug}", params: k(areaView), weight: 3 },
  { template: "/counties/{code}/{slug}", params: [], weight: 1 },
  { template: "/counties/{slug}/feed.xml", params: [], weight: 1 },
  { template: "/counties/{slug}/map.svg", params: [], weight: 1 },
  { template: "/places/{slug}", params: k(areaView), weight: 2 },
  { template: "/api/v1/counties/{slug}", params: k(areaView), weight: 2 },
  { template: "/api/v1/places/{slug}", params: k(areaView), weight: 1 },
  { template: "/{slug}", params: [], weight: 1 },
];

/** Payloads that must never come back unescaped in HTML; each carries a marker so a match is certain. */
export const HTML_PAYLOADS = [
  '<script>alert("fz1")</script>',
  '"><img src=x onerror=alert("fz2")>',
  "'><svg onload=alert('fz3')>",
  "</title><b id=fz4>",
  "<!--fz5--><iframe src=javascript:alert(1)>",
];
const SQL = ["' OR '1'='1", "1; DROP TABLE agency; --", "%' UNION SELECT NULL, version() --", "\\'; SELECT pg_sleep(0) --", '"; DELETE FROM snapshot; --'];
const TRAVERSAL = ["../../../../etc/passwd", "..\\..\\windows\\win.ini", "....//....//", "/etc/passwd", "%2e%2e%2f%2e%2e%2f"];
const UNICODE = ["\u202Etxet", "\u200B", "\uFEFFtx", "\u2060tx", "שלום", "مرحبا", "\uFB02", "\u212Aounty", "ＴＸ", "t\u0307x", "🙂", "\uFFFD"];
const NUMBERS = ["-1", "0", "1", "1.5", "1e309", "0x10", "NaN", "Infinity", "99999999999999999999", "٣", "+1", " 1", "1 ", "001", "-0", "2147483648"];
const DATES = ["0000-00-00", "2025-02-29", "2024-02-29", "9999-12-31", "1900-01-01", "2025-13-01", "2025-1-1", "20250101", "2025-03-31T00:00", "+002025-03-31", "2025-03-31 ", "1970-01-01", "2021-01-12"];
const WORDS = ["tx", "TX", "us", "zz", "jail", "task-force", "wso", "jail,wso", "jail,,wso", "county", "state", "-signed", "agreements", "-residents", "residents-task-force", "added", "signed", "participating", "pending-2025-05-30", "participating-2025-06-27", "sheriff", "harris county"];
const FILES = ["agreements.csv", "agreements.json", "changes.csv", "changes.json", "pending.csv", "pending.json", "ledger.csv", "ledger.json", "county-agencies.csv", "place-agencies.json", "nope.csv", "agreements.xml", "agreements", ".csv", "../agreements.csv", "AGREEMENTS.CSV"];
/** Percent sequences and bytes written as they are (not re-encoded): malformed or invalid UTF-8 on purpose. */
const RAW = ["%", "%G0", "%FF", "%C3%28", "%ED%A0%80", "%C0%AF", "%E2%82", "%00", "%0A", "%0D%0A", "%1B", "%7F", "%C2%85", "%25", "%2F", "%5C", "%2e%2e", "%u0041", "%%30%30"];
const RAW_BYTES = [[0xff], [0xc3, 0x28], [0xe2, 0x80, 0xae], [0x80], [0x7f], [0x00], [0x0b]];
const METHODS = ["GET", "GET", "GET", "GET", "GET", "GET", "GET", "GET", "HEAD", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "MKCOL", "LOCK", "PURGE", "SEARCH", "TRACK", "FOO", "get"];

/** A piece of a request target: text to percent-encode, or bytes to write as they are. */
type Piece = { text: string } | { raw: Buffer };
const text = (s: string): Piece => ({ text: s });
const raw = (s: string | number[]): Piece => ({ raw: typeof s === "string" ? Buffer.from(s, "latin1") : Buffer.from(s) });

function encodePiece(p: Piece): Buffer {
  if ("raw" in p) return p.raw;
  // Lone surrogates cannot be encoded as UTF-8: written as U+FFFD, as a browser would.
  return Buffer.from(encodeURIComponent(p.text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")), "latin1");
}

const controlChar = fc.integer({ min: 0, max: 0x9f }).filter((c) => c < 0x20 || c >= 0x7f).map((c) => String.fromCharCode(c));
const pieceArb = (valid: readonly string[]): fc.Arbitrary<{ piece: Piece; payload: string | null }> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...valid).map((s) => ({ piece: text(s), payload: null })) },
    { weight: 1, arbitrary: fc.constant({ piece: text(""), payload: null }) },
    { weight: 3, arbitrary: fc.constantFrom(...HTML_PAYLOADS).map((s) => ({ piece: text(s), payload: s })) },
    { weight: 2, arbitrary: fc.constantFrom(...SQL).map((s) => ({ piece: text(s), payload: null })) },
    { weight: 2, arbitrary: fc.constantFrom(...TRAVERSAL).map((s) => ({ piece: text(s), payload: null })) },
    { weight: 3, arbitrary: fc.constantFrom(...UNICODE).map((s) => ({ piece: text(s), payload: null })) },
    { weight: 2, arbitrary: fc.constantFrom(...NUMBERS, ...DATES).map((s) => ({ piece: text(s), payload: null })) },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...valid), controlChar).map(([s, c]) => ({ piece: text(`${s}${c}x`), payload: null })) },
    { weight: 3, arbitrary: fc.constantFrom(...RAW).map((s) => ({ piece: raw(s), payload: null })) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_BYTES).map((b) => ({ piece: raw(b), payload: null })) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 30 }).map((s) => ({ piece: text(s), payload: null })) },
    // Long values: 10 KB reaches the app; 100 KB is past Node's 16 KB limit for a request head (answered 431 by Node).
    { weight: 1, arbitrary: fc.constantFrom(10_000, 100_000).map((n) => ({ piece: text("x".repeat(n)), payload: null })) },
  );

const paramValues = [...WORDS, ...DATES, ...NUMBERS];
const pairArb = (params: string[]) =>
  fc.tuple(
    fc.oneof(
      { weight: 8, arbitrary: params.length ? fc.constantFrom(...params).map((k) => ({ piece: text(k), payload: null as string | null })) : fc.constant({ piece: text("x"), payload: null }) },
      // Repeated and array keys, keys Next or JavaScript treat specially, and any key at all.
      { weight: 2, arbitrary: fc.constantFrom(...params.flatMap((p) => [`${p}[]`, `${p}[0]`]), "", "__proto__", "constructor", "nxtPcode", "nxtIslug", "_rsc", "toString").map((s) => ({ piece: text(s), payload: null })) },
      { weight: 1, arbitrary: pieceArb(params.length ? params : ["x"]) },
    ),
    pieceArb(paramValues),
    fc.constantFrom("=", "=", "=", "", "=="),
  );

export const requestArb: fc.Arbitrary<FuzzRequest> = fc
  .record({
    route: fc.constantFrom(...ROUTES.flatMap((r) => Array.from({ length: r.weight }, () => r))),
    method: fc.constantFrom(...METHODS),
    segment: pieceArb([...WORDS, "tx", "ca", "us", "harris-county-sheriffs-office-tx", "48201", "0446000", "00000"]),
    file: pieceArb(FILES),
    trailing: fc.constantFrom("", "", "", "", "/", "?", "#frag", "//"),
  })
  .chain((r) => {
    const paramList = r.route.params.length ? r.route.params : ["q"];
    return fc.record({ base: fc.constant(r), pairs: fc.array(pairArb(paramList), { maxLength: 6 }) });
  })
  .map(({ base, pairs }) => {
    const payloads: string[] = [];
    const parts: Buffer[] = [];
    const [head] = base.route.template.split("?");
    for (const token of head.split(/(\{code\}|\{slug\}|\{file\})/)) {
      if (token === "{code}" || token === "{slug}") {
        parts.push(encodePiece(base.segment.piece));
        if (base.segment.payload) payloads.push(base.segment.payload);
      } else if (token === "{file}") {
        parts.push(encodePiece(base.file.piece));
        if (base.file.payload) payloads.push(base.file.payload);
      } else parts.push(Buffer.from(token, "latin1"));
    }
    if (pairs.length) {
      parts.push(Buffer.from("?"));
      pairs.forEach(([key, value, eq], i) => {
        if (i) parts.push(Buffer.from("&"));
        parts.push(encodePiece(key.piece), Buffer.from(eq), encodePiece(value.piece));
        for (const p of [key.payload, value.payload]) if (p) payloads.push(p);
      });
    }
    parts.push(Buffer.from(base.trailing));
    const target = Buffer.concat(parts);
    const shown = target.length > 160 ? `${target.subarray(0, 160).toString("latin1")}… (${target.length} bytes)` : target.toString("latin1");
    return { method: base.method, target, label: `${base.method} ${JSON.stringify(shown).slice(1, -1)}`, payload: payloads[0] ?? null };
  });

/** The headers every answer of the app carries (next.config.ts). */
export const SECURITY_HEADERS = ["content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy", "strict-transport-security", "permissions-policy"];

/** Text no answer may show: a stack trace, a database error or SQL, a file path of the server. */
export const LEAKS: [string, RegExp][] = [
  ["stack trace", /\bat (?:async )?[\w$.<>[\] ]+ \((?:file:|\/|node:)[^)]*:\d+:\d+\)|\n\s+at [^\n]+:\d+:\d+/],
  ["database error", /PrismaClient|prisma\.\w+\.\w+\(|invalid byte sequence for encoding|syntax error at or near|SQLSTATE|violates \w+ constraint|\bERROR: {1,2}\w/],
  ["SQL", /\bSELECT\s+[\w*"., ]+\s+FROM\s+"?\w+"?\s+(?:WHERE|JOIN|ORDER|GROUP|LIMIT)\b/i],
  ["file path", /(?:file:\/\/|(?:^|[\s"'(=])\/(?:home|root|usr|var|tmp|opt|srv|app)\/)[\w./-]+|node_modules\/|\.next\/server\//],
];

/** Public reads: every answer carries Access-Control-Allow-Origin: *. */
export const isPublicRead = (path: string) => /^\/(api\/|download\/|changes\/feed\.xml|states\/[^/]*\/feed\.xml)/.test(path);
