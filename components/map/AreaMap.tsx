import { stateName } from "@/lib/domain/states";
import { countyMapOf } from "@/lib/geo/shape-files";
import { STATE_MAP_WIDTH } from "@/lib/geo/shapes";

/**
 * A county's or a town's place in its state: the state's counties, the county (or the town's county) filled and
 * outlined, as an image of its own file (/counties/[fips]/map.svg), so the page carries one element, not every county
 * of the state; the caption says the same in words.
 */
export async function AreaMap({ state, county, caption }: { state: string; county: string | null; caption: string }) {
  const map = county ? await countyMapOf(state, STATE_MAP_WIDTH) : null;
  return (
    <figure className="max-w-xs" data-testid="area-map">
      {map && county && (
        <img
          src={`/counties/${county}/map.svg`}
          alt={`Map of ${stateName(state)}: ${caption}`}
          width={map.width / 2}
          height={map.height / 2}
          className="h-auto max-h-72 w-auto max-w-full"
        />
      )}
      <figcaption className="mt-2 text-sm text-slate-700">{caption}</figcaption>
    </figure>
  );
}
