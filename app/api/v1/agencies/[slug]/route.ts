import { agencyEndpoint } from "@/lib/api/v1";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return agencyEndpoint(request, (await params).slug);
}
