// MOA and addendum links. ICE's cells say "link" and carry the URL as a cell hyperlink; some hyperlinks are
// wrapped by the sender's mail or PDF tools, and those wrappers carry staff e-mail addresses.

export type LinkResult = { url: string | null; rule: string | null };

const EMAIL = /[\w.+-]+(?:@|%40)[\w-]+(?:\.[\w-]+)+/gi;

/** What the repair ledger may show of a raw link: a safelink only as its target, never an e-mail address. */
export function linkForLedger(raw: string): string {
  const parsed = safeUrl(raw.trim());
  if (parsed && SAFELINKS_HOST.test(parsed.hostname)) {
    const inner = parsed.searchParams.get("url");
    return `${parsed.origin}/?url=${encodeURIComponent(inner ?? "")} (tracking data removed)`;
  }
  return raw.replace(EMAIL, "[e-mail address removed]");
}

const SAFELINKS_HOST = /(^|\.)safelinks\.protection\.outlook\.com$/i;

/** Returns the link to store and, when it differs from what ICE wrote, the repair rule that produced it. */
export function cleanLink(raw: string | null | undefined): LinkResult {
  if (!raw) return { url: null, rule: null };
  let url = raw.trim();
  let rule: string | null = null;

  // participating 2025-06-27 onward: Outlook safelinks whose `data` parameter holds an ICE mailbox address.
  const parsed = safeUrl(url);
  if (parsed && SAFELINKS_HOST.test(parsed.hostname)) {
    const inner = parsed.searchParams.get("url");
    if (!inner) return { url: null, rule: "Outlook safelink without a target: dropped" };
    url = inner;
    rule = "Outlook safelink unwrapped to the ICE URL it wraps";
  }
  // participating 2025-08-29: a PDF viewer extension prefix, "chrome-extension://<id>/https:/www.ice.gov/…".
  const ext = /^chrome-extension:\/\/[a-z]+\/(https?):\/+(.*)$/i.exec(url);
  if (ext) {
    url = `${ext[1]}://${ext[2]}`;
    rule = "browser-extension prefix removed from the ICE URL";
  }
  // participating 2026-03-27: "https:/www.ice.gov/…", one slash short.
  if (/^https?:\/(?!\/)/i.test(url)) {
    url = url.replace(/^(https?):\/+/i, "$1://");
    rule = rule ?? "missing slash after https: added";
  }
  const final = safeUrl(url);
  if (!final || !/^https?:$/.test(final.protocol) || final.username || final.password) {
    return { url: null, rule: "not a web address: dropped" };
  }
  // Never keep anything that still looks like an e-mail address (in a query, a fragment or a path).
  if (url.includes("@") || /%40/i.test(url)) {
    return { url: null, rule: "link carried an e-mail address: dropped" };
  }
  return { url: final.href, rule };
}

function safeUrl(s: string): URL | null {
  try {
    return new URL(s);
  } catch {
    return null;
  }
}
