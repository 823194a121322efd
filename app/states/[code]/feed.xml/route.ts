import { requestUrl } from "@/lib/api/v1";
import { notFound } from "next/navigation";
import { stateCode } from "@/lib/domain/states";
import { atomResponse, changesFeed } from "@/lib/feeds/changes";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const code = stateCode((await params).code) ?? notFound();
  return atomResponse(await changesFeed(requestUrl(request).origin, code));
}
