// Writing SVG documents as text on the server (the state maps, the trend charts): every attribute and text escaped.

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** camelCase names written for React, in SVG's spelling. */
const SVG_NAME: Record<string, string> = { strokeWidth: "stroke-width" };

function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${SVG_NAME[k] ?? k}="${escapeXml(String(v))}"`)
    .join("");
}

/** `<tag a="…">children</tag>`; children are markup, already escaped by whoever wrote them. */
export const svgElement = (tag: string, values: Record<string, string | number | undefined>, children?: string) =>
  children === undefined ? `<${tag}${attrs(values)}/>` : `<${tag}${attrs(values)}>${children}</${tag}>`;
