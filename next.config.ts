import type { NextConfig } from "next";
import { parseEnv } from "./lib/env";
import { securityHeaderValues } from "./lib/http/headers";
import { CORS_HEADERS } from "./lib/http/rules";

// Fails the build or the start with a message naming the variable when the environment is wrong.
parseEnv();

const dev = process.env.NODE_ENV !== "production";

// The headers of every answer (lib/http/headers.ts says what each is for).
//
// Why the CSP keeps script-src 'unsafe-inline': Next writes each page's data as inline scripts
// (self.__next_f.push(…)), different on every page. The framework's two ways around that do not fit here. Nonces
// (set by proxy.ts per request) make Next render every page per request and every answer unique, so no page could
// be kept and served again to the next visitor (README, "Freshness and caching"). Hashes: Next's
// experimental `sri` option hashes the script *files* only, not those inline scripts, and a header set here cannot
// list hashes of content that changes with every page and every import. So inline scripts stay allowed; every other
// source is locked to the site itself ('self'), objects and framing are refused, and no page writes user input into
// a script (the fuzz suite in tests/e2e/fuzz.spec.ts checks that no payload comes back unescaped).
const securityHeaders = Object.entries(securityHeaderValues(dev)).map(([key, value]) => ({ key, value }));

const publicReadHeaders = Object.entries(CORS_HEADERS).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // proxy.ts removes trailing slashes itself: Next's own redirect would answer without the headers below.
  skipTrailingSlashRedirect: true,
  reactStrictMode: true,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Public reads may be fetched by other sites' scripts, whatever the answer (a 500 of a route included).
      ...["/api/:path+", "/download/:path*", "/changes/feed.xml", "/states/:code/feed.xml", "/counties/:fips/feed.xml"].map((source) => ({ source, headers: publicReadHeaders })),
      // Map shapes change only with a new build: browsers may keep them for a day.
      { source: "/geo/:path*", headers: [{ key: "Cache-Control", value: "public, max-age=86400" }] },
    ];
  },
};

export default nextConfig;
