import "server-only";
import { cache } from "react";
import { prisma } from "../db/client";
import { VERSION_SQL } from "../db/version";

// Reads the pages repeat are kept in memory, keyed by the data's version (table data_version, changed by triggers on
// every write to the shown data: an import from any process, a Census load, placements recomputed). The version is
// read once per render; renders are what the server does when the layer in front (lib/http/front.ts) has no kept
// answer, so a kept page costs no query at all.

export type DataVersion = string;

/** The data's version, read once per request. */
export const dataVersion = cache(async (): Promise<DataVersion> => {
  const [v] = await prisma().$queryRawUnsafe<{ v: string }[]>(VERSION_SQL);
  return v?.v ?? "0";
});

const MAX_ENTRIES = 2_000;
// One memo per database client, so two databases in one process (tests) never share answers.
const memos = new WeakMap<object, Map<string, { version: DataVersion; value: Promise<unknown> }>>();

/**
 * `read(...args)` answered from memory while the data's version is unchanged. Arguments must be JSON-serialisable;
 * `name` keeps functions with equal arguments apart. A failed read is not kept.
 */
export function cachedRead<A extends unknown[], T>(name: string, read: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  return async (...args: A) => {
    const client = prisma();
    let memo = memos.get(client);
    if (!memo) memos.set(client, (memo = new Map()));
    const version = await dataVersion();
    const key = `${name}|${JSON.stringify(args)}`;
    const hit = memo.get(key);
    if (hit && hit.version === version) {
      // Most recently used last, so the oldest entry is the first to go.
      memo.delete(key);
      memo.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = read(...args);
    memo.set(key, { version, value });
    value.catch(() => memo.get(key)?.value === value && memo.delete(key));
    while (memo.size > MAX_ENTRIES) memo.delete(memo.keys().next().value!);
    return value;
  };
}

/** Drops every kept read of this process's client: `npm run bench:queries` times the queries themselves. */
export function forgetCachedReads(): void {
  memos.delete(prisma());
}
