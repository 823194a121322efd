import type { ModelCode } from "@/lib/domain/models";
import { MODEL_COLOR, MODEL_DASH, MODEL_MARKER } from "@/lib/view/palette";

/** A model's key as the charts draw it: its colour, its dash pattern and its marker shape. */
export function ModelKey({ model, line = true }: { model: ModelCode; line?: boolean }) {
  const fill = MODEL_COLOR[model];
  const [w, c] = line ? [32, 16] : [12, 6];
  return (
    <svg aria-hidden width={w} height="12" viewBox={`0 0 ${w} 12`} className="inline-block shrink-0 align-middle">
      {line && <line x1="1" y1="6" x2={w - 1} y2="6" stroke={fill} strokeWidth="2" strokeDasharray={MODEL_DASH[model]} />}
      {MODEL_MARKER[model] === "circle" && <circle cx={c} cy="6" r="3.5" fill={fill} />}
      {MODEL_MARKER[model] === "square" && <rect x={c - 3.5} y="2.5" width="7" height="7" fill={fill} />}
      {MODEL_MARKER[model] === "triangle" && <path d={`M${c} 1.5 L${c + 4.5} 10 L${c - 4.5} 10 Z`} fill={fill} />}
    </svg>
  );
}
