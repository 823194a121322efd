import type { Placed } from "@/lib/queries/agreements";
import { countyHref, placeHref } from "@/lib/view/links";

/** Where the agency serves, under its name in a table: its town and county linked to their pages, else the county ICE wrote. */
export function PlacedOn({ placed, iceCounty }: { placed: Placed; iceCounty: string | null }) {
  if (!placed.countyFips) return iceCounty ? <span className="block text-xs text-slate-600">{iceCounty}</span> : null;
  return (
    <span className="block text-xs text-slate-600" data-testid="placed-on">
      {placed.place && (
        <>
          {placed.placeGeoid ? <a className="text-blue-800 underline" href={placeHref(placed.placeGeoid)}>{placed.place}</a> : placed.place},{" "}
        </>
      )}
      <a className="text-blue-800 underline" href={countyHref(placed.countyFips)}>{placed.county}</a>
    </span>
  );
}
