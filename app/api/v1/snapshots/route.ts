import { apiRoute, snapshotsEndpoint } from "@/lib/api/v1";

export const dynamic = "force-dynamic";

export const GET = apiRoute(snapshotsEndpoint);
