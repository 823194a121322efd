// Serving the dashboard: `next start` on a private port of 127.0.0.1, and the public port answered by the layer that
// keeps whole responses (lib/http/front.ts), which follows the data's version on the database. `npm start` and the
// benchmarks serve through it, so what is measured is what runs.
import { spawn, type ChildProcess } from "node:child_process";
import type { Server } from "node:http";
import { createServer } from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import { watchDataVersion } from "../db/version";
import { createFront } from "../http/front";
import { originHeaders } from "../http/origin";
import { parseEnv } from "../env";
import { ROOT } from "./database";

const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export type Served = {
  /** Next's own process; it exits with the dashboard. */
  next: ChildProcess;
  stop: () => Promise<void>;
  /** Resolves when Next exits, with its exit code. */
  exited: Promise<number | null>;
};

export type ServeOptions = {
  databaseUrl: string;
  host: string;
  port: number;
  /** Next's standard output and error: inherited, or dropped. */
  quiet?: boolean;
  env?: NodeJS.ProcessEnv;
};

export async function serveDashboard(o: ServeOptions): Promise<Served> {
  const innerPort = await freePort();
  const next = spawn(process.execPath, [NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(innerPort)], {
    cwd: ROOT,
    stdio: ["ignore", o.quiet ? "ignore" : "inherit", o.quiet ? "ignore" : "inherit"],
    env: { ...process.env, ...o.env, DATABASE_URL: o.databaseUrl, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  const exited = new Promise<number | null>((resolve) => next.once("exit", (code) => resolve(code)));
  const watcher = watchDataVersion(o.databaseUrl, () => {});
  const front: Server = createFront({ upstream: { host: "127.0.0.1", port: innerPort }, version: watcher.current, originHeaders: originHeaders(parseEnv({ ...process.env, ...o.env })) });
  front.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    front.once("error", reject);
    front.listen(o.port, o.host, () => resolve());
  });
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      front.closeAllConnections();
      await new Promise<void>((r) => front.close(() => r()));
      await watcher.stop();
      if (next.exitCode === null && next.signalCode === null) {
        next.kill("SIGTERM");
        await exited;
      }
    })());
  exited.then(() => {
    front.close();
    void watcher.stop();
  });
  return { next, stop, exited };
}

// `tsx lib/cli/serve.ts --port N` serves DATABASE_URL in a process of its own (the benchmarks, so that their load
// does not share an event loop with the server they measure).
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const { values } = parseArgs({ options: { port: { type: "string" }, host: { type: "string", default: "127.0.0.1" } } });
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl || !values.port) {
    console.error("usage: DATABASE_URL=… tsx lib/cli/serve.ts --port N [--host H]");
    process.exit(2);
  }
  const served = await serveDashboard({ databaseUrl, host: values.host!, port: Number(values.port), quiet: true });
  const stop = () => void served.stop().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  served.exited.then((code) => process.exit(code ?? 1));
}
