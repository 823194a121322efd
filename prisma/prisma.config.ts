import path from "node:path";
import { defineConfig } from "prisma/config";

// The URL is only read by Migrate/Studio; `generate` needs none. `env()` would throw when it is unset.
export default defineConfig({
  schema: path.join(import.meta.dirname, "schema.prisma"),
  migrations: { path: path.join(import.meta.dirname, "migrations") },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
