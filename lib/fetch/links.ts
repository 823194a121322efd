// Finding the spreadsheet links on ICE's 287(g) page by what they are, not by one file name: ICE's names drift
// (participatingAgencies10092026.xlsx, 287gParticipatingAgencies091526pm.xlsx, ParticipatingAgency091826am.xlsx) and
// its files moved in 2026 from /doclib/about/offices/ero/287g/… to /file-download/download/public/… addresses that need
// not end in .xlsx. A link is a candidate by its path or its text; the download then decides by its headers and bytes.

export type PageLink = { url: string; text: string };

const SPREADSHEET_PATH = /\.xlsx?$/i;
const DOWNLOAD_PATH = /\/(file-download|doclib|sites\/default\/files|document)\//i;
const LIST_WORDS = /particip|pending|agenc/i;
const SPREADSHEET_WORDS = /\b(xlsx?|excel|spreadsheet)\b/i;
// Documents a spreadsheet link is never: MOAs, addenda and forms are PDFs or Word files.
const OTHER_DOCUMENT = /\.(pdf|docx?|pptx?|zip|jpe?g|png|gif|html?|txt|csv)$/i;

const decodeEntities = (s: string) =>
  s
    .replace(/&nbsp;/gi, " ")
    .replace(/&amp;/gi, "&")
    .replace(/&lt;/gi, "<")
    .replace(/&gt;/gi, ">")
    .replace(/&quot;/gi, '"')
    .replace(/&#0*39;|&apos;/gi, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));

/** Every link of the page, absolute, with its visible text (tags removed, spaces folded). */
export function pageLinks(html: string, pageUrl: string): PageLink[] {
  const out: PageLink[] = [];
  const anchor = /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi;
  for (const m of html.matchAll(anchor)) {
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(m[1]);
    const raw = href ? decodeEntities((href[1] ?? href[2] ?? href[3] ?? "").trim()) : "";
    if (!raw || /^(javascript|mailto|tel):/i.test(raw) || raw.startsWith("#")) continue;
    let url: URL;
    try {
      url = new URL(raw, pageUrl);
    } catch {
      continue;
    }
    const title = /\btitle\s*=\s*"([^"]*)"/i.exec(m[1])?.[1] ?? "";
    const text = decodeEntities(`${m[2].replace(/<[^>]*>/g, " ")} ${title}`).replace(/\s+/g, " ").trim();
    url.hash = "";
    out.push({ url: url.href, text });
  }
  return out;
}

/**
 * The links that may be ICE's participating or pending spreadsheet: on the page's own host, and either a spreadsheet
 * by their path, or a download address or link text that names the lists. Each address once, in page order.
 */
export function spreadsheetLinks(html: string, pageUrl: string): PageLink[] {
  const host = new URL(pageUrl).host;
  const seen = new Set<string>();
  const found: PageLink[] = [];
  for (const l of pageLinks(html, pageUrl)) {
    const u = new URL(l.url);
    if (u.host !== host || !/^https?:$/.test(u.protocol) || seen.has(l.url)) continue;
    const p = decodeURIComponent(u.pathname);
    if (OTHER_DOCUMENT.test(p)) continue;
    const byPath = SPREADSHEET_PATH.test(p);
    const byDownload = DOWNLOAD_PATH.test(p) && (LIST_WORDS.test(p) || LIST_WORDS.test(l.text));
    const byText = LIST_WORDS.test(l.text) && SPREADSHEET_WORDS.test(l.text);
    if (byPath || byDownload || byText) {
      seen.add(l.url);
      found.push(l);
    }
  }
  return found;
}
