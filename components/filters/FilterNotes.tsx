import type { FilterNote } from "@/lib/view/filters";

/** What the page did with filters it could not use: shown, never silently dropped. */
export function FilterNotes({ notes }: { notes: FilterNote[] }) {
  if (notes.length === 0) return null;
  return (
    <div role="status" className="rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-950" data-testid="filter-notes">
      <p className="font-semibold">Some of this address&rsquo;s filters could not be used:</p>
      <ul className="mt-1 list-disc pl-5">
        {notes.map((n) => (
          <li key={n.parameter + n.message}>{n.message}</li>
        ))}
      </ul>
    </div>
  );
}
