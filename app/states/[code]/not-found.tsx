import { STATES } from "@/lib/domain/states";
import { stateHref } from "@/lib/view/links";

// An unknown state code (`/states/zz`, `/states/texas`): say so, and offer every state, so the reader is one click
// from the page they meant. No database read: this answer cannot fail with the data.
const TERRITORIES = new Set(["AS", "GU", "MP", "PR", "VI"]);

export default function StateNotFound() {
  const byName = Object.entries(STATES).sort(([, a], [, b]) => a.localeCompare(b));
  const states = byName.filter(([code]) => !TERRITORIES.has(code));
  const territories = byName.filter(([code]) => TERRITORIES.has(code));
  const list = (entries: [string, string][]) => (
    <ul className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3 lg:grid-cols-4">
      {entries.map(([code, name]) => (
        <li key={code}>
          <a href={stateHref(code)} className="text-blue-800 underline">
            {name}
          </a>{" "}
          <span className="text-slate-600">({code})</span>
        </li>
      ))}
    </ul>
  );
  return (
    <section aria-labelledby="nf-title" className="space-y-block">
      <h1 id="nf-title" className="text-title">State not found</h1>
      <p>
        State pages are named by the two-letter postal code, as in <a href="/states/tx" className="text-blue-800 underline">/states/tx</a> for Texas. Choose one:
      </p>
      <h2 className="text-heading">States and the District of Columbia</h2>
      {list(states)}
      <h2 className="text-heading">Territories</h2>
      {list(territories)}
      <p>
        <a href="/" className="text-blue-800 underline">Go to the national overview</a>
      </p>
    </section>
  );
}
