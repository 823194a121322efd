// The headers of every answer, pages, API, files and errors alike (next.config.ts sets them; next.config.ts also
// says why the CSP allows inline scripts).

/** Header name → value. `dev` adds what `next dev` needs (React evaluates code there). */
export function securityHeaderValues(dev = process.env.NODE_ENV !== "production"): Record<string, string> {
  const csp = [
    "default-src 'self'",
    // Next's inline bootstrap scripts need 'unsafe-inline' without a per-request nonce (see next.config.ts).
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
  return {
    // Scripts, styles, images and connections from the site itself only; no plugins; no framing.
    "Content-Security-Policy": csp,
    // Browsers keep to HTTPS once they have seen the site over it.
    "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
    // A CSV or JSON answer is never run as a script or rendered as a page.
    "X-Content-Type-Options": "nosniff",
    // Other sites learn the origin, not the filtered address someone came from.
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // No framing, for browsers that do not read frame-ancestors.
    "X-Frame-Options": "DENY",
    // No camera or microphone; location for the site itself only ("Find my county" (the reader's location), matched in the browser).
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(self)",
  };
}
