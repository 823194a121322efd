// The one signal that the data changed: a list was imported or a check of ICE's page was recorded. Servers that
// keep pages or reads in memory LISTEN on this channel and drop what they kept.
export const DATA_CHANGED_CHANNEL = "data_changed";

/** Sends the signal on the given client or transaction; inside a transaction PostgreSQL delivers it at commit. */
export async function notifyDataChanged(client: { $executeRawUnsafe: (sql: string) => Promise<number> }): Promise<void> {
  await client.$executeRawUnsafe(`SELECT pg_notify('${DATA_CHANGED_CHANNEL}', '')`);
}
