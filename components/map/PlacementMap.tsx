import { stateName } from "@/lib/domain/states";
import { countyMapOf, spriteHref } from "@/lib/geo/shape-files";
import { countyHref, placeHref } from "@/lib/view/links";
import { STATE_MAP_WIDTH } from "@/lib/geo/shapes";
import type { Placement } from "@/lib/geo/place";

const METHOD_TEXT: Record<Placement["method"], string> = {
  COUNTY_NAME: "from the county in its name",
  PLACE_NAME: "from the town in its name",
  ICE_COUNTY: "from the county ICE lists for it",
  STATE_AGENCY: "as a state agency",
  MANUAL: "by hand, from a reviewed list",
  NONE: "",
};

/** Where an agency is placed: its state's counties, its county shaded, its town marked; the words say the same. */
export async function PlacementMap({ state, agencyName, placement, placeGeoid = null }: { state: string; agencyName: string; placement: Placement | null; placeGeoid?: string | null }) {
  const where =
    !placement || placement.level === "UNPLACED"
      ? `Not placed on the map: ${placement?.note ?? "no placement yet"}.`
      : placement.level === "STATE"
        ? `Serves all of ${stateName(state)}; placed ${METHOD_TEXT[placement.method]}.`
        : `${placement.placeName ? `${placement.placeName}, ` : ""}${placement.countyName}, ${stateName(state)}; placed ${METHOD_TEXT[placement.method]} (${placement.confidence.toLowerCase()} confidence).`;

  // Drawn from the state's sprite file (the state page's outlines, at their width, shown at half of it): the page
  // carries a reference per county instead of its outline, twice (HTML and the data React hydrates from).
  const [map, sprite] = placement && placement.level !== "UNPLACED" ? await Promise.all([countyMapOf(state, STATE_MAP_WIDTH), spriteHref(`counties/${state.toLowerCase()}.svg`)]) : [null, null];
  const point = map && placement?.level === "PLACE" && placement.latitude != null ? map.project(placement.latitude, placement.longitude!) : null;

  return (
    <figure className="max-w-xs" data-testid="placement">
      {map && (
        <svg
          viewBox={`0 0 ${map.width} ${map.height}`}
          width={map.width / 2}
          height={map.height / 2}
          className="h-auto max-h-72 w-auto max-w-full"
          role="img"
          aria-label={`Map of ${stateName(state)}: ${where}`}
        >
          {map.areas.map((a) => {
            const on = placement!.level === "STATE" || a.id === placement!.countyFips;
            const props = { fill: on ? "#1d4ed8" : "#e2e8f0", stroke: "#ffffff", strokeWidth: 1.2 };
            return sprite ? (
              <use key={a.id} href={`${sprite}#c${a.id}`} {...props}>
                <title>{a.name}</title>
              </use>
            ) : (
              <path key={a.id} d={a.d} {...props}>
                <title>{a.name}</title>
              </path>
            );
          })}
          {point && <circle cx={point[0]} cy={point[1]} r={9} fill="#f59e0b" stroke="#111827" strokeWidth={3} />}
        </svg>
      )}
      <figcaption className="mt-2 text-sm text-slate-700">
        <span className="sr-only">{agencyName}: </span>
        {placement && (placement.level === "COUNTY" || placement.level === "PLACE") && placement.countyFips ? (
          // The same words, with the town and county linked to their pages.
          <>
            {placement.placeName && <>{placeGeoid ? <a className="text-blue-800 underline" href={placeHref(placeGeoid)}>{placement.placeName}</a> : placement.placeName}, </>}
            <a className="text-blue-800 underline" href={countyHref(placement.countyFips)}>{placement.countyName}</a>, {stateName(state)}; placed{" "}
            {METHOD_TEXT[placement.method]} ({placement.confidence.toLowerCase()} confidence).
          </>
        ) : (
          where
        )}
      </figcaption>
    </figure>
  );
}
