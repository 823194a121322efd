import type { SVGProps } from "react";
import type { ModelCode } from "@/lib/domain/models";
import { areaClasses, describeCounts, fillFor } from "@/lib/geo/classes";
import { INSET_LABEL_H, ringsToPath, type PlanarNation } from "@/lib/geo/national";
import { nationalMap, spriteHref } from "@/lib/geo/shape-files";
import { NATIONAL_SPRITE } from "@/lib/geo/shapes";
import { areaData } from "./area-data";
import { MapHover } from "./MapHover";
import { MapLegend, SWATCH_EDGE } from "./MapLegend";
import { NationalMapFrame, type ZoomArea } from "./NationalMapFrame";

export type NationalMapCounts = { state: string; agreements: number; agencies: number; byModel: Record<ModelCode, number> };
export type NationalMapProps = {
  counts: NationalMapCounts[];
  metric: "agreements" | "agencies";
  hrefFor: (state: string) => string;
  caption: string;
};

const METRIC_WORD = { agreements: "Agreements", agencies: "Agencies" } as const;

/**
 * The states and territories shaded by agreements (or agencies), each a link to its state view. Drawn on the
 * server as SVG, so it shows before any script runs; a button swaps in a zoomable map on request.
 */
export async function NationalMap({ counts, metric, hrefFor, caption }: NationalMapProps) {
  const [nation, sprite] = await Promise.all([nationalMap(), spriteHref(NATIONAL_SPRITE)]);
  const byState = new Map(counts.map((c) => [c.state, c]));
  const classes = areaClasses(counts.map((c) => c[metric]));
  const legend = <MapLegend title={`${METRIC_WORD[metric]} per state or territory`} classes={classes} />;
  if (!nation) {
    return (
      <figure>
        <p className="rounded border border-slate-300 p-3 text-sm">The map&rsquo;s shapes are missing from this build; the table lists every state.</p>
        <figcaption className="mt-2 text-sm text-slate-700">{caption}</figcaption>
      </figure>
    );
  }
  const frames = new Map(nation.insets.map((b) => [b.id, b]));
  const areas = nation.areas.map((a) => {
    const c = byState.get(a.id);
    return { ...a, c, fill: fillFor(c?.[metric] ?? 0, classes), href: hrefFor(a.id), label: describeCounts(a.name, c, metric) };
  });
  const zoomAreas: ZoomArea[] = areas.map((a) => ({ id: a.id, fill: a.fill, href: a.href, label: a.label }));
  const viewBox = `0 0 ${nation.width} ${nation.height}`;
  return (
    <figure className="space-y-3" data-testid="national-map">
      <NationalMapFrame areas={zoomAreas} legend={legend}>
        <MapHover viewBox={viewBox} hint="Point at a state, or tab to it, to see its numbers here.">
          <svg viewBox={viewBox} className="block h-auto w-full" aria-label={`Map: ${METRIC_WORD[metric].toLowerCase()} per state. Each state is a link.`}>
            <Frames nation={nation} />
            {areas.map((a) => {
              const inset = frames.get(a.id);
              // Each outline is drawn from the sprite file by reference (a path inline only when the build lacks it).
              const shape = (props: SVGProps<SVGPathElement> & SVGProps<SVGUseElement>) =>
                sprite ? <use href={`${sprite}#${a.id}`} {...props} /> : <path d={ringsToPath(a.rings)} {...props} />;
              return (
                <a
                  key={a.id}
                  href={a.href}
                  aria-label={`${a.label}. Open the state view.`}
                  className="outline-none [&:focus-visible>path]:stroke-slate-900 [&:focus-visible>use]:stroke-slate-900"
                  {...areaData(a.name, a.c)}
                >
                  <title>{a.label}</title>
                  {inset && <rect x={inset.x} y={inset.y} width={inset.width} height={inset.height} fill="transparent" />}
                  {inset ? (
                    // Islands in the boxes are specks at this size: a wide edge of their own colour, outlined, shows them.
                    <>
                      {shape({ fill: SWATCH_EDGE, stroke: SWATCH_EDGE, strokeWidth: 3, strokeLinejoin: "round" })}
                      {shape({ fill: a.fill, stroke: a.fill, strokeWidth: 1.6, strokeLinejoin: "round" })}
                    </>
                  ) : (
                    shape({ fill: a.fill, fillRule: "evenodd", stroke: SWATCH_EDGE, strokeWidth: 0.6, strokeLinejoin: "round" })
                  )}
                </a>
              );
            })}
          </svg>
        </MapHover>
      </NationalMapFrame>
      <figcaption className="text-sm text-slate-700">{caption}</figcaption>
    </figure>
  );
}

/** The territories' boxes, each with its name, drawn under the links (a box's link covers it). */
function Frames({ nation }: { nation: PlanarNation }) {
  return (
    <g aria-hidden="true">
      {nation.insets.map((b) => (
        <g key={b.id}>
          <rect x={b.x} y={b.y} width={b.width} height={b.height} fill="#ffffff" stroke={SWATCH_EDGE} strokeWidth={0.75} />
          <text x={b.x + 4} y={b.y + INSET_LABEL_H - 3} fontSize={10} fill="#334155">
            {b.name}
          </text>
        </g>
      ))}
    </g>
  );
}
