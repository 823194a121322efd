import { z } from "zod";

export const DEFAULT_ICE_PAGE_URL = "https://www.ice.gov/identify-and-arrest/287g";

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** "6h" → 21,600,000 ms; "off" → null; anything else, or under 10 s, → undefined. */
export function parseEvery(v: string): number | null | undefined {
  if (/^off$/i.test(v)) return null;
  const m = /^(\d+(?:\.\d+)?)\s*([smhd])$/i.exec(v);
  if (!m) return undefined;
  const ms = Number(m[1]) * UNIT_MS[m[2].toLowerCase() as keyof typeof UNIT_MS];
  return ms >= 10_000 ? ms : undefined;
}

// The environment, parsed once. A bad value stops the process at start with a message naming the variable.
const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgres:// or postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  EMBEDDED_DB_DIR: z.string().min(1).default(".data/pglite"),
  // The public address, for the absolute links social cards need (og:image, og:url); read when building and starting.
  SITE_URL: z.string().url("must be an absolute URL such as https://example.org").optional().or(z.literal("").transform(() => undefined)),
  // ICE's 287(g) page, which npm run fetch and the schedule of npm start read for new lists.
  ICE_PAGE_URL: z.string().url("must be an absolute http(s) URL").regex(/^https?:\/\//, "must be an http:// or https:// URL").default(DEFAULT_ICE_PAGE_URL),
  // How often npm start checks ICE's page: "6h", "30m", "45s", "1d", or "off".
  ICE_FETCH_EVERY: z
    .string()
    .trim()
    .default("6h")
    .transform((v, ctx) => {
      const ms = parseEvery(v);
      if (ms === undefined) {
        ctx.addIssue({ code: "custom", message: 'must be "off" or a number with a unit (s, m, h, d) of at least 10s, such as "6h"' });
        return z.NEVER;
      }
      return ms;
    }),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});
export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
