import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { SHAPES_DIR, writeShapes } from "../geo/shapes";
import { ROOT } from "./database";

const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");
const SOURCES = ["app", "components", "lib", "public", "next.config.ts", "proxy.ts", "package.json", ".postcssrc.json"];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(p).reduce((m, f) => Math.max(m, newestMtime(path.join(p, f))), st.mtimeMs);
}

/** True when there is no build, a source is newer than it, or the map's shape files are missing. */
export function isStale(): boolean {
  const buildId = path.join(ROOT, ".next/BUILD_ID");
  const shapes = path.join(ROOT, SHAPES_DIR, "states.json");
  const built = existsSync(buildId) && existsSync(shapes) ? statSync(buildId).mtimeMs : 0;
  const changed = Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s))));
  return built <= changed;
}

/**
 * Prepares the map's shape files and runs `next build` when there is no build, a source is newer than it, or
 * the shape files are missing (they are generated, not committed).
 */
export function buildIfStale(): void {
  if (!isStale()) return;
  console.log(existsSync(path.join(ROOT, ".next/BUILD_ID")) ? "sources changed since the last build: building…" : "no build yet: building the app…");
  const geo = writeShapes(ROOT);
  console.log(`map shapes: ${geo.files} files, ${(geo.bytes / 1024).toFixed(0)} KB, in ${SHAPES_DIR}/`);
  const r = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) throw new Error("next build failed");
}

// `tsx lib/cli/build.ts` builds when needed (before the browser tests start two servers on one build).
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  try {
    buildIfStale();
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    process.exit(1);
  }
}
