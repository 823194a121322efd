import { cardFigures, socialCard, CARD_SIZE } from "@/components/social/SocialCard";
import { getListTotalsView } from "@/lib/queries/views/list-totals";

// Drawn per request from the newest list: prerendering it would make the build need a database.
export const dynamic = "force-dynamic";
export const alt = "ICE 287(g) agreements: the newest list's count of agreements, in total and by model";
export const size = CARD_SIZE;
export const contentType = "image/png";

export default async function Image() {
  try {
    const { list, totals } = await getListTotalsView({ state: null, asOf: null });
    const figures = list && cardFigures(list.publishedOn, totals);
    return socialCard({ title: "Nationwide", figures });
  } catch (e) {
    // A card without figures rather than a broken image in a link preview.
    console.error("social card: database did not answer:", e);
    return socialCard({ title: "Nationwide", figures: null });
  }
}
