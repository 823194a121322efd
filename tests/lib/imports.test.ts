// Arrows point down: app → components → lib/queries → lib/domain, lib/db; lib/ingest → lib/geo → lib/domain. A page
// calls its view's loader in lib/queries and passes the data to components, which import from lib/queries types only.
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

type Import = { target: string; typeOnly: boolean };

/**
 * Every module a source text imports or re-exports: a path inside the repository (no extension), or a package name;
 * `typeOnly` for `import type` / `export type`, which the compiler erases (an inline `{ type X }` does not count).
 */
function importsIn(text: string, file: string): Import[] {
  const found = [...text.matchAll(/(?:^|[\s;])(?:import|export)(\s+type\b)?[^'"`;]*?\bfrom\s*["']([^"']+)["']|(?:^|[\s;])import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm)].map(
    (m) => ({ specifier: m[2] ?? m[3] ?? m[4], typeOnly: m[1] !== undefined }),
  );
  return found.map(({ specifier: s, typeOnly }) => {
    if (s.startsWith("@/")) return { target: path.normalize(s.slice(2)), typeOnly };
    if (s.startsWith(".")) return { target: path.relative(root, path.resolve(path.dirname(path.join(root, file)), s)), typeOnly };
    return { target: s, typeOnly };
  });
}

const importsWithKind = (file: string) => importsIn(readFileSync(path.join(root, file), "utf8"), file);
/** Every module a file imports or re-exports. */
const importsOf = (file: string) => importsWithKind(file).map((i) => i.target);

const inside = (target: string, dir: string) => target === dir || target.startsWith(`${dir}/`);

/** For each folder, the imports its files may not make (a folder of the repository, or a package's prefix). */
const RULES: { from: string; forbidden: (target: string, typeOnly: boolean) => boolean; why: string }[] = [
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
  {
    // A page calls its view's loader and passes the result down; a component that could call a read would load data
    // the page does not know of (and cannot be drawn from a loader's result alone). `import type` is erased by the
    // compiler, so naming a loader's result type reads nothing.
    from: "components",
    forbidden: (t, typeOnly) => inside(t, "lib/queries") && !typeOnly,
    why: "components receive their data as props; from lib/queries they import types only (import type)",
  },
  {
    // The page, the download and the API read a table's rows through the same loader in lib/queries (TABLE_LOADERS);
    // a table that read rows itself could give a download other rows than the view shows.
    from: "lib/export",
    forbidden: (t, typeOnly) => inside(t, "lib/queries") && !typeOnly,
    why: "lib/export describes columns; the rows come from lib/queries' loaders, so it imports their types only (import type)",
  },
];

describe("imports point down", () => {
  it("finds the imports it checks", () => {
    expect(importsOf("lib/view/filters.ts")).toEqual(expect.arrayContaining(["zod", "lib/domain/models", "lib/view/format"]));
    expect(importsOf("components/map/MapLegend.tsx")).toContain("lib/view/classes");
  });

  it("tells a type-only import from one that can run code", () => {
    const file = "components/views/Example.tsx";
    expect(importsIn('import type { Freshness } from "@/lib/queries/freshness";', file)).toEqual([{ target: "lib/queries/freshness", typeOnly: true }]);
    expect(importsIn('import { getFreshness } from "@/lib/queries/freshness";', file)).toEqual([{ target: "lib/queries/freshness", typeOnly: false }]);
    // An inline `type` still loads the module: only `import type` counts as type-only.
    expect(importsIn('import { type Freshness } from "../../lib/queries/freshness";', file)).toEqual([{ target: "lib/queries/freshness", typeOnly: false }]);
    expect(importsWithKind("components/views/NationalView.tsx")).toContainEqual({ target: "lib/queries/views/national", typeOnly: true });
  });

  it.each(RULES.map((r) => [r.from, r] as const))("%s", (from, rule) => {
    const broken = sources(from).flatMap((file) =>
      importsWithKind(file)
        .filter((i) => rule.forbidden(i.target, i.typeOnly))
        .map((i) => `${file} imports ${i.target} (${rule.why})`),
    );
    expect(broken).toEqual([]);
  });
});
