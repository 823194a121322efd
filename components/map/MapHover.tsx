"use client";

import { useState, type FocusEvent, type PointerEvent, type ReactNode } from "react";
import { MODELS, MODEL_LABEL } from "@/lib/domain/models";
import { ModelSwatch } from "./ModelMarker";

// The numbers of the area under the pointer or the keyboard focus, in a panel under the map, and its outline drawn
// on top of its neighbours. Areas carry what the panel shows in data attributes (see area-data.ts), so this leaf is
// small and the map itself stays server-rendered.

// An area's outline is a path (the state map's), or a <use> of a path in a sprite file (the national map's): the overlay draws it the same way.
type Shown = { name: string; counts: number[]; detail: string | null; d: string; href: string; link: boolean; opens: string };

function read(target: EventTarget): Shown | null {
  const el = (target as Element).closest?.("[data-area]");
  if (!el) return null;
  const tag = el.tagName.toLowerCase();
  const shape = tag === "path" || tag === "use" ? el : el.querySelector("path, use");
  return {
    name: el.getAttribute("data-name") ?? "",
    counts: (el.getAttribute("data-counts") ?? "").split("|").map(Number),
    detail: el.getAttribute("data-detail"),
    d: shape?.getAttribute("d") ?? "",
    href: shape?.getAttribute("href") ?? "",
    link: tag === "a",
    opens: el.getAttribute("data-opens") ?? "its state view",
  };
}

const n = (v: number, one: string, many: string) => `${v.toLocaleString("en-US")} ${v === 1 ? one : many}`;

export function MapHover({ children, viewBox, hint, outline = 2.5 }: { children: ReactNode; viewBox: string; hint: string; outline?: number }) {
  const [pointed, setPointed] = useState<Shown | null>(null);
  const [focused, setFocused] = useState<Shown | null>(null);
  const shown = pointed ?? focused;
  return (
    <div>
      <div
        className="relative"
        onPointerOver={(e: PointerEvent) => setPointed(read(e.target))}
        onPointerLeave={() => setPointed(null)}
        onFocus={(e: FocusEvent) => setFocused(read(e.target))}
        onBlur={() => setFocused(null)}
      >
        {children}
        {(shown?.d || shown?.href) && (
          <svg viewBox={viewBox} className="pointer-events-none absolute inset-0 h-full w-full" aria-hidden="true">
            {[
              { stroke: "#ffffff", width: outline * 2 },
              { stroke: "#0f172a", width: outline },
            ].map((line) => {
              const props = { fill: "none", stroke: line.stroke, strokeWidth: line.width, strokeLinejoin: "round" as const };
              return shown.href ? <use key={line.stroke} href={shown.href} {...props} /> : <path key={line.stroke} d={shown.d} {...props} />;
            })}
          </svg>
        )}
      </div>
      <div className="mt-2 min-h-[4.5rem] rounded border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-900" data-testid="map-info">
        {shown ? (
          <>
            {shown.detail && (
              <p>
                <span className="font-semibold">{shown.name}</span>
                {": "}
                {shown.detail}
              </p>
            )}
            <p>
              <span className={shown.detail ? undefined : "font-semibold"}>{shown.detail ? "Agreements" : shown.name}</span>
              {": "}
              {shown.counts[0] ? `${n(shown.counts[0], "agreement", "agreements")}, ${n(shown.counts[1], "agency", "agencies")}` : "no agreements"}
            </p>
            {shown.counts[0] > 0 && (
              <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5">
                {MODELS.map((m, i) => (
                  <li key={m} className="flex items-center gap-1.5 tabular-nums">
                    <ModelSwatch model={m} />
                    {MODEL_LABEL[m]} {shown.counts[2 + i].toLocaleString("en-US")}
                  </li>
                ))}
              </ul>
            )}
            {shown.link && <p className="mt-1 text-slate-700">Enter or click opens {shown.opens}.</p>}
          </>
        ) : (
          <p className="text-slate-700">{hint}</p>
        )}
      </div>
    </div>
  );
}
