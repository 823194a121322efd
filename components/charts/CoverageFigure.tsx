"use client";
import dynamic from "next/dynamic";
import { CHART_HEIGHT, chartFileOf, Placeholder, useNearViewport, useTrendData } from "./TrendFigure";

const CoverageChart = dynamic(() => import("./CoverageChart").then((m) => m.CoverageChart), { ssr: false, loading: () => <Placeholder /> });

/** The share of a state's residents under agreements, list by list (points from `src`): one image with a summary for screen readers. */
export function CoverageFigure({ label, src, otherWords }: { label: string; src: string; otherWords: string }) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  const loaded = useTrendData(src, near);
  return (
    <div ref={ref} role="img" aria-label={label} className="w-full" style={{ height: CHART_HEIGHT }} data-testid="coverage-chart">
      {loaded?.data ? (
        <CoverageChart points={loaded.data.shares} otherWords={otherWords} />
      ) : (
        // The server's drawing of the chart: there before any script, in print and without scripts.
        <img src={chartFileOf(src, "shares")} alt="" width={720} height={CHART_HEIGHT} loading="lazy" className="h-full w-full object-contain object-left-top" />
      )}
    </div>
  );
}
