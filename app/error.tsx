"use client";

// Shown when a page fails (a database that is down, most often). Next logs the error on the server; the visitor
// sees no stack trace and no SQL. The page is sent with status 200 once streaming has begun, so it carries a mark
// (data-render-error) by which the layer in front of Next knows not to keep it.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section aria-labelledby="error-title" className="space-y-block" data-render-error="">
      <h1 id="error-title" className="text-title">This page could not be loaded</h1>
      <p>The dashboard&rsquo;s data is not available right now. Please try again in a minute.</p>
      <button type="button" onClick={reset} className="rounded bg-blue-800 px-4 py-2 text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2">
        Try again
      </button>
    </section>
  );
}
