"use client";

import { useEffect, useState } from "react";

// An SVG file shown first as an image (before any script runs, and without one), then fetched and put inline, the
// same file, so its shapes take the pointer and the keyboard (MapHover around it reads them) and its links work. The
// image's size is set, so the swap moves nothing.

export function InlineSvg({ src, alt, width, height, className }: { src: string; alt: string; width: number; height: number; className: string }) {
  const [markup, setMarkup] = useState<{ src: string; text: string } | null>(null);
  useEffect(() => {
    let current = true;
    // Asked again with the image's ETag (a 304 when the data has not changed), not served stale while the browser
    // revalidates in the background (stale-while-revalidate), which would leave a request open behind the page.
    fetch(src, { cache: "no-cache" })
      .then(async (r) => (r.ok && r.headers.get("content-type")?.startsWith("image/svg+xml") ? r.text() : null))
      .then((text) => current && text && setMarkup({ src, text }))
      // The image stays: it shows the same map, without the details on hover.
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [src]);
  // Our own file from our own server (components/map/state-map-svg.ts), which writes every text escaped.
  if (markup?.src === src) return <div dangerouslySetInnerHTML={{ __html: markup.text }} />;
  return <img src={src} alt={alt} width={width} height={height} className={className} />;
}
