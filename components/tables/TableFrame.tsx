import type { ReactNode } from "react";

/**
 * A table's frame, one across the site: its caption above and outside the box that scrolls sideways (so it is never
 * cut mid-sentence), and the box itself, which a keyboard can focus and scroll. The table inside names itself with
 * `aria-labelledby={captionId(id)}`; its row headings stay in view while it scrolls (`.table-scroll` in globals.css).
 */
export function TableFrame({ id, caption, children, className }: { id: string; caption: ReactNode; children: ReactNode; className?: string }) {
  return (
    <div id={id} className={className ? `space-y-2 ${className}` : "space-y-2"}>
      <p id={captionId(id)} className="font-semibold" data-testid="table-caption">
        {caption}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={captionId(id)}>
        {children}
      </div>
    </div>
  );
}

export const captionId = (id: string) => `${id}-caption`;
