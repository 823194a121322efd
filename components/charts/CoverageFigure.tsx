"use client";
import dynamic from "next/dynamic";
import type { SharePoint } from "@/lib/view/coverage";
import { CHART_HEIGHT, Placeholder, useNearViewport } from "./TrendFigure";

const CoverageChart = dynamic(() => import("./CoverageChart").then((m) => m.CoverageChart), { ssr: false, loading: Placeholder });

/** The share of a state's residents under agreements, list by list: one image with a summary for screen readers. */
export function CoverageFigure({ label, points, otherWords }: { label: string; points: SharePoint[]; otherWords: string }) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  return (
    <div ref={ref} role="img" aria-label={label} className="w-full" style={{ height: CHART_HEIGHT }} data-testid="coverage-chart">
      {near ? <CoverageChart points={points} otherWords={otherWords} /> : <Placeholder />}
    </div>
  );
}
