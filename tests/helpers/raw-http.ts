// HTTP/1.1 requests written byte for byte on a socket, so a test can send what browsers and Node's own client
// refuse to: raw bytes in the path, malformed percent-encoding, any method.
import net from "node:net";

export type RawResponse = {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** The whole head as received, for a failure report. */
  head: string;
};

/** Sends one request (the path is written as given, bytes included) and reads the answer until the server closes. */
export function rawRequest(port: number, method: string, path: Buffer | string, timeoutMs = 30_000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs);
    socket.on("connect", () => {
      socket.write(
        Buffer.concat([
          Buffer.from(`${method} `, "latin1"),
          typeof path === "string" ? Buffer.from(path, "latin1") : path,
          Buffer.from(` HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAccept: */*\r\nConnection: close\r\n\r\n`, "latin1"),
        ]),
      );
    });
    socket.on("data", (c) => chunks.push(c));
    socket.on("error", (e) => {
      clearTimeout(timer);
      // A server that refuses a request may answer and reset the connection while the request is still being
      // written (Node does so past its 16 KB limit for a request head): the answer, when it came, is what counts.
      try {
        resolve(parseResponse(Buffer.concat(chunks), method === "HEAD"));
      } catch {
        reject(e);
      }
    });
    socket.on("close", (hadError) => {
      if (hadError) return;
      clearTimeout(timer);
      try {
        resolve(parseResponse(Buffer.concat(chunks), method === "HEAD"));
      } catch (e) {
        reject(e);
      }
    });
  });
}

function parseResponse(raw: Buffer, head: boolean): RawResponse {
  const end = raw.indexOf("\r\n\r\n");
  if (end < 0) throw new Error(`an incomplete answer: ${JSON.stringify(raw.subarray(0, 200).toString("latin1"))}`);
  const headText = raw.subarray(0, end).toString("latin1");
  const [statusLine, ...lines] = headText.split("\r\n");
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
  if (!status) throw new Error(`not an HTTP answer: ${statusLine}`);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const i = line.indexOf(":");
    const name = line.slice(0, i).trim().toLowerCase();
    headers[name] = headers[name] === undefined ? line.slice(i + 1).trim() : `${headers[name]}, ${line.slice(i + 1).trim()}`;
  }
  let body = raw.subarray(end + 4);
  if (head) body = Buffer.alloc(0);
  else if (headers["transfer-encoding"]?.toLowerCase().includes("chunked")) body = dechunk(body);
  return { status, headers, body, head: headText };
}

function dechunk(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = data.indexOf("\r\n", at);
    if (lineEnd < 0) break;
    const size = parseInt(data.subarray(at, lineEnd).toString("latin1"), 16);
    if (!size) break;
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
