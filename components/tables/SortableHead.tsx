export type SortColumn<K extends string> = { label: string; key?: K; align?: "right"; className?: string; firstDescending?: boolean };

/**
 * Column headings whose labels are links: the first click sorts by the column (counts largest first), the next
 * reverses it. The sorted column says so to screen readers with aria-sort.
 */
export function SortableHead<K extends string>({
  columns,
  sort,
  hrefFor,
}: {
  columns: SortColumn<K>[];
  sort: K | `-${K}`;
  hrefFor: (sort: K | `-${K}`) => string;
}) {
  const key = sort.replace(/^-/, "") as K;
  const descending = sort.startsWith("-");
  return (
    <thead>
      <tr className="border-b border-slate-300">
        {columns.map((c, i) => {
          const active = c.key !== undefined && c.key === key;
          const next = !c.key ? null : active ? (descending ? c.key : (`-${c.key}` as const)) : c.firstDescending ? (`-${c.key}` as const) : c.key;
          const cls = ["py-2 align-bottom", i < columns.length - 1 && "pr-3", c.align === "right" && "text-right", c.className].filter(Boolean).join(" ");
          return (
            <th key={c.label} scope="col" className={cls} aria-sort={active ? (descending ? "descending" : "ascending") : undefined}>
              {next ? (
                <a href={hrefFor(next)} className="text-slate-900 underline decoration-slate-400 underline-offset-4 hover:decoration-slate-900">
                  {c.label}
                  <span aria-hidden className="ml-1 text-xs">{active ? (descending ? "▼" : "▲") : "↕"}</span>
                  <span className="sr-only">{active ? `, sorted ${descending ? "descending" : "ascending"}; select to reverse` : ", select to sort"}</span>
                </a>
              ) : (
                c.label
              )}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
