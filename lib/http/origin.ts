import { env, type Env } from "../env";

const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The headers a response's absolute links depend on when forwarded headers are trusted, for `Vary`. */
export const FORWARDED_VARY = "X-Forwarded-Host, X-Forwarded-Proto";

/** True when the links depend on the forwarded headers (TRUST_PROXY=1 without SITE_URL): responses must vary on them. */
export const linksVaryOnForwarded = (e: Pick<Env, "SITE_URL" | "TRUST_PROXY"> = env()) => !e.SITE_URL && e.TRUST_PROXY;

/**
 * The request headers the origin below is read from (none when SITE_URL is set): what a layer that keeps whole
 * answers must key them on.
 */
export const originHeaders = (e: Pick<Env, "SITE_URL" | "TRUST_PROXY"> = env()): string[] =>
  e.SITE_URL ? [] : ["host", ...(e.TRUST_PROXY ? ["x-forwarded-host", "x-forwarded-proto"] : [])];

/**
 * The origin of the absolute links in API answers and feeds. SITE_URL when set; otherwise the address the request
 * came to (its Host header), and the forwarded host and scheme only when the operator trusts the proxy in front
 * (TRUST_PROXY=1).
 * A forwarded value that is not a host name, or a scheme other than http and https, is ignored.
 */
export function publicOrigin(request: Request, e: Pick<Env, "SITE_URL" | "TRUST_PROXY"> = env()): string {
  return originOf(new URL(request.url), request.headers, e);
}

/**
 * The same rule for a page, which has its request's headers but not its URL (Next's `headers()`): the scheme is the
 * server's own (http) unless a trusted proxy names it.
 */
export function pageOrigin(headers: Pick<Headers, "get">, e: Pick<Env, "SITE_URL" | "TRUST_PROXY"> = env()): string {
  return originOf(new URL("http://localhost"), headers, e);
}

function originOf(url: URL, headers: Pick<Headers, "get">, e: Pick<Env, "SITE_URL" | "TRUST_PROXY">): string {
  if (e.SITE_URL) return e.SITE_URL;
  // Next builds request.url from its own listening address; the Host header names the address the client used
  // (shared caches key on it).
  const given = headers.get("host");
  const host = given && HOST.test(given) ? given : url.host;
  if (!e.TRUST_PROXY) return new URL(`${url.protocol}//${host}`).origin;
  // A chain of proxies lists values separated by commas; the first is the one the client asked for.
  const forwardedHost = headers.get("x-forwarded-host")?.split(",")[0].trim();
  const proto = headers.get("x-forwarded-proto")?.split(",")[0].trim().toLowerCase();
  const scheme = proto === "http" || proto === "https" ? proto : url.protocol.slice(0, -1);
  return new URL(`${scheme}://${forwardedHost && HOST.test(forwardedHost) ? forwardedHost : host}`).origin;
}
