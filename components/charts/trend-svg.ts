import { MODEL_LABEL, type ModelCode } from "@/lib/domain/models";
import type { DatedEvent } from "@/lib/domain/events";
import { formatCount } from "@/lib/view/format";
import { MODEL_COLOR, MODEL_DASH } from "@/lib/view/palette";
import { escapeXml, svgElement as el } from "@/lib/view/svg";
import { dateTicks, tickLabel } from "./time-ticks";

// A trend chart drawn on the server as an SVG file (/trends/lists.svg, /trends/signed.svg): what the page shows
// before the interactive chart loads, and what prints and what a crawler or a reader without scripts sees. The same
// axes, ticks, lines, shaded band and event lines as the interactive chart (TrendChart.tsx).

export const CHART_WIDTH = 720;
export const CHART_HEIGHT = 300;
const M = { top: 16, right: 16, bottom: 28, left: 64 };
const INK = "#334155";
const GRID = "#e2e8f0";
const AXIS = "#94a3b8";

export type TrendSeries = { name: string; color: string; dash?: string; points: { t: number; v: number }[] };

/** A model's line, in its colour and dashes. */
export const modelSeries = (model: ModelCode, points: TrendSeries["points"]): TrendSeries => ({ name: MODEL_LABEL[model], color: MODEL_COLOR[model], dash: MODEL_DASH[model], points });
export type TrendSvgInput = {
  series: TrendSeries[];
  yLabel: string;
  /** What the chart shows, in words: the document's title. */
  title: string;
  /** A span shaded with its label (archived copies of ICE's page). */
  band?: { from: number; to: number; label: string } | null;
  events?: readonly DatedEvent[];
  /** The value axis's ticks from 0 (round counts when left out) and how they read. */
  yTicks?: number[];
  yFormat?: (v: number) => string;
};

/** Round ticks from zero to at least `max`, about five of them: steps of 1, 2 or 5 times a power of ten. */
export function countTicks(max: number): number[] {
  const rough = Math.max(1, max) / 5;
  const p = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * p).find((s) => s >= rough)!);
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) ticks.push(v);
  return ticks;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function trendSvg({ series, yLabel, title, band, events = [], yTicks: givenTicks, yFormat = formatCount }: TrendSvgInput): string {
  const all = series.flatMap((s) => s.points);
  const svg = (body: string) =>
    el("svg", { xmlns: "http://www.w3.org/2000/svg", viewBox: `0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`, width: CHART_WIDTH, height: CHART_HEIGHT, role: "img", "font-family": "system-ui, sans-serif", "font-size": 12 }, el("title", {}, escapeXml(title)) + body);
  if (all.length === 0) return svg("");
  const t0 = Math.min(...all.map((p) => p.t));
  const t1 = Math.max(...all.map((p) => p.t));
  const yTicks = givenTicks ?? countTicks(Math.max(...all.map((p) => p.v)));
  const yMax = yTicks.at(-1)!;
  const [w, h] = [CHART_WIDTH - M.left - M.right, CHART_HEIGHT - M.top - M.bottom];
  const x = (t: number) => round(M.left + (t1 === t0 ? w / 2 : ((t - t0) / (t1 - t0)) * w));
  const y = (v: number) => round(M.top + h - (v / yMax) * h);
  const parts: string[] = [];
  if (band) {
    parts.push(el("rect", { x: x(band.from), y: M.top, width: round(x(band.to) - x(band.from)), height: h, fill: "#f1f5f9", stroke: "#cbd5e1", "stroke-dasharray": "3 3" }));
    parts.push(el("text", { x: x(band.from) + 4, y: M.top + 14, fill: INK }, escapeXml(band.label)));
  }
  for (const v of yTicks) {
    parts.push(el("line", { x1: M.left, x2: M.left + w, y1: y(v), y2: y(v), stroke: GRID }));
    parts.push(el("text", { x: M.left - 6, y: y(v) + 4, "text-anchor": "end", fill: INK }, escapeXml(yFormat(v))));
  }
  parts.push(el("text", { transform: `translate(14 ${M.top + h / 2}) rotate(-90)`, "text-anchor": "middle", fill: INK }, escapeXml(yLabel)));
  const { ticks, yearly } = dateTicks([t0, t1]);
  parts.push(el("line", { x1: M.left, x2: M.left + w, y1: M.top + h, y2: M.top + h, stroke: AXIS }));
  for (const t of ticks) {
    parts.push(el("line", { x1: x(t), x2: x(t), y1: M.top + h, y2: M.top + h + 5, stroke: AXIS }));
    parts.push(el("text", { x: x(t), y: M.top + h + 18, "text-anchor": "middle", fill: INK }, tickLabel(t, yearly)));
  }
  for (const e of events) {
    const at = Date.parse(`${e.on}T00:00:00Z`);
    if (at < t0 || at > t1) continue;
    parts.push(el("line", { x1: x(at), x2: x(at), y1: M.top, y2: M.top + h, stroke: "#475569", "stroke-dasharray": "4 3" }));
    parts.push(el("text", { x: x(at) - 4, y: M.top + 12, "text-anchor": "end", fill: INK }, escapeXml(e.short)));
  }
  for (const s of series) {
    if (s.points.length === 0) continue;
    const d = s.points.map((p, i) => `${i ? "L" : "M"}${x(p.t)} ${y(p.v)}`).join("");
    parts.push(el("path", { d, fill: "none", stroke: s.color, "stroke-width": 2, "stroke-dasharray": s.dash, "stroke-linejoin": "round" }, el("title", {}, escapeXml(s.name))));
  }
  return svg(parts.join(""));
}
