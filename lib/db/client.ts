import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;

export function createPrisma(connectionString: string): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: 10, connectionTimeoutMillis: 5_000 });
  return new PrismaClient({ adapter });
}

// One client per process; in development Next reloads modules, so the client lives on globalThis.
const holder = globalThis as unknown as { __prisma?: PrismaClient };

export function prisma(): PrismaClient {
  if (!holder.__prisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the dashboard with `npm start`, which provides one.");
    holder.__prisma = createPrisma(url);
  }
  return holder.__prisma;
}
