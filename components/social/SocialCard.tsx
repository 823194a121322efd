import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { MODEL_LABEL, MODELS, type ModelCode } from "@/lib/domain/models";
import type { ListTotals } from "@/lib/queries/summary";
import { MODEL_COLOR } from "@/lib/view/palette";
import { formatCount, formatDay } from "@/lib/view/format";

// The social cards (Open Graph and X) of the national and state pages: 1200×630 PNGs drawn by next/og. Its
// renderer wants one text child per element (or display: flex), and fails while streaming, past any try/catch.

export const CARD_SIZE = { width: 1200, height: 630 };

export type CardFigures = {
  /** Date of the ICE list the figures come from (YYYY-MM-DD). */
  publishedOn: string;
  agreements: number;
  agencies: number;
  byModel: Partial<Record<ModelCode, number>>;
};

/** A card's figures from a list's totals (getListTotals), the same read the page itself shows. */
export function cardFigures(publishedOn: string, t: ListTotals): CardFigures {
  return { publishedOn, agreements: t.totals.agreements, agencies: t.totals.agencies, byModel: Object.fromEntries(t.byModel.map((m) => [m.model, m.agreements])) };
}

type Props = { title: string; figures: CardFigures | null; emptyText?: string };

// next/og reads TTF, OTF and WOFF, not WOFF2, and no variable fonts: the static WOFF cuts of @fontsource/inter.
const FONT_DIR = path.join(process.cwd(), "node_modules/@fontsource/inter/files");
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: "normal" }[]> | null = null;
function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: "Inter",
      data: await readFile(path.join(FONT_DIR, `inter-latin-${weight}-normal.woff`)),
      weight,
      style: "normal" as const,
    })),
  );
  return fonts;
}

function Card({ title, figures, emptyText }: Props) {
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: "56px 64px", background: "#ffffff", color: "#0f172a", fontFamily: "Inter", borderTop: "16px solid #334155" }}>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 30, color: "#475569" }}>287(g) agreements with ICE</div>
        <div style={{ fontSize: 76, fontWeight: 700, lineHeight: 1.1, marginTop: 8 }}>{title}</div>
      </div>
      {figures && figures.agreements > 0 ? (
        <div style={{ display: "flex", alignItems: "center" }}>
          <div style={{ display: "flex", flexDirection: "column", width: 440 }}>
            <div style={{ fontSize: 120, fontWeight: 700, lineHeight: 1 }}>{formatCount(figures.agreements)}</div>
            <div style={{ fontSize: 36, marginTop: 8 }}>{figures.agreements === 1 ? "agreement" : "agreements"}</div>
            <div style={{ fontSize: 30, marginTop: 4, color: "#334155" }}>{`${formatCount(figures.agencies)} ${figures.agencies === 1 ? "agency" : "agencies"}`}</div>
          </div>
          <div style={{ display: "flex", flexDirection: "column", paddingLeft: 48, borderLeft: "2px solid #e2e8f0" }}>
            {MODELS.map((m) => (
              <div key={m} style={{ display: "flex", alignItems: "center", fontSize: 36, margin: "8px 0" }}>
                <div style={{ width: 28, height: 28, borderRadius: 6, background: MODEL_COLOR[m], marginRight: 16 }} />
                <div style={{ display: "flex", justifyContent: "flex-end", width: 110, fontWeight: 700, marginRight: 16 }}>{formatCount(figures.byModel[m] ?? 0)}</div>
                <div style={{ color: "#334155" }}>{MODEL_LABEL[m]}</div>
              </div>
            ))}
          </div>
        </div>
      ) : (
        <div style={{ fontSize: 40, color: "#334155", maxWidth: 1000 }}>
          {emptyText ?? "Which state and local law-enforcement agencies have 287(g) agreements with ICE, under which model, since when."}
        </div>
      )}
      <div style={{ fontSize: 26, color: "#475569" }}>
        {figures ? `ICE's list of participating agencies published ${formatDay(figures.publishedOn)}` : "From ICE's own published lists"}
      </div>
    </div>
  );
}

/** The card as a PNG response. */
export async function socialCard(props: Props): Promise<ImageResponse> {
  return new ImageResponse(<Card {...props} />, { ...CARD_SIZE, fonts: await loadFonts() });
}
