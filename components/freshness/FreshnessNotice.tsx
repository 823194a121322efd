import { formatMoment } from "@/lib/domain/freshness";
import type { FreshnessNoticeData } from "@/lib/queries/views/status";
import { formatDay } from "@/lib/view/format";
import { ListAge } from "./ListAge";

/**
 * Near the top of every page: the newest list's date and age, and when the site last checked ICE's page
 * (getFreshnessNotice reads it; the layout shows no notice when that is null).
 */
export function FreshnessNotice({ freshness: f }: { freshness: FreshnessNoticeData }) {
  const { publishedOn, ageDays, stale } = f.newestList;
  const failed = f.lastCheck?.outcome === "FAILED";
  return (
    <div
      data-testid="freshness"
      className={`border-b text-sm ${stale ? "border-amber-300 bg-amber-50 text-amber-950" : "border-slate-200 bg-white text-slate-800"}`}
    >
      <p className="mx-auto max-w-5xl px-4 py-2">
        ICE&rsquo;s list of{" "}
        <time dateTime={publishedOn} data-testid="freshness-date" className="font-semibold">
          {formatDay(publishedOn)}
        </time>{" "}
        &mdash;{" "}
        <ListAge day={publishedOn} days={ageDays} warning={f.staleReason ?? ""}>
          <span className="text-slate-700">
            {f.lastSuccessAt ? (
              <>
                {" "}&middot; ICE&rsquo;s page last checked successfully{" "}
                <time dateTime={f.lastSuccessAt.toISOString()} data-testid="last-success">
                  {formatMoment(f.lastSuccessAt)}
                </time>
              </>
            ) : (
              <> &middot; ICE&rsquo;s page not yet checked successfully</>
            )}
            {failed && !stale && <span data-testid="last-check-failed"> &middot; the last check failed</span>} &middot;{" "}
            <a href="/status" className="underline">
              checks
            </a>
          </span>
        </ListAge>
      </p>
    </div>
  );
}
