import { socialCard, CARD_SIZE } from "@/components/social/SocialCard";
import { getNationalSummary } from "@/lib/queries/summary";

// Drawn per request from the newest list: prerendering it would make the build need a database.
export const dynamic = "force-dynamic";
export const alt = "ICE 287(g) agreements: the newest list's count of agreements, in total and by model";
export const size = CARD_SIZE;
export const contentType = "image/png";

export default async function Image() {
  try {
    const s = await getNationalSummary();
    const figures = s && {
      publishedOn: s.participating.publishedOn,
      agreements: s.totals.agreements,
      agencies: s.totals.agencies,
      byModel: Object.fromEntries(s.byModel.map((m) => [m.model, m.agreements])),
    };
    return socialCard({ title: "Nationwide", figures });
  } catch (e) {
    // A card without figures rather than a broken image in a link preview.
    console.error("social card: database did not answer:", e);
    return socialCard({ title: "Nationwide", figures: null });
  }
}
