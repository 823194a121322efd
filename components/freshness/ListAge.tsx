"use client";
import { useEffect, useState } from "react";

/**
 * "198 days old", recomputed in the browser from the list's day, so a page kept in a cache for a week does not still
 * say "2 days old"; past 14 days the warning the server wrote follows the line (`children`, the rest of it).
 */
export function ListAge({ day, days, warning, children }: { day: string; days: number; warning: string; children: React.ReactNode }) {
  const [age, setAge] = useState(days);
  useEffect(() => setAge(Math.max(0, Math.floor((Date.now() - Date.parse(`${day}T00:00:00Z`)) / 864e5))), [day]);
  return (
    <>
      <span data-testid="list-age">{age === 1 ? "1 day old" : `${age} days old`}</span>
      {children}
      {age > 14 && (
        <span role="note" data-testid="stale-warning" className="mt-1 block font-medium text-amber-900">
          The figures may be out of date: ICE&rsquo;s newest list here is more than two weeks old. {warning}
        </span>
      )}
    </>
  );
}
