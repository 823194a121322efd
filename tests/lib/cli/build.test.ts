import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sourceFingerprint } from "../../../lib/cli/build";

// `npm start` rebuilds only when a source changed: `npm install` rewrites the generated Prisma client with new
// modification times and the same bytes, and a start after it must not spend minutes building again.
describe("the start command's rebuild decision", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "fingerprint-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(path.join(root, "lib/db/generated"), { recursive: true });
  mkdirSync(path.join(root, "public/geo"), { recursive: true });
  writeFileSync(path.join(root, "lib/db/generated/client.ts"), "export const client = 1;\n");
  writeFileSync(path.join(root, "package.json"), "{}\n");

  it("ignores new modification times on the same bytes", () => {
    const before = sourceFingerprint(root);
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(root, "lib/db/generated/client.ts"), later, later);
    writeFileSync(path.join(root, "package.json"), "{}\n");
    expect(sourceFingerprint(root)).toBe(before);
  });

  it("changes when a source's bytes change, or a source is added", () => {
    const before = sourceFingerprint(root);
    writeFileSync(path.join(root, "lib/db/generated/client.ts"), "export const client = 2;\n");
    const edited = sourceFingerprint(root);
    expect(edited).not.toBe(before);
    mkdirSync(path.join(root, "app"), { recursive: true });
    writeFileSync(path.join(root, "app/page.tsx"), "export default function Page() { return null; }\n");
    expect(sourceFingerprint(root)).not.toBe(edited);
  });

  it("leaves out the shape files the build itself writes", () => {
    const before = sourceFingerprint(root);
    writeFileSync(path.join(root, "public/geo/states.json"), "{}");
    expect(sourceFingerprint(root)).toBe(before);
  });
});
