import { MODEL_LABEL, MODELS, type ModelCode } from "@/lib/domain/models";

const SWATCH: Record<ModelCode, string> = { JAIL_ENFORCEMENT: "bg-jail", TASK_FORCE: "bg-task-force", WARRANT_SERVICE_OFFICER: "bg-wso" };

/** Model filter as links: each toggles one model in the URL; none selected means all. */
export function ModelLinks({ selected, hrefFor }: { selected: ModelCode[]; hrefFor: (models: ModelCode[]) => string }) {
  return (
    <nav aria-label="Filter by model" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-700">Models:</span>
      <a
        href={hrefFor([])}
        aria-current={selected.length === 0 ? "true" : undefined}
        className={`rounded-full border px-3 py-1 ${selected.length === 0 ? "border-slate-900 bg-slate-900 text-white" : "border-slate-300 text-slate-900 hover:bg-slate-100"}`}
      >
        All
      </a>
      {MODELS.map((m) => {
        const on = selected.includes(m);
        const next = on ? selected.filter((x) => x !== m) : [...selected, m];
        return (
          <a
            key={m}
            href={hrefFor(next)}
            aria-current={on ? "true" : undefined}
            className={`flex items-center gap-2 rounded-full border px-3 py-1 ${on ? "border-slate-900 bg-slate-900 text-white" : "border-slate-300 text-slate-900 hover:bg-slate-100"}`}
          >
            <span aria-hidden className={`inline-block size-2.5 rounded-full ${SWATCH[m]}`} />
            {MODEL_LABEL[m]}
            <span className="sr-only">{on ? " (selected: select to remove)" : " (select to add)"}</span>
          </a>
        );
      })}
    </nav>
  );
}
