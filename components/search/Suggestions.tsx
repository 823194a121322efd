"use client";
import { useEffect, useId, useState } from "react";

// Suggestions under the search field as one types (a combobox with a list box, keyboard first: arrows choose,
// Enter opens the chosen page, Escape closes), from /api/v1/search. Loaded when the field first gets focus (./enhance).

export type SuggestionsProps = { input: HTMLInputElement };

type Hit = { kind: "county" | "place" | "zip" | "agency"; label: string; detail: string; href: string };

const KIND_WORD: Record<Hit["kind"], string> = { county: "County", place: "Place", zip: "ZIP code", agency: "Agency" };

const pathOf = (href: string) => {
  const u = new URL(href, window.location.href);
  return u.pathname + u.search;
};

export function Suggestions({ input }: SuggestionsProps) {
  const listId = useId();
  const [hits, setHits] = useState<Hit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  // Ask for the words typed, at most one request in flight: a newer one aborts the older.
  useEffect(() => {
    let controller: AbortController | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () => {
      const q = input.value.trim();
      controller?.abort();
      clearTimeout(timer);
      if (q.length < 2) {
        setHits([]);
        setOpen(false);
        return;
      }
      timer = setTimeout(() => {
        controller = new AbortController();
        fetch(`/api/v1/search?${new URLSearchParams({ q, limit: "8" })}`, { signal: controller.signal })
          .then((r) => (r.ok ? r.json() : { data: [] }))
          .then((body: { data: Hit[] }) => {
            setHits(body.data);
            setActive(-1);
            setOpen(true);
          })
          .catch(() => {});
      }, 120);
    };
    input.addEventListener("input", ask);
    // What was typed while this code was loading.
    if (input.value.trim() && document.activeElement === input) ask();
    return () => {
      input.removeEventListener("input", ask);
      controller?.abort();
      clearTimeout(timer);
    };
  }, [input]);

  // The field is a combobox that owns the list; keys move through it.
  useEffect(() => {
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("aria-expanded", String(open && hits.length > 0));
    if (open && active >= 0) input.setAttribute("aria-activedescendant", `${listId}-${active}`);
    else input.removeAttribute("aria-activedescendant");
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        if (!hits.length) return;
        e.preventDefault();
        setOpen(true);
        // -1 is the field itself: past the last suggestion the choice goes back to what was typed.
        setActive((a) => (e.key === "ArrowDown" ? (a + 1 >= hits.length ? -1 : a + 1) : a - 1 < -1 ? hits.length - 1 : a - 1));
      } else if (e.key === "Enter" && open && active >= 0 && hits[active]) {
        e.preventDefault();
        window.location.assign(pathOf(hits[active].href));
      } else if (e.key === "Escape" && open) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      }
    };
    const onBlur = () => setTimeout(() => setOpen(false), 150);
    const onFocus = () => hits.length && setOpen(true);
    input.addEventListener("keydown", onKey);
    input.addEventListener("blur", onBlur);
    input.addEventListener("focus", onFocus);
    return () => {
      input.removeEventListener("keydown", onKey);
      input.removeEventListener("blur", onBlur);
      input.removeEventListener("focus", onFocus);
    };
  }, [input, listId, hits, open, active]);

  return (
    <ul
      id={listId}
      role="listbox"
      aria-label="Suggestions"
      hidden={!open || hits.length === 0}
      className="absolute left-0 top-full z-40 mt-1 max-h-96 w-full min-w-64 overflow-y-auto rounded border border-slate-400 bg-white py-1 text-sm shadow-lg sm:w-96"
    >
      {hits.map((h, i) => (
        <li key={h.href + h.label} id={`${listId}-${i}`} role="option" aria-selected={i === active} className={i === active ? "bg-blue-100" : ""}>
          <a href={pathOf(h.href)} tabIndex={-1} className="block px-3 py-1.5 text-slate-900 hover:bg-slate-100" onMouseDown={(e) => e.preventDefault()}>
            <span className="font-medium">{h.label}</span>
            <span className="block text-xs text-slate-700">
              {KIND_WORD[h.kind]}
              {h.detail && ` · ${h.detail}`}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
