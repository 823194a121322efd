// Dated events the trend charts mark, so a reader sees what a change in the lines lines up with. Each is a public
// act with its own date; the charts draw a line at the date and the captions say the same in words.

export type DatedEvent = {
  /** YYYY-MM-DD */
  on: string;
  /** What the chart's line is labelled, short. */
  short: string;
  /** The sentence the caption reads. */
  words: string;
};

export const EVENTS: readonly DatedEvent[] = [
  {
    on: "2025-01-20",
    short: "Executive order, Jan. 20, 2025",
    words: "On January 20, 2025, Executive Order 14159 directed the Department of Homeland Security to authorize state and local officers under 287(g) agreements to the maximum extent permitted by law.",
  },
];

/** The events dated within [from, to] (inclusive, YYYY-MM-DD). */
export const eventsWithin = (from: string, to: string) => EVENTS.filter((e) => e.on >= from && e.on <= to);
