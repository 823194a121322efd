import { apiRoute, areaEndpoint } from "@/lib/api/v1";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ fips: string }> }) => areaEndpoint(request, "county", (await params).fips));
