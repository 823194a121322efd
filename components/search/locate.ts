// "Find my county" (the reader's location): the browser's position, matched here, in the browser, against the county shapes the site ships
// (public/geo: the states' outlines, then that state's counties). The position is never sent anywhere; the only
// requests are for those two shape files. Loaded when the button is pressed.
import { geoContains } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { STATE_OF_FIPS } from "@/lib/domain/states";

export type Located = { href: string; fips: string } | { message: string };

const AFTER = " Type your town, county or ZIP code instead.";

function position(): Promise<GeolocationPosition> {
  return new Promise((resolve, reject) => navigator.geolocation.getCurrentPosition(resolve, reject, { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 }));
}

async function areaAt(file: string, name: string, point: [number, number]): Promise<string | null> {
  const r = await fetch(file);
  if (!r.ok) throw new Error(`${file}: ${r.status}`);
  const topology = (await r.json()) as Topology;
  const areas = feature(topology, topology.objects[name] as GeometryCollection);
  return (areas.features.find((f) => geoContains(f, point))?.id as string | undefined) ?? null;
}

/** The county page of where the reader is, or what went wrong in words. */
export async function locateCounty(): Promise<Located> {
  if (!("geolocation" in navigator)) return { message: `This browser cannot tell its location.${AFTER}` };
  let at: GeolocationPosition;
  try {
    at = await position();
  } catch (e) {
    const denied = (e as GeolocationPositionError).code === 1;
    return { message: denied ? `Location is not allowed for this site, so it cannot be used.${AFTER}` : `Your location is not available right now.${AFTER}` };
  }
  const point: [number, number] = [at.coords.longitude, at.coords.latitude];
  try {
    const state = await areaAt("/geo/states.json", "states", point);
    const code = state && STATE_OF_FIPS[String(state)];
    const county = code && (await areaAt(`/geo/counties/${code.toLowerCase()}.json`, "counties", point));
    if (!county) return { message: `Your location is not in a U.S. county this site covers.${AFTER}` };
    // countyHref of lib/view/links.ts, written out: importing it would bring the URL layer (zod) into this chunk.
    return { href: `/counties/${county}`, fips: String(county) };
  } catch {
    return { message: `The county shapes could not be loaded.${AFTER}` };
  }
}
