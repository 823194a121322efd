// What the server in front of Next answers before Next sees a request, for the cases Next cannot leave to proxy.ts:
// - TRACE and TRACK are forbidden by the Fetch standard: Node's Request refuses to be built with them, so Next
//   answers 500 before proxy.ts or any route runs. (CONNECT never reaches Next: Node closes the connection.)
// - Next removes some query keys (`__proto__`, its own `nxtP…`/`nxtI…`) before proxy.ts and the routes see the
//   address, so the API's strict check could not refuse them as it refuses any other unknown key.
// - Next redirects repeated slashes (/agreements//) before any header of next.config.ts is added.
// - A #fragment in the request target, which no client sends, makes Next's proxy adapter fail with a 500.
import http from "node:http";
import { securityHeaderValues } from "./headers";
import { addressKind, allowedMethods, cleanPath, CORS_HEADERS, FORBIDDEN_METHODS, hiddenQueryKey } from "./rules";

/**
 * Answers the request itself when it is one of those (true), else leaves it to Next (false). Called by the layer in
 * front of Next (lib/http/front.ts), the server that receives every request first.
 */
export function answerBeforeNext(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  const security = securityHeaderValues(false);
  const target = request.url ?? "/";
  const q = target.indexOf("?");
  const kind = addressKind(target.split(/[?#]/)[0]);
  const cors = kind === "page" ? {} : CORS_HEADERS;
  if (FORBIDDEN_METHODS.has(request.method ?? "")) {
    const allow = allowedMethods(kind).join(", ");
    response.writeHead(405, { ...security, ...cors, Allow: allow, "Content-Type": "text/plain; charset=utf-8" });
    response.end(`${request.method} is not allowed here; allowed: ${allow}\n`);
    return true;
  }
  // A request target never holds a fragment (RFC 9112); Next's proxy adapter fails on some ("/states/#x").
  if (target.includes("#")) {
    response.writeHead(400, { ...security, ...cors, "Content-Type": "text/plain; charset=utf-8" });
    response.end("An address sent to a server has no #fragment.\n");
    return true;
  }
  // Next redirects repeated slashes and backslashes itself, before the site's headers are added: done here instead.
  const path = q < 0 ? target : target.slice(0, q);
  if (path.startsWith("/") && cleanPath(path) !== path) {
    response.writeHead(308, { ...security, ...cors, Location: `${cleanPath(path)}${q < 0 ? "" : target.slice(q)}` });
    response.end();
    return true;
  }
  const hidden = kind === "page" || q < 0 ? undefined : hiddenQueryKey(target.slice(q));
  if (hidden !== undefined) {
    response.writeHead(400, { ...security, ...cors, "Content-Type": "application/json; charset=utf-8" });
    response.end(JSON.stringify({ error: { parameter: hidden, message: "unknown parameter" } }));
    return true;
  }
  return false;
}
