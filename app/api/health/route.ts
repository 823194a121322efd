import { STALE_AFTER_DAYS } from "@/lib/domain/freshness";
import { getHealthView } from "@/lib/queries/views/status";

export const dynamic = "force-dynamic";

// 200 while the database answers, however old the data: stale data is not an outage, and says so in "stale".
export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  try {
    // Read afresh (no cache): the answer says whether the database answers now.
    const f = await getHealthView();
    return Response.json(
      {
        status: "ok",
        newestSnapshot: f.newestList?.publishedOn ?? null,
        newestList: f.newestList && { publishedOn: f.newestList.publishedOn, ageDays: f.newestList.ageDays },
        stale: f.newestList ? f.newestList.stale : true,
        staleAfterDays: STALE_AFTER_DAYS,
        lastCheck: f.lastCheck && {
          startedAt: f.lastCheck.startedAt.toISOString(),
          finishedAt: f.lastCheck.finishedAt?.toISOString() ?? null,
          outcome: f.lastCheck.outcome.toLowerCase(),
          error: f.lastCheck.error,
        },
        lastSuccessfulCheck: f.lastSuccessAt?.toISOString() ?? null,
      },
      { headers },
    );
  } catch (e) {
    console.error("health check: database did not answer:", e);
    return Response.json({ status: "unavailable", error: "the database is not answering" }, { status: 503, headers });
  }
}
