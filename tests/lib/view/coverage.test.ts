import { describe, expect, it } from "vitest";
import { modelsWords } from "../../../lib/domain/models";
import { metricModels, percentOf, SHARE_CLASSES, shareTicks } from "../../../lib/view/coverage";
import { classLabel, fillFor } from "../../../lib/view/classes";
import { formatShare } from "../../../lib/view/format";
import { NONE_FILL } from "../../../lib/view/palette";

describe("shares of residents, as the map and the tables write them", () => {
  it("never shows some residents as 0 % nor part of them as 100 %", () => {
    expect(formatShare(0, 1000)).toBe("0\u00a0%");
    expect(formatShare(3, 1000)).toBe("under 1\u00a0%");
    expect(formatShare(120, 1000)).toBe("12\u00a0%");
    expect(formatShare(998, 1000)).toBe("over 99\u00a0%");
    expect(formatShare(1000, 1000)).toBe("100\u00a0%");
    expect(formatShare(145_526, 5_793_151, 1)).toBe("2.5\u00a0%");
    expect(formatShare(1, 5_793_151, 1)).toBe("under 0.1\u00a0%");
    expect([percentOf(0, 10), percentOf(1, 1000), percentOf(999, 1000), percentOf(10, 10)]).toEqual([0, 1, 99, 100]);
  });

  it("the map's classes are fixed: 1–25, 26–50, 51–75, 76–100, and none", () => {
    expect(SHARE_CLASSES.map(classLabel)).toEqual(["1–25", "26–50", "51–75", "76–100"]);
    expect(fillFor(0, SHARE_CLASSES)).toBe(NONE_FILL);
    expect([1, 25, 26, 75, 76, 100].map((p) => SHARE_CLASSES.findIndex((c) => c.fill === fillFor(p, SHARE_CLASSES)))).toEqual([0, 0, 1, 2, 3, 3]);
  });

  it("the metric says which models count", () => {
    expect(metricModels("residents-task-force", ["JAIL_ENFORCEMENT"])).toEqual(["TASK_FORCE"]);
    expect(metricModels("residents", ["JAIL_ENFORCEMENT"])).toEqual(["JAIL_ENFORCEMENT"]);
    expect(modelsWords([])).toBe("any model");
    expect(modelsWords(["WARRANT_SERVICE_OFFICER", "JAIL_ENFORCEMENT"])).toBe("Jail Enforcement or Warrant Service Officer");
  });

  it("the chart's scale stops at a round share just above the highest", () => {
    expect(shareTicks(2.5)).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
    expect(shareTicks(3.2)).toEqual([0, 1, 2, 3, 4]);
    expect(shareTicks(17.3)).toEqual([0, 5, 10, 15, 20]);
    expect(shareTicks(65.5)).toEqual([0, 20, 40, 60, 80]);
    expect(shareTicks(100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(shareTicks(0)).toEqual([0, 0.2]);
  });
});
