"use client";
import type { ListTrendPoint, SignedTrendPoint } from "@/lib/queries/trends";
import type { SharePoint } from "@/lib/view/coverage";

// The charts' points come from /trends/data.json when a chart comes into view, not with the page: one request per
// address, shared by the charts of a view.

export type TrendData = { lists: ListTrendPoint[]; signed: SignedTrendPoint[]; shares: SharePoint[] };

const requests = new Map<string, Promise<TrendData>>();

export function trendData(src: string): Promise<TrendData> {
  let r = requests.get(src);
  if (!r) {
    r = fetch(src).then((res) => {
      if (!res.ok) throw new Error(`${src} answered ${res.status}`);
      return res.json() as Promise<TrendData>;
    });
    // A failed request is tried again the next time a chart asks.
    r.catch(() => requests.delete(src));
    requests.set(src, r);
  }
  return r;
}
