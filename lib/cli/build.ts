import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SHAPES_DIR, writeShapes } from "../geo/shapes";
import { PLACE_INDEX_FILE, writeSearchIndex } from "../geo/search-index";
import { ROOT } from "./database";

const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");
const SOURCES = ["app", "components", "lib", "public", "next.config.ts", "proxy.ts", "package.json", "package-lock.json", ".postcssrc.json", "tsconfig.json"];
/** The sources' fingerprint at the time of the last successful build, written beside Next's own build id. */
const FINGERPRINT = path.join(ROOT, ".next/source-fingerprint");

function files(root: string, p: string): string[] {
  if (!existsSync(p)) return [];
  const rel = path.relative(root, p);
  // The shape files are written by the build itself.
  if (rel === SHAPES_DIR) return [];
  const entries = readdirSync(p, { withFileTypes: true });
  return entries.flatMap((e) => (e.isDirectory() ? files(root, path.join(p, e.name)) : e.isFile() ? [path.join(p, e.name)] : []));
}

/**
 * A digest of every source's path and bytes. Contents, not modification times: `npm install` regenerates the
 * Prisma client with new times and the same bytes, and that must not cost a rebuild on the next start.
 */
export function sourceFingerprint(root = ROOT): string {
  const hash = createHash("sha256");
  const all = SOURCES.map((s) => path.join(root, s))
    .flatMap((p) => (existsSync(p) && statSync(p).isFile() ? [p] : files(root, p)))
    .sort();
  for (const f of all) {
    hash.update(path.relative(root, f));
    hash.update("\0");
    hash.update(readFileSync(f));
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** True when there is no build, a source changed since it was made, or the map's shape files or place index are missing. */
export function isStale(): boolean {
  const built = existsSync(path.join(ROOT, ".next/BUILD_ID")) && existsSync(path.join(ROOT, SHAPES_DIR, "states.json")) && existsSync(path.join(ROOT, SHAPES_DIR, PLACE_INDEX_FILE)) && existsSync(FINGERPRINT);
  return !built || readFileSync(FINGERPRINT, "utf8").trim() !== sourceFingerprint();
}

/** Prepares the map's shape files (generated, not committed) and runs `next build`; records what it built from. */
export function build(): void {
  const fingerprint = sourceFingerprint();
  const geo = writeShapes(ROOT);
  console.log(`map shapes: ${geo.files} files, ${(geo.bytes / 1024).toFixed(0)} KB, in ${SHAPES_DIR}/`);
  const index = writeSearchIndex(ROOT);
  console.log(`place index: ${index.entries} counties, places and ZIP codes, ${(index.bytes / 1024).toFixed(0)} KB, in ${SHAPES_DIR}/${PLACE_INDEX_FILE}`);
  const r = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) throw new Error("next build failed");
  writeFileSync(FINGERPRINT, `${fingerprint}\n`);
}

/** Builds when there is no build, a source changed since the last one, or the shape files are missing. */
export function buildIfStale(): void {
  if (!isStale()) return;
  console.log(existsSync(path.join(ROOT, ".next/BUILD_ID")) ? "sources changed since the last build: building…" : "no build yet: building the app…");
  build();
}

// `tsx lib/cli/build.ts` builds when needed (before the browser tests start two servers on one build);
// `tsx lib/cli/build.ts --always` builds whatever the state (`npm run build`).
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  try {
    if (process.argv.includes("--always")) build();
    else buildIfStale();
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    process.exit(1);
  }
}
