import type { ReactNode } from "react";
import { classLabel, type AreaClass } from "@/lib/view/classes";
import { NONE_FILL } from "@/lib/view/palette";

// The shading key shared by the national and the state maps: one swatch per class with its bounds, and "none".
// Swatches have a dark edge so the lightest shades stand out from the page (3:1).

export const SWATCH_EDGE = "#64748b";

/** `unit` follows each class's bounds: " %" reads "1–25 %". */
export function MapLegend({ title, classes, noneLabel = "None", unit = "", children }: { title: string; classes: AreaClass[]; noneLabel?: string; unit?: string; children?: ReactNode }) {
  return (
    <div className="text-sm text-slate-800" data-testid="map-legend">
      <p className="font-medium">{title}</p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        <li className="flex items-center gap-1.5">
          <Swatch fill={NONE_FILL} />
          {noneLabel}
        </li>
        {classes.map((c) => (
          <li key={c.min} className="flex items-center gap-1.5 tabular-nums">
            <Swatch fill={c.fill} />
            {classLabel(c)}
            {unit}
          </li>
        ))}
      </ul>
      {children}
    </div>
  );
}

function Swatch({ fill }: { fill: string }) {
  return <span aria-hidden="true" className="inline-block h-3.5 w-5 rounded-[2px] border" style={{ backgroundColor: fill, borderColor: SWATCH_EDGE }} />;
}
