"use client";

// Shown when a page fails (a database that is down, most often). Next logs the error on the server; the visitor
// sees no stack trace and no SQL.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section aria-labelledby="error-title" className="space-y-3">
      <h1 id="error-title" className="text-2xl font-bold">This page could not be loaded</h1>
      <p>The dashboard&rsquo;s data is not available right now. Please try again in a minute.</p>
      <button type="button" onClick={reset} className="rounded bg-blue-800 px-4 py-2 text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2">
        Try again
      </button>
    </section>
  );
}
