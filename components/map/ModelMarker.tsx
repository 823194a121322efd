import type { ModelCode } from "@/lib/domain/models";
import { MODEL_COLOR, MODEL_MARKER } from "@/lib/view/palette";

// A model's marker as SVG: its colour and its shape, so the model reads without colour too. A white edge keeps it
// apart from the county shading under it. Usable from server and client components alike.

/** Tenths of a unit are finer than the screen shows; more digits only weigh down the page. */
const r = (n: number) => Math.round(n * 10) / 10;

/** A marker's element and geometry: drawn by ModelMarker here and written as text into the state map's SVG file. */
export type MarkerShape = { tag: "circle"; cx: number; cy: number; r: number } | { tag: "rect"; x: number; y: number; width: number; height: number } | { tag: "path"; d: string };

export function markerShape(model: ModelCode, x: number, y: number, size = 4.5): MarkerShape {
  switch (MODEL_MARKER[model]) {
    case "circle":
      return { tag: "circle", cx: r(x), cy: r(y), r: r(size * 0.85) };
    case "square":
      return { tag: "rect", x: r(x - size * 0.78), y: r(y - size * 0.78), width: r(size * 1.56), height: r(size * 1.56) };
    case "triangle": {
      const h = size * 1.1;
      return { tag: "path", d: `M${r(x)} ${r(y - h)}L${r(x + h)} ${r(y + h * 0.75)}L${r(x - h)} ${r(y + h * 0.75)}Z` };
    }
  }
}

/** A marker's paint: its model's colour, edged in white. */
export const markerPaint = (model: ModelCode, edge = 1) => ({ fill: MODEL_COLOR[model], stroke: "#ffffff", strokeWidth: edge });

export function ModelMarker({ model, x, y, size = 4.5, edge = 1 }: { model: ModelCode; x: number; y: number; size?: number; edge?: number }) {
  const { tag: Tag, ...geometry } = markerShape(model, x, y, size);
  return <Tag {...geometry} {...markerPaint(model, edge)} />;
}

/** The marker alone, sized for a line of text (legends, lists, the info panel). */
export function ModelSwatch({ model }: { model: ModelCode }) {
  return (
    <svg viewBox="0 0 14 14" width={14} height={14} aria-hidden="true" className="inline-block shrink-0 align-[-2px]">
      <ModelMarker model={model} x={7} y={7.5} size={5.2} edge={0} />
    </svg>
  );
}
