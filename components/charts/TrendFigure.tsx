"use client";
import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import type { ModelCode } from "@/lib/domain/models";
import type { ListTrendPoint, SignedTrendPoint } from "@/lib/queries/trends";

// The chart's box keeps its height while Recharts loads (its own chunk), so nothing below it moves.
export const CHART_HEIGHT = 300;

export function Placeholder() {
  return (
    <p className="flex h-full items-center justify-center rounded border border-dashed border-slate-300 px-4 text-center text-sm text-slate-600">
      Loading the chart; the same numbers are in the table below.
    </p>
  );
}

const TrendChart = dynamic(() => import("./TrendChart").then((m) => m.TrendChart), { ssr: false, loading: Placeholder });
const SignedTrendChart = dynamic(() => import("./TrendChart").then((m) => m.SignedTrendChart), { ssr: false, loading: Placeholder });

type Props = { label: string; models?: ModelCode[] } & (
  | { kind: "lists"; points: ListTrendPoint[] }
  | { kind: "signed"; points: SignedTrendPoint[] }
);

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

/** A trend chart in a fixed-height box that screen readers read as one image with a summary. */
export function TrendFigure(props: Props) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  return (
    <div ref={ref} role="img" aria-label={props.label} className="w-full" style={{ height: CHART_HEIGHT }}>
      {!near ? <Placeholder /> : props.kind === "lists" ? <TrendChart points={props.points} models={props.models} /> : <SignedTrendChart points={props.points} models={props.models} />}
    </div>
  );
}
