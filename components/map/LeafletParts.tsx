"use client";

import { useEffect } from "react";
import { useMap } from "react-leaflet";

/** Names the Leaflet container for screen readers and, when asked, moves the keyboard focus to it. */
export function LabelContainer({ label, focus = false }: { label: string; focus?: boolean }) {
  const map = useMap();
  useEffect(() => {
    const el = map.getContainer();
    el.setAttribute("role", "region");
    el.setAttribute("aria-label", label);
    if (focus) el.focus({ preventScroll: true });
  }, [map, label, focus]);
  return null;
}
