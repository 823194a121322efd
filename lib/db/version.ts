import pg from "pg";

// The data's version (table data_version): a number that every write to the shown data changes, through triggers,
// whoever writes it (an import in another process, another app server's fetch, a Census load). Each change also
// sends a notification on the channel `data_changed` when its transaction commits.

export const VERSION_SQL = `SELECT "version"::text AS v FROM "data_version" WHERE "id" = 1`;

export type VersionWatcher = {
  /** The newest version seen; null until the first read answered. */
  current: () => string | null;
  stop: () => Promise<void>;
};

/**
 * Follows the data's version: LISTEN for `data_changed` (at once), and a poll every `pollMs` in case a notification
 * is lost (a dropped connection, or a server that does not relay them). `onChange` runs after each change seen,
 * with the new version. A database that does not answer leaves the last version in place and is tried again.
 */
export function watchDataVersion(connectionString: string, onChange: (version: string) => void, pollMs = 2_000): VersionWatcher {
  let version: string | null = null;
  let listener: pg.Client | null = null;
  let stopped = false;
  let reading: Promise<void> | null = null;
  const pool = new pg.Pool({ connectionString, max: 1, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
  pool.on("error", () => {});

  const read = () =>
    (reading ??= (async () => {
      try {
        const r = await pool.query<{ v: string }>(VERSION_SQL);
        const v = r.rows[0]?.v ?? "0";
        if (v !== version) {
          version = v;
          onChange(v);
        }
      } catch {
        // Kept as it was: the next poll tries again.
      } finally {
        reading = null;
      }
    })());

  const listen = async () => {
    if (stopped) return;
    const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000 });
    let retried = false;
    const retry = () => {
      if (listener === client) listener = null;
      if (retried || stopped) return;
      retried = true;
      setTimeout(listen, pollMs).unref();
    };
    client.on("error", retry);
    client.on("end", retry);
    client.on("notification", () => void read());
    try {
      await client.connect();
      await client.query("LISTEN data_changed");
      if (stopped) return void client.end();
      listener = client;
    } catch {
      retry();
      client.end().catch(() => {});
    }
  };

  void read();
  void listen();
  const timer = setInterval(read, pollMs);
  timer.unref();
  return {
    current: () => version,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await Promise.allSettled([listener?.end(), pool.end()]);
    },
  };
}
