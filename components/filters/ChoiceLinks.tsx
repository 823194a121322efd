/** One choice among a few, as links: the current one is marked, each other one is a URL of its own. */
export function ChoiceLinks<V extends string>({ label, choices, value, hrefFor }: { label: string; choices: { value: V; label: string }[]; value: V; hrefFor: (v: V) => string }) {
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-700">{label}:</span>
      {choices.map((c) => (
        <a
          key={c.value}
          href={hrefFor(c.value)}
          aria-current={c.value === value ? "true" : undefined}
          className={`rounded-full border px-3 py-1 ${c.value === value ? "border-slate-900 bg-slate-900 text-white" : "border-slate-300 text-slate-900 hover:bg-slate-100"}`}
        >
          {c.label}
        </a>
      ))}
    </nav>
  );
}
