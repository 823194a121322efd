// What every request must be before a route sees it: a method the address answers, and a path that decodes to
// text without control characters. proxy.ts applies these rules; they live here so they can be read and tested.
import { hasUnsafeCharacter } from "../view/filters";

/** The kinds of address: the JSON API, the other public reads (downloads and feeds), and pages. */
export type AddressKind = "api" | "read" | "page";

/** The kind of a path as sent: repeated and trailing slashes count already, so a redirect of a read is a read. */
export function addressKind(pathname: string): AddressKind {
  if (/^\/+api\//.test(pathname)) return "api";
  if (/^\/+download(\/|$)/.test(pathname) || /^\/+(changes|states\/+[^/]*|counties\/+[^/]*)\/+feed\.xml\/*$/.test(pathname)) return "read";
  return "page";
}

/** Public reads may be fetched by other sites' scripts: they answer a CORS preflight; pages do not need one. */
export const allowedMethods = (kind: AddressKind): readonly string[] => (kind === "page" ? ["GET", "HEAD"] : ["GET", "HEAD", "OPTIONS"]);

/** CORS headers of every public read, whatever its status: the data is public and carries no credentials. */
export const CORS_HEADERS = { "Access-Control-Allow-Origin": "*" } as const;

/** The answer to a CORS preflight (OPTIONS with Access-Control-Request-Method). */
export const PREFLIGHT_HEADERS = {
  ...CORS_HEADERS,
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "*",
  "Access-Control-Max-Age": "86400",
} as const;

export type PathProblem = { status: 400 | 404; message: string };

/**
 * Checks each segment of a path as sent (still percent-encoded): malformed percent-encoding or bytes that are not
 * UTF-8 (/states/%FF, /agencies/%C3%28, /states/%) are a 400; a segment that decodes to a control or invisible
 * character (/agencies/x%00) names nothing here, a 404. Null when the path is fine.
 */
export function pathProblem(rawPathname: string): PathProblem | null {
  for (const segment of rawPathname.split("/")) {
    let text: string;
    try {
      text = decodeURIComponent(segment);
    } catch {
      return { status: 400, message: "the address is not valid percent-encoded UTF-8" };
    }
    if (hasUnsafeCharacter(text)) return { status: 404, message: "no page has an address with control or invisible characters" };
  }
  return null;
}

/**
 * A page's query without its empty parameters (`?type=&q=Harris&asOf=` → `?q=Harris`), or null when it has none: a
 * search form sends every field, filled or not, and a link people share should name only the filters they chose.
 * The pieces that stay are kept as sent, in their order; a bare key with no "=" is not a form's field and stays
 * (Next's own icon links end in one).
 */
export function withoutEmptyParameters(search: string): string | null {
  const pieces = search.replace(/^\?/, "").split("&");
  const kept = pieces.filter((p) => p !== "" && !(p.indexOf("=") === p.length - 1));
  if (kept.length === pieces.length || search === "" || search === "?") return null;
  return kept.length ? `?${kept.join("&")}` : "";
}

/**
 * A query key Next removes before a route handler sees the request (`__proto__`, and its own `nxtP…`/`nxtI…`
 * keys), so the API's strict check could not refuse it; lib/http/before-next.ts refuses it like any unknown key.
 */
export function hiddenQueryKey(search: string): string | undefined {
  return [...new URLSearchParams(search).keys()].find((k) => k === "__proto__" || k.startsWith("nxtP") || k.startsWith("nxtI"));
}

/** Methods the Fetch standard forbids: Node cannot even build a Request for them, so Next fails before any route. */
export const FORBIDDEN_METHODS: ReadonlySet<string> = new Set(["TRACE", "TRACK"]);

/**
 * The one address of a path: slashes and backslashes (which browsers read as slashes) not repeated, no trailing
 * slash. Never starts with two slashes, so a redirect to it cannot leave the site.
 */
export const cleanPath = (pathname: string): string => pathname.replace(/[\\/]{2,}|\\/g, "/").replace(/(.)\/$/, "$1");
