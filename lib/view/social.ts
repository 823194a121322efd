import type { Metadata } from "next";
import { env } from "../env";

// What link previews show. The image is not named here: each route's opengraph-image file supplies it, and
// Next gives X the same image when `twitter` has no `images` of its own (naming images here would hide the file's).

export const SITE_NAME = "287(g) agreements dashboard";

/** Base of the absolute URLs previews need; without SITE_URL, Next falls back to localhost and says so. */
export function siteUrl(): URL | undefined {
  const url = env().SITE_URL;
  return url ? new URL(url) : undefined;
}

/**
 * Open Graph and X card fields for a page's metadata; `path` is the page's own address ("/states/tx"). Fields
 * left out are filled by Next from the page's own title and description.
 */
export function socialMetadata({ title, description, path }: { title?: string; description?: string; path?: string } = {}): Pick<Metadata, "openGraph" | "twitter"> {
  const text = { ...(title && { title }), ...(description && { description }) };
  return {
    openGraph: { type: "website", siteName: SITE_NAME, locale: "en_US", ...text, ...(path && { url: path }) },
    twitter: { card: "summary_large_image", ...text },
  };
}
