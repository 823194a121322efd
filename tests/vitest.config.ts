import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.join(import.meta.dirname, "..");

export default defineConfig({
  root,
  resolve: {
    alias: {
      "@": root,
      // Outside React's server build "server-only" throws on import; the data layer is tested directly here.
      "server-only": path.join(root, "tests/setup/server-only.ts"),
    },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/setup/database.ts"],
    // One database at a time: the embedded server is a single PostgreSQL instance.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000, // the first file that needs the shipped history seeds it (about a minute; more on a busy machine)
  },
});
