import { stateName } from "@/lib/domain/states";
import { countyMapOf, spriteHref } from "@/lib/geo/shape-files";
import { STATE_MAP_WIDTH } from "@/lib/geo/shapes";

/**
 * A county's or a town's place in its state: the state's counties, the county (or the town's county) filled and
 * outlined. Drawn from the state's sprite file, as the agency page's map is, so the page carries a reference per
 * county instead of its outline; the caption says the same in words.
 */
export async function AreaMap({ state, counties, caption }: { state: string; counties: string[]; caption: string }) {
  const [map, sprite] = await Promise.all([countyMapOf(state, STATE_MAP_WIDTH), spriteHref(`counties/${state.toLowerCase()}.svg`)]);
  if (!map) return null;
  const on = new Set(counties);
  // The chosen counties last, so their outline is drawn over their neighbours'.
  const areas = [...map.areas].sort((a, b) => Number(on.has(a.id)) - Number(on.has(b.id)));
  return (
    <figure className="max-w-xs" data-testid="area-map">
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        width={map.width / 2}
        height={map.height / 2}
        className="h-auto max-h-72 w-auto max-w-full"
        role="img"
        aria-label={`Map of ${stateName(state)}: ${caption}`}
      >
        {areas.map((a) => {
          const here = on.has(a.id);
          const props = { fill: here ? "#1d4ed8" : "#e2e8f0", stroke: here ? "#111827" : "#ffffff", strokeWidth: here ? 3 : 1.2 };
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
      </svg>
      <figcaption className="mt-2 text-sm text-slate-700">{caption}</figcaption>
    </figure>
  );
}
