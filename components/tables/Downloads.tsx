/** Links to the whole filtered table (every page) as CSV and as JSON. */
export function Downloads({ table, query, what }: { table: string; query: string; what: string }) {
  const cls = "rounded-md border border-slate-400 px-3 py-1 text-sm text-blue-800 underline hover:bg-slate-50";
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-700">All {what} matching these filters:</span>
      <a className={cls} href={`/download/${table}.csv${query}`} download>
        Download CSV<span className="sr-only"> of {what}</span>
      </a>
      <a className={cls} href={`/download/${table}.json${query}`} download>
        Download JSON<span className="sr-only"> of {what}</span>
      </a>
    </p>
  );
}
