"use client";
import dynamic from "next/dynamic";
import { CHART_HEIGHT, Placeholder, useNearViewport, useTrendData } from "./TrendFigure";

const CoverageChart = dynamic(() => import("./CoverageChart").then((m) => m.CoverageChart), { ssr: false, loading: () => <Placeholder /> });

/** The share of a state's residents under agreements, list by list (points from `src`): one image with a summary for screen readers. */
export function CoverageFigure({ label, src, otherWords }: { label: string; src: string; otherWords: string }) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  const loaded = useTrendData(src, near);
  return (
    <div ref={ref} role="img" aria-label={label} className="w-full" style={{ height: CHART_HEIGHT }} data-testid="coverage-chart">
      {loaded?.data ? <CoverageChart points={loaded.data.shares} otherWords={otherWords} /> : <Placeholder failed={loaded?.failed} />}
    </div>
  );
}
