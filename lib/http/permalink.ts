import "server-only";
import { headers } from "next/headers";
import { pageOrigin } from "./origin";

/**
 * A view's permalink for its how-to-cite line: the public origin (SITE_URL, else the address the reader used; the
 * same rule as the downloads' and the API's links, lib/http/origin.ts) and the view's path with its filters.
 */
export async function permalink(path: string): Promise<string> {
  return new URL(path, pageOrigin(await headers())).href;
}
