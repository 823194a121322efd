import { agreementsEndpoint } from "@/lib/api/v1";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return agreementsEndpoint(request);
}
