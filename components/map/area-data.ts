import { MODELS } from "@/lib/domain/models";

// Kept out of the client component MapHover, so the server maps can call it while rendering.

/**
 * The data attributes MapHover reads: name, and agreements|agencies|one count per model; `detail` is a sentence shown
 * before the counts when the map shades something else (a share of residents).
 */
export function areaData(name: string, c: { agreements: number; agencies: number; byModel: Record<string, number> } | undefined, detail?: string) {
  const counts = c ? [c.agreements, c.agencies, ...MODELS.map((m) => c.byModel[m] ?? 0)] : [0, 0, ...MODELS.map(() => 0)];
  return { "data-area": "", "data-name": name, "data-counts": counts.join("|"), ...(detail && { "data-detail": detail }) };
}
