import { SEARCH_PATH } from "@/lib/view/links";

// An unknown or malformed county or town address: say what the addresses look like, and offer the site's search
// (a plain GET form, no script), so the reader is one step from the place they meant. No database read.
export function AreaNotFound({ kind }: { kind: "county" | "place" }) {
  const what = kind === "county" ? "County" : "Town";
  return (
    <section aria-labelledby="nf-title" className="space-y-block">
      <h1 id="nf-title" className="text-title">{what} not found</h1>
      <p className="max-w-2xl">
        {kind === "county" ? (
          <>
            County pages are named by the county&rsquo;s five-digit FIPS code, as in{" "}
            <a href="/counties/48201" className="text-blue-800 underline">/counties/48201</a> for Harris County, Texas.
          </>
        ) : (
          <>
            Town pages are named by the Census Bureau&rsquo;s seven-digit place code (GEOID), as in{" "}
            <a href="/places/0446000" className="text-blue-800 underline">/places/0446000</a> for Mesa, Arizona.
          </>
        )}{" "}
        No {kind === "county" ? "county" : "Census place"} has the code in this address.
      </p>
      <form action={SEARCH_PATH} method="get" role="search" className="flex max-w-md flex-wrap items-end gap-2">
        <label className="flex grow flex-col text-sm">
          Search for a town, county or ZIP code
          <input type="search" name="q" required maxLength={100} className="mt-1 rounded-md border border-slate-400 px-3 py-2 text-base" />
        </label>
        <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 text-white">Search</button>
      </form>
      <p>
        <a href="/states" className="text-blue-800 underline">Choose a state</a>, then a county on its map.
      </p>
    </section>
  );
}
