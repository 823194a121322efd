/** What a view says before any ICE list is in the database. */
export function NoListYet() {
  return (
    <section aria-labelledby="empty-title">
      <h1 id="empty-title" className="text-title">No ICE list imported yet</h1>
      <p className="mt-2">Import one with <code>npm run import -- file.xlsx</code>, or seed the shipped files with <code>npm run db:seed</code>.</p>
    </section>
  );
}
