import { apiRoute, changesEndpoint } from "@/lib/api/v1";

export const dynamic = "force-dynamic";

export const GET = apiRoute(changesEndpoint);
