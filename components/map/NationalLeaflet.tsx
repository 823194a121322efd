"use client";

import "leaflet/dist/leaflet.css";
import { CRS, type LatLngExpression, type LeafletMouseEvent, type Path } from "leaflet";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { MapContainer, Polygon, Rectangle, Tooltip } from "react-leaflet";
import type { PlanarNation, Ring } from "@/lib/geo/national";
import { NONE_FILL } from "@/lib/view/palette";
import { LabelContainer } from "./LeafletParts";
import { MapPlaceholder, ZOOM_MAP_HEIGHT, type ZoomArea } from "./NationalMapFrame";

// The national map, zoomable: the server's planar projection (public/geo/national.json, prepared at build time)
// on Leaflet's flat CRS, y turned up. No tiles: the shapes are the map.

const EDGE = "#64748b";
const HIGHLIGHT = "#0f172a";
const toLatLngs = (rings: Ring[]): LatLngExpression[][] => rings.map((r) => r.map(([x, y]) => [-y, x] as LatLngExpression));

export default function NationalLeaflet({ areas }: { areas: ZoomArea[] }) {
  const router = useRouter();
  const [nation, setNation] = useState<PlanarNation | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    fetch("/geo/national.json")
      .then((r) => (r.ok ? (r.json() as Promise<PlanarNation>) : Promise.reject(new Error(String(r.status)))))
      .then((n) => live && setNation(n))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);
  if (failed) return <MapPlaceholder text="The zoomable map could not load; the map below still works." />;
  if (!nation) return <MapPlaceholder text="Loading the zoomable map…" />;

  const info = new Map(areas.map((a) => [a.id, a]));
  const frames = new Map(nation.insets.map((b) => [b.id, b]));
  const margin = 60;
  return (
    <div>
      <p className="mb-1 text-sm text-slate-700">Drag or use the arrow keys to pan, + and − to zoom. Click a state to open its view.</p>
      <MapContainer
        crs={CRS.Simple}
        bounds={[
          [-nation.height, 0],
          [0, nation.width],
        ]}
        maxBounds={[
          [-nation.height - margin, -margin],
          [margin, nation.width + margin],
        ]}
        minZoom={-2}
        maxZoom={5}
        zoomSnap={0.25}
        attributionControl={false}
        className={`${ZOOM_MAP_HEIGHT} rounded border border-slate-300`}
        style={{ background: "#ffffff" }}
      >
        <LabelContainer label="Zoomable map of agreements per state. Arrow keys pan, plus and minus zoom." focus />
        {nation.insets.map((b) => (
          <Rectangle
            key={b.id}
            bounds={[
              [-b.y - b.height, b.x],
              [-b.y, b.x + b.width],
            ]}
            pathOptions={{ color: EDGE, weight: 1, fill: true, fillColor: "#ffffff", fillOpacity: 1 }}
            interactive={false}
          >
            <Tooltip permanent direction="top" offset={[0, 0]} className="!border-0 !bg-transparent !p-0 !text-[11px] !text-slate-700 !shadow-none">
              {b.name}
            </Tooltip>
          </Rectangle>
        ))}
        {nation.areas.map((a) => {
          const area = info.get(a.id);
          const fill = area?.fill ?? NONE_FILL;
          const inset = frames.has(a.id);
          const style = { color: inset && fill !== NONE_FILL ? fill : EDGE, weight: inset ? 2 : 0.75, fillColor: fill, fillOpacity: 1 };
          return (
            <Polygon
              key={a.id}
              positions={toLatLngs(a.rings)}
              pathOptions={style}
              eventHandlers={{
                click: () => area && router.push(area.href),
                mouseover: (e: LeafletMouseEvent) => (e.target as Path).setStyle({ color: HIGHLIGHT, weight: 2.5 }).bringToFront(),
                mouseout: (e: LeafletMouseEvent) => (e.target as Path).setStyle(style),
              }}
            >
              {area && <Tooltip sticky>{area.label}</Tooltip>}
            </Polygon>
          );
        })}
      </MapContainer>
    </div>
  );
}
