// Colours shared by the maps, the charts and their legends. The three models use Okabe and Ito's colour-blind-safe
// set, darkened where needed for 3:1 contrast on white (WCAG 1.4.11), and every use pairs colour with a second
// cue (a marker shape, a dash pattern or a label). Area shading is one sequential hue that none of them uses.
import type { ModelCode } from "../domain/models";

export const MODEL_COLOR: Record<ModelCode, string> = {
  JAIL_ENFORCEMENT: "#0072B2", // blue, 5.1:1 on white
  TASK_FORCE: "#D55E00", // vermillion, 3.9:1
  WARRANT_SERVICE_OFFICER: "#007A5E", // bluish green, 5.4:1
};

/** Marker shapes, so a model is told apart without its colour. */
export const MODEL_MARKER: Record<ModelCode, "circle" | "square" | "triangle"> = {
  JAIL_ENFORCEMENT: "circle",
  TASK_FORCE: "triangle",
  WARRANT_SERVICE_OFFICER: "square",
};

/** Line dash patterns for charts (SVG stroke-dasharray); solid for the first. */
export const MODEL_DASH: Record<ModelCode, string | undefined> = {
  JAIL_ENFORCEMENT: undefined,
  TASK_FORCE: "6 3",
  WARRANT_SERVICE_OFFICER: "2 2",
};

/** Sequential purples (ColorBrewer), lightest first; zero gets NONE_FILL. */
export const AREA_RAMP = ["#efedf5", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f"] as const;
export const NONE_FILL = "#f8fafc";
export const AREA_STROKE = "#94a3b8";
