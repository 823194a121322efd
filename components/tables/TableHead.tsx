import type { ReactNode } from "react";

export type HeadColumn = string | { label: ReactNode; align?: "right"; className?: string };

/** A table's column headings, one style across the site; `dense` for the smaller reference tables. */
export function TableHead({ columns, dense = false }: { columns: HeadColumn[]; dense?: boolean }) {
  return (
    <thead>
      <tr className="border-b border-slate-300">
        {columns.map((c, i) => {
          const col = typeof c === "string" ? { label: c } : c;
          const classes = [dense ? "py-1" : "py-2", i < columns.length - 1 && "pr-3", col.align === "right" && "text-right", col.className];
          return (
            <th key={i} scope="col" className={classes.filter(Boolean).join(" ")}>
              {col.label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
