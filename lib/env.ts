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

const isOrigin = (u: URL) =>
  (u.protocol === "https:" || u.protocol === "http:") && !u.username && !u.password && u.pathname === "/" && !u.search && !u.hash;

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
  // The public address (an origin: scheme, host and port), for every absolute link: social cards (og:image, og:url),
  // the API's links and the Atom feeds. Read when building and starting.
  SITE_URL: z
    .string()
    .refine((s) => URL.canParse(s) && isOrigin(new URL(s)), "must be an http or https origin such as https://example.org (no path, query or user)")
    .transform((s) => new URL(s).origin)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // Set to 1 only behind a reverse proxy that sets X-Forwarded-Host and X-Forwarded-Proto itself: without it,
  // anyone could choose the host of the links a shared cache keeps.
  TRUST_PROXY: z
    .enum(["0", "1"], { message: "must be 1 (behind a proxy that sets X-Forwarded-Host/-Proto) or 0" })
    .default("0")
    .or(z.literal("").transform(() => "0" as const))
    .transform((s) => s === "1"),
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
