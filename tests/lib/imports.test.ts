// Arrows point down: app → components → lib/queries → lib/domain, lib/db; lib/ingest → lib/geo → lib/domain.
// When a lower module needs something from a higher one, the thing belongs lower; this test says which import broke
// the rule.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith(path.join("lib", "db", "generated")));
}

/** Every module a file imports or re-exports: a path inside the repository (no extension), or a package name. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const specifiers = [...text.matchAll(/(?:^|[\s;])(?:import|export)\b[^'"`;]*?\bfrom\s*["']([^"']+)["']|(?:^|[\s;])import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
  return specifiers.map((s) => {
    if (s.startsWith("@/")) return path.normalize(s.slice(2));
    if (s.startsWith(".")) return path.relative(root, path.resolve(path.dirname(path.join(root, file)), s));
    return s;
  });
}

const inside = (target: string, dir: string) => target === dir || target.startsWith(`${dir}/`);

/** For each folder, the imports its files may not make (a folder of the repository, or a package's prefix). */
const RULES: { from: string; forbidden: (target: string) => boolean; why: string }[] = [
  {
    from: "lib/domain",
    forbidden: (t) => !inside(t, "lib/domain"),
    why: "lib/domain is the bottom: it imports only lib/domain",
  },
  {
    from: "lib/queries",
    forbidden: (t) => ["lib/view", "lib/export", "lib/api", "lib/feeds", "lib/http", "lib/ingest", "components", "app"].some((d) => inside(t, d)),
    why: "lib/queries returns data; wording, columns and presentation are above it",
  },
  {
    from: "lib/geo",
    forbidden: (t) => ["lib/ingest", "lib/queries", "lib/view", "lib/export", "lib/api", "lib/feeds", "lib/http", "components", "app"].some((d) => inside(t, d)),
    why: "lib/ingest → lib/geo → lib/domain",
  },
  {
    from: "lib/db",
    forbidden: (t) => t.startsWith("lib/") && !inside(t, "lib/db") && !inside(t, "lib/domain"),
    why: "lib/db is below everything but lib/domain",
  },
  {
    from: "lib",
    forbidden: (t) => inside(t, "components") || inside(t, "app"),
    why: "lib/ is below components/ and app/",
  },
  {
    from: "components",
    forbidden: (t) => t.startsWith("@prisma/") || inside(t, "lib/db") || inside(t, "app"),
    why: "components draw what lib/queries returns; no database client, no routes",
  },
];

describe("imports point down", () => {
  it("finds the imports it checks", () => {
    expect(importsOf("lib/view/filters.ts")).toEqual(expect.arrayContaining(["zod", "lib/domain/models", "lib/view/format"]));
    expect(importsOf("components/map/MapLegend.tsx")).toContain("lib/view/classes");
  });

  it.each(RULES.map((r) => [r.from, r] as const))("%s", (from, rule) => {
    const broken = sources(from).flatMap((file) => importsOf(file).filter(rule.forbidden).map((t) => `${file} imports ${t} (${rule.why})`));
    expect(broken).toEqual([]);
  });
});
