import type { NextConfig } from "next";
import { parseEnv } from "./lib/env";
import { nationalView, stateView } from "./lib/view/filters";

// Fails the build or the start with a message naming the variable when the environment is wrong.
parseEnv();

const dev = process.env.NODE_ENV !== "production";

const csp = [
  "default-src 'self'",
  // Next's inline bootstrap scripts need 'unsafe-inline' without a per-request nonce; dev also evaluates code.
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: csp },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  async rewrites() {
    return {
      // A state view with any filter renders per request (app/states/[code]/filtered); without, it is the cached page.
      beforeFiles: [
        ...Object.keys(stateView.params).map((key) => ({
          source: "/states/:code([a-zA-Z]{2})",
          has: [{ type: "query" as const, key }],
          destination: "/states/:code/filtered",
        })),
        // The national view without filters is the cached page of the code "us"; with any, app/page.tsx renders it.
        { source: "/", missing: Object.keys(nationalView.params).map((key) => ({ type: "query" as const, key })), destination: "/states/us" },
      ],
    };
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Map shapes change only with a new build: browsers may keep them for a day.
      { source: "/geo/:path*", headers: [{ key: "Cache-Control", value: "public, max-age=86400" }] },
    ];
  },
};

export default nextConfig;
