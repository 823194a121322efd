import { stateName } from "@/lib/domain/states";
import type { SvgMap } from "@/lib/geo/projection";

// A county's place in its state as an SVG document of its own (/counties/[fips]/map.svg): the state's counties in grey,
// this one filled and outlined. A county's and a town's page show it as an image, so their HTML carries one element
// instead of every county of the state twice (the HTML and the data React hydrates from).

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]);

export function areaMapSvg(map: SvgMap, state: string, fips: string, countyName: string): string {
  const others = map.areas.filter((a) => a.id !== fips).map((a) => `<path d="${a.d}"/>`);
  const here = map.areas.find((a) => a.id === fips);
  const label = escape(`Map of ${stateName(state)}'s counties, ${countyName} outlined`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}" role="img" aria-label="${label}">`,
    `<title>${label}</title>`,
    `<g fill="#e2e8f0" stroke="#ffffff" stroke-width="1.2" stroke-linejoin="round">${others.join("")}</g>`,
    here ? `<path d="${here.d}" fill="#1d4ed8" stroke="#111827" stroke-width="3" stroke-linejoin="round"/>` : "",
    "</svg>\n",
  ].join("\n");
}
