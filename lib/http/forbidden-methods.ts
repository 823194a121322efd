// TRACE and TRACK are forbidden by the Fetch standard: Node's Request refuses to be built with them, so Next answers
// 500 before proxy.ts or any route runs. The HTTP server answers them itself, with the headers of every answer.
// (CONNECT never reaches Next: Node closes the connection when no one listens for it.)
import http from "node:http";
import { securityHeaderValues } from "./headers";
import { addressKind, allowedMethods, CORS_HEADERS, FORBIDDEN_METHODS } from "./rules";

let installed = false;

/** Makes every HTTP server of this process answer the forbidden methods 405. */
export function answerForbiddenMethods(): void {
  if (installed) return;
  installed = true;
  const headers = { ...securityHeaderValues(false), "Content-Type": "text/plain; charset=utf-8" };
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      if (FORBIDDEN_METHODS.has(request.method ?? "")) {
        const kind = addressKind((request.url ?? "/").split("?")[0]);
        const allow = allowedMethods(kind).join(", ");
        response.writeHead(405, { ...headers, Allow: allow, ...(kind !== "page" && CORS_HEADERS) }).end(`${request.method} is not allowed here; allowed: ${allow}\n`);
        return true;
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
