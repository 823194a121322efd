"use client";
import { useEffect, useRef, useState, type ComponentType } from "react";
import type { SuggestionsProps } from "./Suggestions";

// The search field of every page: a plain GET form to /search that works without scripts. Its suggestions and the
// "use my location" button load their code only when the reader focuses the field or presses the button, so no page's
// first load carries them.

type Props = { id: string; defaultValue?: string; size?: "header" | "page" };

export function SearchField({ id, defaultValue = "", size = "header" }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [Suggest, setSuggest] = useState<ComponentType<SuggestionsProps> | null>(null);
  const [hydrated, setHydrated] = useState(false);
  const [locating, setLocating] = useState<string | null>(null);
  useEffect(() => setHydrated(true), []);
  const load = () => {
    if (!Suggest) import("./Suggestions").then((m) => setSuggest(() => m.Suggestions));
  };
  const locate = async () => {
    setLocating("Finding your county…");
    const { locateCounty } = await import("./locate");
    const found = await locateCounty();
    if ("href" in found) window.location.assign(found.href);
    else {
      setLocating(found.message);
      input.current?.focus();
    }
  };
  const page = size === "page";
  return (
    <form role="search" action="/search" method="get" className={page ? "space-y-2" : "relative w-full sm:w-auto"}>
      <label htmlFor={id} className={page ? "block font-semibold" : "sr-only"}>
        Search a county, town, ZIP code or agency
      </label>
      <div className="relative flex flex-wrap items-center gap-2">
        <input
          ref={input}
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={100}
          autoComplete="off"
          placeholder={page ? "Harris County, TX · Mesa, AZ · 85201" : "County, town, ZIP or agency"}
          onFocus={load}
          className={`min-w-0 flex-1 rounded border border-slate-500 bg-white px-2 py-1 text-slate-900 placeholder:text-slate-600 ${page ? "text-base sm:w-96 sm:flex-none" : "text-sm sm:w-56"}`}
        />
        <button type="submit" className="rounded border border-slate-500 bg-white px-2 py-1 text-sm text-slate-900 hover:bg-slate-100">
          Search
        </button>
        <button
          type="button"
          onClick={locate}
          className={`rounded border border-slate-500 bg-white px-2 py-1 text-sm text-slate-900 hover:bg-slate-100 ${hydrated ? "" : "invisible"}`}
        >
          Use my location
        </button>
        {Suggest && input.current && <Suggest input={input.current} />}
      </div>
      <p role="status" className={locating ? "text-sm text-slate-800" : "sr-only"} data-testid="locate-status">
        {locating}
      </p>
    </form>
  );
}
