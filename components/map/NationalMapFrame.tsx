"use client";

import dynamic from "next/dynamic";
import { useState, type ReactNode } from "react";

// The server's SVG map until the reader asks for zoom and pan; then Leaflet, loaded only at that moment (its own
// chunk, with its stylesheet), draws the same shapes. Nothing of Leaflet is in the page's first load.

export type ZoomArea = { id: string; fill: string; href: string; label: string };

const loadZoomable = () => import("./NationalLeaflet");
const NationalLeaflet = dynamic(loadZoomable, {
  ssr: false,
  loading: () => <MapPlaceholder text="Loading the zoomable map…" />,
});

export const ZOOM_MAP_HEIGHT = "h-[360px] sm:h-[520px]";

export function MapPlaceholder({ text }: { text: string }) {
  return (
    <div role="status" className={`${ZOOM_MAP_HEIGHT} flex items-center justify-center rounded border border-slate-300 bg-slate-50 text-sm text-slate-700`}>
      {text}
    </div>
  );
}

export function NationalMapFrame({ areas, legend, children }: { areas: ZoomArea[]; legend: ReactNode; children: ReactNode }) {
  const [zoomable, setZoomable] = useState(false);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        {legend}
        <button
          type="button"
          className="rounded border border-slate-500 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
          aria-pressed={zoomable}
          // Start fetching the chunk as the pointer arrives: the click then rarely waits.
          onPointerEnter={() => void loadZoomable()}
          onClick={() => setZoomable((z) => !z)}
        >
          {zoomable ? "Back to the static map" : "Zoom and pan"}
        </button>
      </div>
      {zoomable && <NationalLeaflet areas={areas} />}
      <div hidden={zoomable}>{children}</div>
    </div>
  );
}
