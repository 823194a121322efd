// One HTTP GET with a deadline and a size cap, whose every failure is a sentence: ICE's page and files are read
// with this, never with an unbounded fetch.

export type Downloaded = {
  url: string;
  status: number;
  headers: Record<string, string>;
  bytes: Buffer;
  /** From Content-Disposition's filename, else the address's last segment. */
  fileName: string;
};

export class DownloadFailed extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${url}: ${reason}`);
    this.name = "DownloadFailed";
  }
}

export type Limits = { timeoutMs: number; maxBytes: number };

const mb = (n: number) => `${(n / 1_048_576).toFixed(n < 1_048_576 ? 2 : 0)} MB`;

export async function download(url: string, limits: Limits): Promise<Downloaded> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error("timeout")), limits.timeoutMs);
  let received = 0;
  try {
    let res: Response;
    try {
      res = await fetch(url, {
        signal: controller.signal,
        redirect: "follow",
        headers: { "User-Agent": "287g-dashboard (checks ICE's published lists)", Accept: "*/*" },
      });
    } catch (e) {
      throw new DownloadFailed(url, controller.signal.aborted ? `no answer within ${limits.timeoutMs / 1000} s` : `could not connect (${networkReason(e)})`);
    }
    const headers: Record<string, string> = {};
    res.headers.forEach((v, k) => (headers[k] = v));
    if (!res.ok) {
      await res.body?.cancel().catch(() => {});
      throw new DownloadFailed(url, `the server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`);
    }
    const declared = headers["content-length"] ? Number(headers["content-length"]) : null;
    if (declared !== null && declared > limits.maxBytes) {
      await res.body?.cancel().catch(() => {});
      throw new DownloadFailed(url, `the file is ${mb(declared)}, over the ${mb(limits.maxBytes)} limit`);
    }
    const chunks: Uint8Array[] = [];
    if (res.body) {
      const reader = res.body.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          received += value.byteLength;
          if (received > limits.maxBytes) {
            controller.abort(new Error("too large"));
            throw new DownloadFailed(url, `the file is over the ${mb(limits.maxBytes)} limit (stopped after ${mb(received)})`);
          }
          chunks.push(value);
        }
      } catch (e) {
        if (e instanceof DownloadFailed) throw e;
        if (controller.signal.aborted) throw new DownloadFailed(url, `the download did not finish within ${limits.timeoutMs / 1000} s (${received.toLocaleString("en-US")} bytes received)`);
        throw new DownloadFailed(url, `the download was cut off after ${received.toLocaleString("en-US")} bytes${declared !== null ? ` of ${declared.toLocaleString("en-US")}` : ""}`);
      }
    }
    const bytes = Buffer.concat(chunks);
    if (declared !== null && bytes.length < declared) {
      throw new DownloadFailed(url, `the download was cut off after ${bytes.length.toLocaleString("en-US")} bytes of ${declared.toLocaleString("en-US")}`);
    }
    return { url: res.url || url, status: res.status, headers, bytes, fileName: fileNameOf(headers["content-disposition"], res.url || url) };
  } finally {
    clearTimeout(timer);
  }
}

function networkReason(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code;
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "the host name does not resolve";
  if (code === "ECONNRESET") return "the connection was reset";
  return code ?? cause?.message ?? (e as Error).message;
}

/** The name a download is reported and archived under. */
export function fileNameOf(disposition: string | undefined, url: string): string {
  if (disposition) {
    const star = /filename\*\s*=\s*[^']*'[^']*'([^;]+)/i.exec(disposition);
    if (star) return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ""));
    const plain = /filename\s*=\s*(?:"([^"]+)"|([^;]+))/i.exec(disposition);
    if (plain) return (plain[1] ?? plain[2]).trim();
  }
  const last = new URL(url).pathname.split("/").filter(Boolean).pop();
  return last ? decodeURIComponent(last) : new URL(url).host;
}
