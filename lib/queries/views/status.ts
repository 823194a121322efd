import "server-only";
import { getFreshness, listArchivedFiles, listChecks, type Freshness } from "../freshness";

// How current the data is: the status page (the checks of ICE's page and the files they kept), the notice near the top
// of every page, and the health check.

export async function getStatusView() {
  const [freshness, checks, files] = await Promise.all([getFreshness(), listChecks(30), listArchivedFiles(20)]);
  return { freshness, checks, files };
}

export type StatusViewData = Awaited<ReturnType<typeof getStatusView>>;

export type FreshnessNoticeData = Freshness & { newestList: NonNullable<Freshness["newestList"]> };

/**
 * What the freshness notice shows; null when there is nothing to show: no list yet, no database while building (the
 * kept pages get the notice when they are rendered again with one), or a database that does not answer (the page
 * itself says the data cannot be loaded).
 */
export async function getFreshnessNotice(): Promise<FreshnessNoticeData | null> {
  if (!process.env.DATABASE_URL) return null;
  try {
    const f = await getFreshness();
    return f.newestList ? { ...f, newestList: f.newestList } : null;
  } catch (e) {
    console.error("freshness notice: database did not answer:", e);
    return null;
  }
}

/** The health check's reading, afresh on every call (no kept read): whether the database answers now, and how current it is. */
export const getHealthView = getFreshness;
