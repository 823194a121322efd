"use client";
// The trend charts themselves. Recharts is large: this module is only ever loaded through TrendFigure's
// next/dynamic import, so it is a chunk of its own and no page's first load carries it.
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { eventsWithin } from "@/lib/domain/events";
import { MODEL_LABEL, MODELS, type ModelCode } from "@/lib/domain/models";
import type { ListTrendPoint, SignedTrendPoint } from "@/lib/queries/trends";
import { formatCount, formatDay } from "@/lib/view/format";
import { MODEL_COLOR, MODEL_DASH, MODEL_MARKER } from "@/lib/view/palette";
import { ModelKey } from "./ModelKey";
import { dateTicks, dayTime, monthTime, signedSpan, tickLabel } from "./time-ticks";

type Row = Record<ModelCode, number> & { t: number; label: string; note: string | null; total: number; totalLabel: string };

const MONTH_LONG = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

/** The props of a time axis over rows' `t` (ms), from the first row's time to the last's, as both charts draw it. */
export function timeAxisProps(domain: [number, number]) {
  const { ticks, yearly } = dateTicks(domain);
  return {
    dataKey: "t",
    type: "number" as const,
    scale: "time" as const,
    domain,
    ticks,
    interval: 0,
    tickFormatter: (t: number) => tickLabel(t, yearly),
    tick: { fontSize: 12, fill: "#334155" },
    stroke: "#94a3b8",
  };
}

function TrendTooltip({ active, payload, models }: Partial<TooltipContentProps> & { models: ModelCode[] }) {
  const row = payload?.[0]?.payload as Row | undefined;
  if (!active || !row) return null;
  return (
    <div className="rounded border border-slate-300 bg-white px-3 py-2 text-xs shadow-md">
      <p className="font-semibold">{row.label}</p>
      {row.note && <p className="text-slate-600">{row.note}</p>}
      <table className="mt-1 tabular-nums">
        <tbody>
          {models.map((m) => (
            <tr key={m}>
              <th scope="row" className="pr-3 text-left font-normal">
                <span className="mr-1"><ModelKey model={m} line={false} /></span>
                {MODEL_LABEL[m]}
              </th>
              <td className="text-right">{formatCount(row[m])}</td>
            </tr>
          ))}
          <tr className="border-t border-slate-200">
            <th scope="row" className="pr-3 text-left font-medium">{row.totalLabel}</th>
            <td className="text-right font-medium">{formatCount(row.total)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

type ChartProps = { rows: Row[]; models: ModelCode[]; markers: boolean; band?: [number, number] | null; yLabel: string };

const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

function DateLineChart({ rows, models, markers, band, yLabel }: ChartProps) {
  const domain: [number, number] = [rows[0].t, rows.at(-1)!.t];
  const events = eventsWithin(isoDay(domain[0]), isoDay(domain[1]));
  return (
    <LineChart accessibilityLayer={false} responsive style={{ width: "100%", height: "100%" }} data={rows} margin={{ top: 14, right: 14, bottom: 0, left: 0 }}>
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      {band && (
        <ReferenceArea
          x1={band[0]}
          x2={band[1]}
          fill="#f1f5f9"
          fillOpacity={1}
          stroke="#cbd5e1"
          strokeDasharray="3 3"
          label={{ value: "Archived copies of ICE’s page", position: "insideTopLeft", fontSize: 12, fill: "#334155" }}
        />
      )}
      <XAxis {...timeAxisProps(domain)} />
      <YAxis
        width="auto"
        allowDecimals={false}
        tickFormatter={(n: number) => formatCount(n)}
        tick={{ fontSize: 12, fill: "#334155" }}
        stroke="#94a3b8"
        label={{ value: yLabel, angle: -90, position: "insideLeft", offset: 10, fontSize: 12, fill: "#334155", style: { textAnchor: "middle" } }}
      />
      {events.map((e) => (
        <ReferenceLine
          key={e.on}
          x={dayTime(e.on)}
          stroke="#475569"
          strokeDasharray="4 3"
          label={{ value: e.short, position: "insideTopRight", fontSize: 12, fill: "#334155" }}
        />
      ))}
      <Tooltip content={<TrendTooltip models={models} />} isAnimationActive={false} />
      {models.map((m) => (
        <Line
          key={m}
          dataKey={m}
          name={MODEL_LABEL[m]}
          type="linear"
          stroke={MODEL_COLOR[m]}
          strokeWidth={2}
          strokeDasharray={MODEL_DASH[m]}
          dot={markers ? { symbol: MODEL_MARKER[m], r: 3, fill: MODEL_COLOR[m], strokeWidth: 0 } : false}
          activeDot={{ symbol: MODEL_MARKER[m], r: 5, fill: MODEL_COLOR[m], stroke: "#ffffff", strokeWidth: 1 }}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}

/** Agreements on each published list, one line per model; the archived-page era shaded. */
export function TrendChart({ points, models = [...MODELS] }: { points: ListTrendPoint[]; models?: ModelCode[] }) {
  if (points.length === 0) return null;
  const rows: Row[] = points.map((p) => ({
    ...p.byModel,
    t: dayTime(p.publishedOn),
    label: `List of ${formatDay(p.publishedOn)}`,
    note: p.origin === "ARCHIVED_WEB_PAGE" ? "From an archived copy of ICE’s page" : null,
    total: p.agreements,
    totalLabel: "All agreements",
  }));
  const archived = rows.filter((r) => r.note);
  const band: [number, number] | null = archived.length ? [archived[0].t, archived.at(-1)!.t] : null;
  return <DateLineChart rows={rows} models={models} markers band={band} yLabel="Agreements on the list" />;
}

/**
 * One list's agreements by the month they were signed, cumulative, one line per model, over the same span as the
 * list chart above it (from `from`, its first list): the months before it are summed into the first point, which
 * a cumulative line can do without changing any value it shows.
 */
export function SignedTrendChart({ points: all, models = [...MODELS], from }: { points: SignedTrendPoint[]; models?: ModelCode[]; from?: string }) {
  const points = signedSpan(all, from);
  if (points.length === 0) return null;
  const rows: Row[] = points.map(({ t, point: p }) => ({
    ...p.byModel,
    t,
    label: `Signed by the end of ${MONTH_LONG.format(monthTime(p.month))}`,
    note: null,
    total: p.total,
    totalLabel: "All models",
  }));
  return <DateLineChart rows={rows} models={models} markers={false} yLabel="Agreements signed, cumulative" />;
}
