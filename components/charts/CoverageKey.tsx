import { MODEL_COLOR, MODEL_DASH } from "@/lib/view/palette";

// The two lines of the residents chart: Task Force in its model's colour, dashes and triangles; the other line (any
// model, or the chosen ones) dark and solid with diamonds, so neither is told apart by colour alone.

export const COVERAGE_LINES = {
  taskForce: { color: MODEL_COLOR.TASK_FORCE, dash: MODEL_DASH.TASK_FORCE, symbol: "triangle" },
  other: { color: "#1e293b", dash: undefined, symbol: "diamond" },
} as const;

export function CoverageKey({ line }: { line: keyof typeof COVERAGE_LINES }) {
  const { color, dash, symbol } = COVERAGE_LINES[line];
  return (
    <svg aria-hidden width="32" height="12" viewBox="0 0 32 12" className="inline-block shrink-0 align-middle">
      <line x1="1" y1="6" x2="31" y2="6" stroke={color} strokeWidth="2" strokeDasharray={dash} />
      {symbol === "triangle" ? <path d="M16 1.5 L20.5 10 L11.5 10 Z" fill={color} /> : <path d="M16 1 L21 6 L16 11 L11 6 Z" fill={color} />}
    </svg>
  );
}
