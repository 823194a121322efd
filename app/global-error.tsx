"use client";

// The last resort, when even the layout fails: its own <html>, no stack trace.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", color: "#0f172a" }}>
        <h1>The dashboard is not available right now</h1>
        <p>Please try again in a minute.</p>
        <button type="button" onClick={reset}>Try again</button>
      </body>
    </html>
  );
}
