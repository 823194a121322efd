import { getNewestSnapshotDate } from "@/lib/queries/summary";

export const dynamic = "force-dynamic";

export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  try {
    const newestSnapshot = await getNewestSnapshotDate();
    return Response.json({ status: "ok", newestSnapshot }, { headers });
  } catch (e) {
    console.error("health check: database did not answer:", e);
    return Response.json({ status: "unavailable", error: "the database is not answering" }, { status: 503, headers });
  }
}
