import { requestUrl } from "@/lib/api/v1";
import { atomResponse, changesFeed } from "@/lib/feeds/changes";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return atomResponse(await changesFeed(requestUrl(request).origin, null));
}
