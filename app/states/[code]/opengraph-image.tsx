import { notFound } from "next/navigation";
import { cardFigures, socialCard, CARD_SIZE } from "@/components/social/SocialCard";
import { STATES, stateCode } from "@/lib/domain/states";
import { getListTotalsView } from "@/lib/queries/views/list-totals";
import { formatDay } from "@/lib/view/format";

// Drawn per request from the newest list: prerendering it would make the build need a database.
export const dynamic = "force-dynamic";
export const alt = "The state's 287(g) agreements with ICE on the newest list, in total and by model";
export const size = CARD_SIZE;
export const contentType = "image/png";

export default async function Image({ params }: { params: Promise<{ code: string }> }) {
  const code = stateCode((await params).code) ?? notFound();
  const title = STATES[code];
  try {
    const { list, totals } = await getListTotalsView({ state: code, asOf: null });
    if (!list) return socialCard({ title, figures: null });
    return socialCard({
      title,
      figures: cardFigures(list.publishedOn, totals),
      emptyText: `No 287(g) agreement on ICE's list of ${formatDay(list.publishedOn)}.`,
    });
  } catch (e) {
    console.error(`social card of ${code}: database did not answer:`, e);
    return socialCard({ title, figures: null });
  }
}
