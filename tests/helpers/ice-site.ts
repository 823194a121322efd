// A local stand-in for ice.gov: a real HTTP server on 127.0.0.1 serving a page shaped like ICE's 287(g) page and
// real ICE files, each route replaceable between checks, so the fetcher meets every failure ICE's site can show.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export type IceSite = {
  base: string;
  pageUrl: string;
  routes: Map<string, Route>;
  /** Requests per path, to tell a link that was followed from one that was not. */
  hits: Map<string, number>;
  close: () => Promise<void>;
};

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function startIceSite(port = 0): Promise<IceSite> {
  const routes = new Map<string, Route>();
  const hits = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = routes.get(path);
    if (route) return route(req, res);
    res.writeHead(404, { "Content-Type": "text/html" }).end("<!DOCTYPE html><html><body><h1>Page not found</h1></body></html>");
  });
  const sockets = new Set<import("node:net").Socket>();
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    pageUrl: `${base}/identify-and-arrest/287g`,
    routes,
    hits,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** ICE's 287(g) page as it is laid out: navigation, MOA PDFs, a link to another site, and the given links. */
export function icePage(links: { href: string; text: string }[]): Route {
  const html = `<!DOCTYPE html>
<html lang="en"><head><title>Delegation of Immigration Authority Section 287(g) | ICE</title></head>
<body>
<nav><a href="/">Home</a> <a href="/identify-and-arrest">Identify and Arrest</a> <a href="https://www.dhs.gov/">DHS</a></nav>
<main>
<h1>Delegation of Immigration Authority Section 287(g) Immigration and Nationality Act</h1>
<p>Below are the law enforcement agencies participating in the 287(g) program and those with pending requests.</p>
<ul>
${links.map((l) => `  <li><a href="${l.href}">${l.text}</a></li>`).join("\n")}
</ul>
<p>Memoranda of agreement: <a href="/doclib/about/offices/ero/287g/moa/moaHarrisCountyTX.pdf">Harris County (PDF)</a>.</p>
<p>See also <a href="https://www.example.org/participatingAgencies.xlsx">a copy of the participating agencies list on another site</a>.</p>
</main>
<footer><a href="mailto:287g@ice.dhs.gov">Contact</a></footer>
</body></html>`;
  return (_req, res) => res.writeHead(200, { "Content-Type": "text/html; charset=UTF-8" }).end(html);
}

/** A file's bytes, served as ICE's server serves its spreadsheets (type, length, Last-Modified). */
export function serveFile(file: string, headers: Record<string, string> = {}): Route {
  const bytes = readFileSync(file);
  return (_req, res) => res.writeHead(200, { "Content-Type": XLSX_TYPE, "Content-Length": String(bytes.length), ...headers }).end(bytes);
}
