import type { SVGProps } from "react";
import type { ModelCode } from "@/lib/domain/models";
import { STATE_COUNT_CLASSES, describeCounts, fillFor } from "@/lib/view/classes";
import { describeCoverage, percentOf, SHARE_CLASSES, type CoverageOfArea } from "@/lib/view/coverage";
import { formatCount, formatShare } from "@/lib/view/format";
import { INSET_LABEL_H, ringsToPath, type PlanarNation } from "@/lib/geo/national";
import { nationalMap, spriteHref } from "@/lib/geo/shape-files";
import { NATIONAL_SPRITE } from "@/lib/geo/shapes";
import { areaData } from "./area-data";
import { MapHover } from "./MapHover";
import { NONE_FILL } from "@/lib/view/palette";
import { MapLegend, SWATCH_EDGE } from "./MapLegend";
import { NationalMapFrame, type ZoomArea } from "./NationalMapFrame";

export type NationalMapCounts = { state: string; agreements: number; agencies: number; byModel: Record<ModelCode, number> };
/** With a share of residents to shade: each state's coverage and the words for what it is under. */
export type NationalMapResidents = { coverage: (CoverageOfArea & { state: string })[]; words: string };
export type NationalMapProps = {
  counts: NationalMapCounts[];
  metric: "agreements" | "agencies" | "residents";
  residents?: NationalMapResidents;
  hrefFor: (state: string) => string;
  caption: string;
};

const METRIC_WORD = { agreements: "Agreements", agencies: "Agencies" } as const;
/** States where a state agency's agreement covers the whole state are hatched over their local shade. */
const HATCH_ID = "statewide-hatch";
const HATCH_INK = "#1e293b";

/**
 * The states and territories shaded by agreements, agencies or the share of their residents under agreements, each a
 * link to its state view. Drawn on the server as SVG, so it shows before any script runs; a button swaps in a
 * zoomable map on request.
 */
export async function NationalMap({ counts, metric, residents, hrefFor, caption }: NationalMapProps) {
  const [nation, sprite] = await Promise.all([nationalMap(), spriteHref(NATIONAL_SPRITE)]);
  const byState = new Map(counts.map((c) => [c.state, c]));
  const coverage = new Map(residents?.coverage.map((c) => [c.state, c]) ?? []);
  const shares = metric === "residents" && residents !== undefined;
  const classes = shares ? SHARE_CLASSES : STATE_COUNT_CLASSES;
  const legend = shares ? (
    <MapLegend title={`Share of residents living in a county or town whose agency has ${residents.words}`} classes={classes} unit={"\u00a0%"} noneLabel="None (or no estimate)">
      <p className="mt-1 flex items-center gap-1.5">
        <svg aria-hidden="true" width="20" height="14" className="shrink-0 rounded-[2px] border" style={{ borderColor: SWATCH_EDGE }}>
          <HatchPattern id={`${HATCH_ID}-key`} />
          <rect width="20" height="14" fill={NONE_FILL} />
          <rect width="20" height="14" fill={`url(#${HATCH_ID}-key)`} />
        </svg>
        Hatched: a state agency has {residents.words}, covering the whole state (not counted in the shade)
      </p>
    </MapLegend>
  ) : (
    <MapLegend title={`${METRIC_WORD[metric === "agencies" ? "agencies" : "agreements"]} per state or territory`} classes={classes} />
  );
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
    if (shares) {
      const cov = coverage.get(a.id);
      const label = describeCoverage(a.name, cov, residents.words);
      const detail = cov?.population
        ? `${formatShare(cov.localResidents, cov.population, 1)} of ${formatCount(cov.population)} residents${cov.statewide.length ? "; and a statewide agreement" : ""}`
        : "no Census estimate of its residents";
      const fill = cov?.population ? fillFor(percentOf(cov.localResidents, cov.population), classes) : NONE_FILL;
      return { ...a, c, fill, href: hrefFor(a.id), label, detail, hatch: (cov?.statewide.length ?? 0) > 0 };
    }
    const m = metric === "agencies" ? "agencies" : "agreements";
    return { ...a, c, fill: fillFor(c?.[m] ?? 0, classes), href: hrefFor(a.id), label: describeCounts(a.name, c, m), detail: undefined, hatch: false };
  });
  const zoomAreas: ZoomArea[] = areas.map((a) => ({ id: a.id, fill: a.fill, href: a.href, label: a.label }));
  const viewBox = `0 0 ${nation.width} ${nation.height}`;
  return (
    <figure className="space-y-3" data-testid="national-map">
      <NationalMapFrame areas={zoomAreas} legend={legend}>
        <MapHover viewBox={viewBox} hint="Point at a state, or tab to it, to see its numbers here.">
          <svg
            viewBox={viewBox}
            className="block h-auto w-full"
            aria-label={`Map: ${shares ? `share of residents under ${residents.words}` : METRIC_WORD[metric === "agencies" ? "agencies" : "agreements"].toLowerCase()} per state. Each state is a link.`}
          >
            {shares && (
              <defs>
                <HatchPattern />
              </defs>
            )}
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
                  {...areaData(a.name, a.c, a.detail)}
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
                  {a.hatch && shape({ fill: `url(#${HATCH_ID})`, fillRule: "evenodd", stroke: "none", pointerEvents: "none" })}
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

/** Diagonal lines, each dark beside white, so they read over the lightest and the darkest shade alike. */
function HatchPattern({ id = HATCH_ID }: { id?: string }) {
  return (
    <pattern id={id} width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <line x1="1" y1="0" x2="1" y2="10" stroke="#ffffff" strokeWidth="1" />
      <line x1="2.2" y1="0" x2="2.2" y2="10" stroke={HATCH_INK} strokeWidth="1.2" />
    </pattern>
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
