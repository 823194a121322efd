import { requestUrl } from "@/lib/api/v1";
import { openApiDocument } from "@/lib/api/openapi";

export function GET(request: Request) {
  return Response.json(openApiDocument(requestUrl(request).origin), { headers: { "Access-Control-Allow-Origin": "*" } });
}
