"use client";
import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import type { ModelCode } from "@/lib/domain/models";
import { trendData, type TrendData } from "./trend-data";

// The chart's box keeps its height while Recharts (its own chunk) and the points (/trends/data.json) load, so
// nothing below it moves.
export const CHART_HEIGHT = 300;

export function Placeholder({ failed = false }: { failed?: boolean }) {
  return (
    <p className="flex h-full items-center justify-center rounded border border-dashed border-slate-300 px-4 text-center text-sm text-slate-600">
      {failed ? "The chart could not be loaded; the table of these numbers has the same figures." : "Loading the chart; the table of these numbers has the same figures."}
    </p>
  );
}

const TrendChart = dynamic(() => import("./TrendChart").then((m) => m.TrendChart), { ssr: false, loading: () => <Placeholder /> });
const SignedTrendChart = dynamic(() => import("./TrendChart").then((m) => m.SignedTrendChart), { ssr: false, loading: () => <Placeholder /> });

/** True once the element comes near the viewport: a chart further down the page waits until it is wanted. */
export function useNearViewport<T extends Element>() {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || near) return;
    const seen = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: "300px" });
    seen.observe(el);
    return () => seen.disconnect();
  }, [near]);
  return [ref, near] as const;
}

/** The points at `src`, fetched once the chart is near the viewport; `failed` when they could not be. */
export function useTrendData(src: string, near: boolean) {
  const [state, setState] = useState<{ src: string; data: TrendData | null; failed: boolean } | null>(null);
  useEffect(() => {
    if (!near) return;
    let live = true;
    trendData(src).then(
      (data) => live && setState({ src, data, failed: false }),
      () => live && setState({ src, data: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [src, near]);
  return state?.src === src ? state : null;
}

type Props = { kind: "lists" | "signed"; src: string; label: string; models?: ModelCode[] };

/** The chart drawn on the server as an SVG file, for the same filters as `src` (/trends/data.json?…). */
export const chartFileOf = (src: string, kind: Props["kind"] | "shares") => src.replace("/trends/data.json", `/trends/${kind}.svg`);

/**
 * A trend chart in a fixed-height box that screen readers read as one image with a summary: the server's drawing of
 * it (an image, there before any script, in print and without scripts), then the interactive chart once near view.
 */
export function TrendFigure({ kind, src, label, models }: Props) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  const loaded = useTrendData(src, near);
  return (
    <div ref={ref} role="img" aria-label={label} className="w-full" style={{ height: CHART_HEIGHT }}>
      {!loaded?.data ? (
        // The server's drawing of the chart: there before any script, in print and without scripts.
        <img src={chartFileOf(src, kind)} alt="" width={720} height={CHART_HEIGHT} loading="lazy" className="h-full w-full object-contain object-left-top" />
      ) : kind === "lists" ? (
        <TrendChart points={loaded.data.lists} models={models} />
      ) : (
        <SignedTrendChart points={loaded.data.signed} models={models} from={loaded.data.lists[0]?.publishedOn} />
      )}
    </div>
  );
}
