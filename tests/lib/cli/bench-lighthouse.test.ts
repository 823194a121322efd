import { describe, expect, it } from "vitest";
import { calibratedSlowdown } from "@/lib/cli/bench-lighthouse";

// The calculator's own anchor points (lighthouse-cpu-throttling-calculator, linked from Lighthouse's
// docs/throttling.md): an index of 2000 → 6×, 1766 → 5×, 1533 → 4×, 1300 → 3×, 800 → 2×, 150 → 1×.
describe("the CPU slowdown calibrated to a host's benchmarkIndex", () => {
  it.each([
    [2000, 6],
    [1766, 5],
    [1533, 4],
    [1300, 3],
    [800, 2],
    [150, 1],
  ])("an index of %i gives %i×", (index, slowdown) => {
    expect(calibratedSlowdown(index)).toBeCloseTo(slowdown, 1);
  });

  it("never speeds the CPU up on a host slower than the slowest anchor", () => {
    expect(calibratedSlowdown(60)).toBe(1);
  });
});
