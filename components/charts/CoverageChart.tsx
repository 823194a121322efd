"use client";
// The residents chart itself, loaded only through CoverageFigure's next/dynamic import (Recharts is large).
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { eventsWithin } from "@/lib/domain/events";
import { percentExact, shareTicks, type SharePoint } from "@/lib/view/coverage";
import { formatCount, formatDay, formatShare } from "@/lib/view/format";
import { COVERAGE_LINES, CoverageKey } from "./CoverageKey";
import { timeAxisProps } from "./TrendChart";

type Row = { t: number; point: SharePoint; taskForce: number; other: number | null };


function CoverageTooltip({ active, payload, otherWords }: Partial<TooltipContentProps> & { otherWords: string }) {
  const row = payload?.[0]?.payload as Row | undefined;
  if (!active || !row) return null;
  const p = row.point;
  const lines = [
    { key: "taskForce" as const, words: "Task Force", v: p.taskForce },
    ...(p.other ? [{ key: "other" as const, words: otherWords, v: p.other }] : []),
  ];
  return (
    <div className="rounded border border-slate-300 bg-white px-3 py-2 text-xs shadow-md">
      <p className="font-semibold">List of {formatDay(p.publishedOn)}</p>
      <table className="mt-1 tabular-nums">
        <tbody>
          {lines.map((l) => (
            <tr key={l.key}>
              <th scope="row" className="pr-3 text-left font-normal">
                <span className="mr-1"><CoverageKey line={l.key} /></span>
                {l.words}
              </th>
              <td className="pr-2 text-right">{formatShare(l.v.residents, p.population, 1)}</td>
              <td className="text-right text-slate-600">{formatCount(l.v.residents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {lines.some((l) => l.v.statewide) && <p className="mt-1 text-slate-700">A state agency&rsquo;s statewide agreement also stood (not in these shares).</p>}
    </div>
  );
}

/** Share of the state's residents under local agreements on each list: Task Force and the other line. */
export function CoverageChart({ points, otherWords }: { points: SharePoint[]; otherWords: string }) {
  if (points.length === 0) return null;
  const rows: Row[] = points.map((p) => ({
    t: Date.parse(`${p.publishedOn}T00:00:00Z`),
    point: p,
    taskForce: percentExact(p.taskForce.residents, p.population),
    other: p.other ? percentExact(p.other.residents, p.population) : null,
  }));
  const domain: [number, number] = [rows[0].t, rows.at(-1)!.t];
  const yTicks = shareTicks(Math.max(...rows.map((r) => Math.max(r.taskForce, r.other ?? 0))));
  const lines = [{ key: "taskForce" as const, name: "Task Force" }, ...(points.some((p) => p.other) ? [{ key: "other" as const, name: otherWords }] : [])];
  return (
    <LineChart accessibilityLayer={false} responsive style={{ width: "100%", height: "100%" }} data={rows} margin={{ top: 14, right: 14, bottom: 0, left: 0 }}>
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis {...timeAxisProps(domain)} />
      <YAxis
        width="auto"
        domain={[0, yTicks.at(-1)!]}
        ticks={yTicks}
        interval={0}
        tickFormatter={(n: number) => `${n}\u00a0%`}
        tick={{ fontSize: 12, fill: "#334155" }}
        stroke="#94a3b8"
        label={{ value: "Share of residents", angle: -90, position: "insideLeft", offset: 10, fontSize: 12, fill: "#334155", style: { textAnchor: "middle" } }}
      />
      {eventsWithin(points[0].publishedOn, points.at(-1)!.publishedOn).map((e) => (
        <ReferenceLine key={e.on} x={Date.parse(`${e.on}T00:00:00Z`)} stroke="#475569" strokeDasharray="4 3" label={{ value: e.short, position: "insideTopRight", fontSize: 12, fill: "#334155" }} />
      ))}
      <Tooltip content={<CoverageTooltip otherWords={otherWords} />} isAnimationActive={false} />
      {lines.map(({ key, name }) => {
        const l = COVERAGE_LINES[key];
        return (
          <Line
            key={key}
            dataKey={key}
            name={name}
            type="linear"
            stroke={l.color}
            strokeWidth={2}
            strokeDasharray={l.dash}
            dot={{ symbol: l.symbol, r: 3, fill: l.color, strokeWidth: 0 }}
            activeDot={{ symbol: l.symbol, r: 5, fill: l.color, stroke: "#ffffff", strokeWidth: 1 }}
            isAnimationActive={false}
          />
        );
      })}
    </LineChart>
  );
}
