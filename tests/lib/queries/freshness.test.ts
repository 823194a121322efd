// How current the data is, as every page and /api/health say it, from the lists and the recorded checks.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importFile } from "../../../lib/ingest/import";
import { getFreshness, getPendingStandstill } from "../../../lib/queries/freshness";
import { useDataLayerDatabase } from "../../helpers/database";
import { manifest, SEED } from "../../helpers/source-files";

const newest = (kind: string) => manifest().filter((m) => m.kind === kind && m.published).sort((a, b) => a.published.localeCompare(b.published)).at(-1)!;
const participating = newest("participating");
const pending = newest("pending");
const database = useDataLayerDatabase(async (db) => {
  for (const m of [participating, pending]) await importFile(db, path.join(SEED, m.file));
});
const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
const plusDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe("getFreshness", () => {
  it("a list 14 days old is current; 15 days old, stale, and without any check the site says it has not checked", async () => {
    const fresh = await getFreshness(at(plusDays(participating.published, 14)));
    expect(fresh.newestList).toEqual({ publishedOn: participating.published, ageDays: 14, stale: false });
    const old = await getFreshness(at(plusDays(participating.published, 15)));
    expect(old.newestList).toEqual({ publishedOn: participating.published, ageDays: 15, stale: true });
    expect(old.staleReason).toBe("This site has not checked ICE’s page for a newer list.");
  });

  it("after checks that found nothing newer, it says so; after failures, how many failed and why", async () => {
    const db = database().db;
    const ok = await db.fetchCheck.create({
      data: { pageUrl: "http://127.0.0.1/287g", outcome: "NOTHING_NEW", startedAt: new Date("2026-11-30T10:00:00Z"), finishedAt: new Date("2026-11-30T10:00:05Z") },
    });
    const now = at("2026-12-02");
    expect((await getFreshness(now)).staleReason).toBe("ICE’s page offered no newer list when this site last checked it, on November 30, 2026 at 10:00 UTC.");
    for (const hour of [16, 22]) {
      await db.fetchCheck.create({
        data: {
          pageUrl: "http://127.0.0.1/287g",
          outcome: "FAILED",
          startedAt: new Date(`2026-12-01T${hour}:00:00Z`),
          finishedAt: new Date(`2026-12-01T${hour}:00:30Z`),
          error: "could not read ICE's page: the server answered 503 Service Unavailable",
        },
      });
    }
    const f = await getFreshness(now);
    expect(f.failuresInARow).toBe(2);
    expect(f.lastSuccessAt).toEqual(ok.finishedAt);
    expect(f.lastCheck?.outcome).toBe("FAILED");
    expect(f.staleReason).toBe(
      "The last 2 checks of ICE’s page failed, most recently on December 1, 2026 at 22:00 UTC: could not read ICE's page: the server answered 503 Service Unavailable. The last successful check was on November 30, 2026 at 10:00 UTC.",
    );
  });
});

describe("getPendingStandstill", () => {
  it("gives the day of ICE's last pending list and the participating lists published since", async () => {
    expect(await getPendingStandstill()).toEqual({ pendingOn: pending.published, participatingSince: 1, newestParticipatingOn: participating.published });
  });
});
