// Next runs this file (the framework's "proxy", formerly middleware; it must sit beside app/) before any route: each
// request gets its deliberate answer for a method or a path no route should see. The rules are in lib/http/rules.ts.
import { NextResponse, type NextRequest } from "next/server";
import { addressKind, allowedMethods, cleanPath, CORS_HEADERS, pathProblem, PREFLIGHT_HEADERS, withoutEmptyParameters } from "./lib/http/rules";

const json = (status: number, parameter: string, message: string, headers: Record<string, string>) =>
  NextResponse.json({ error: { parameter, message } }, { status, headers: { ...CORS_HEADERS, ...headers } });

export function proxy(request: NextRequest): NextResponse {
  // The path as the client sent it, still percent-encoded.
  const { pathname, search } = new URL(request.url);
  const kind = addressKind(pathname);
  const allowed = allowedMethods(kind);
  const allow = { Allow: allowed.join(", ") };

  if (request.method === "OPTIONS" && kind !== "page") return new NextResponse(null, { status: 204, headers: { ...PREFLIGHT_HEADERS, ...allow } });
  if (!allowed.includes(request.method)) {
    const message = `${request.method} is not allowed here; allowed: ${allow.Allow}`;
    if (kind === "api") return json(405, "method", message, allow);
    return new NextResponse(`${message}\n`, {
      status: 405,
      headers: { "Content-Type": "text/plain; charset=utf-8", ...allow, ...(kind === "read" && CORS_HEADERS) },
    });
  }

  const problem = pathProblem(pathname);
  if (problem) {
    if (kind === "api") return json(problem.status, "path", problem.message, {});
    // The site's own "page not found", from app/not-found.tsx.
    return NextResponse.rewrite(new URL("/_not-found", request.url), { status: 404, headers: kind === "read" ? CORS_HEADERS : {} });
  }
  // One address per page: a trailing slash goes, with a permanent redirect. Next wants an absolute Location here and
  // makes it relative again when it names the request's own host, so the answer names no host. Next's
  // own redirect for it is turned off in next.config.ts because it answers before the site's headers are added;
  // repeated slashes are redirected by lib/http/before-next.ts for the same reason.
  const clean = cleanPath(pathname);
  const to = (target: string) => new URL(target, request.url).toString();
  if (clean !== pathname) return new NextResponse(null, { status: 308, headers: { Location: to(`${clean}${search}`), ...(kind !== "page" && CORS_HEADERS) } });
  // A page's empty parameters go the same way: the address of a filled-in search form names only what was filled.
  const trimmed = kind === "page" ? withoutEmptyParameters(search) : null;
  if (trimmed !== null) return new NextResponse(null, { status: 308, headers: { Location: to(`${clean}${trimmed}`) } });
  return NextResponse.next();
}

export const config = {
  // Not Next's own build files: they are static, and named by Next.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
