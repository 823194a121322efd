import { formatCount } from "@/lib/view/format";

/** "Rows 51–100 of 1,843" with previous and next links that keep the filters. */
export function Pager({ page, pageSize, total, hrefFor, noun }: { page: number; pageSize: number; total: number; hrefFor: (page: number) => string; noun: string }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p data-testid="row-range">
        {total === 0 ? `No ${noun}` : page > pages ? `Page ${page} is past the last page (${pages})` : `${noun[0].toUpperCase()}${noun.slice(1)} ${formatCount(from)}–${formatCount(to)} of ${formatCount(total)}`}
      </p>
      <p className="flex gap-3">
        {page > 1 && (
          <a className="text-blue-800 underline" href={hrefFor(Math.min(page - 1, pages))} rel="prev">
            Previous page
          </a>
        )}
        {page < pages && (
          <a className="text-blue-800 underline" href={hrefFor(page + 1)} rel="next">
            Next page
          </a>
        )}
      </p>
    </nav>
  );
}
