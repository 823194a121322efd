import { MODELS } from "@/lib/domain/models";

// Kept out of the client component MapHover, so the server maps can call it while rendering.

/**
 * The data attributes MapHover reads: name, agreements|agencies|one count per model, and a line of detail (the
 * share of residents when the map shades that).
 */
export function areaData(name: string, c: { agreements: number; agencies: number; byModel: Record<string, number> } | undefined, detail?: string) {
  const counts = c ? [c.agreements, c.agencies, ...MODELS.map((m) => c.byModel[m] ?? 0)] : [0, 0, ...MODELS.map(() => 0)];
  return { "data-area": "", "data-name": name, "data-counts": counts.join("|"), ...(detail && { "data-detail": detail }) };
}
