export default function NotFound() {
  return (
    <section aria-labelledby="nf-title" className="space-y-block">
      <h1 id="nf-title" className="text-title">Page not found</h1>
      <p>There is no page at this address. It may have been mistyped.</p>
      <p>
        <a href="/" className="text-blue-800 underline">Go to the national overview</a>
      </p>
    </section>
  );
}
