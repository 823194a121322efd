import type { WeekOfChanges } from "@/lib/queries/changes";
import { formatCount, formatDay } from "@/lib/view/format";

/**
 * "This week: 41 added, 3 removed": the agreements ICE added to and removed from its participating lists in the seven
 * days up to the list shown, each list compared with the one before it (the view's loader reads them). Each count links
 * to those changes, newest first.
 */
export function WeeklyChanges({ week, href, hrefFor }: { week: WeekOfChanges; href: string; hrefFor: (change: "added" | "removed") => string }) {
  const lists = week.lists === 1 ? "1 list" : `${formatCount(week.lists)} lists`;
  return (
    <p className="text-slate-800" data-testid="weekly-changes">
      <strong>In the week to {formatDay(week.to)}:</strong>{" "}
      <a className="text-blue-800 underline" href={hrefFor("added")}>
        <span className="tabular-nums" data-testid="week-added">{formatCount(week.added)}</span> agreements added
      </a>
      ,{" "}
      <a className="text-blue-800 underline" href={hrefFor("removed")}>
        <span className="tabular-nums" data-testid="week-removed">{formatCount(week.removed)}</span> removed
      </a>
      {" "}({week.lists ? `${lists} published since ${formatDay(week.from)}` : `no list published since ${formatDay(week.from)}`}).{" "}
      <a className="text-blue-800 underline" href={href}>Every change, list by list</a>
    </p>
  );
}
