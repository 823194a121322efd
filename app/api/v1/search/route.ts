import { apiRoute, searchEndpoint } from "@/lib/api/v1";

export const dynamic = "force-dynamic";

export const GET = apiRoute(searchEndpoint);
