// The search field of every page: a plain GET form to /search that works without scripts. SearchEnhancer (in the
// layout) loads the suggestions' code when a field first gets focus, and the location code when "Find my county" is
// pressed, so this form adds no script to any page's first load.

type Props = { id: string; defaultValue?: string; size?: "header" | "page" };

export function SearchField({ id, defaultValue = "", size = "header" }: Props) {
  const page = size === "page";
  const button = "rounded border border-slate-500 bg-white px-2 py-1 text-sm text-slate-900 hover:bg-slate-100";
  return (
    <form role="search" action="/search" method="get" className={page ? "space-y-2" : "w-full sm:w-auto"}>
      <label htmlFor={id} className={page ? "block font-semibold" : "sr-only"}>
        Search a county, town, ZIP code or agency
      </label>
      <div className="relative flex flex-wrap items-center gap-2">
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={100}
          autoComplete="off"
          data-suggest=""
          placeholder={page ? "Harris County, TX · Mesa, AZ · 85201" : "County, town, ZIP or agency"}
          className={`min-w-0 flex-1 rounded border border-slate-500 bg-white px-2 py-1 text-slate-900 placeholder:text-slate-600 ${page ? "text-base sm:w-96 sm:flex-none" : "text-sm sm:w-56"}`}
        />
        <button type="submit" className={button}>
          Search
        </button>
        {/* Shown once scripts run (the layout's enhancer marks the page): without them it could do nothing. */}
        <button type="button" data-locate="" className={`${button} invisible [.js_&]:visible`}>
          Find my county
        </button>
        <div data-suggest-box="" className="contents" />
      </div>
      {page && (
        <p className="text-sm text-slate-700 [.js_&]:block hidden" data-testid="locate-note">
          &ldquo;Find my county&rdquo; uses your location, in your browser only, to open your county&rsquo;s page; it cannot tell
          your town (the site ships county outlines, not town ones): the county&rsquo;s page lists its towns.
        </p>
      )}
      <p role="status" data-locate-status="" className="text-sm text-slate-800 empty:sr-only" data-testid="locate-status" />
    </form>
  );
}
