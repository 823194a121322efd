import { agencyEndpoint, apiRoute } from "@/lib/api/v1";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => agencyEndpoint(request, (await params).slug));
