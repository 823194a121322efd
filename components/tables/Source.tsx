/** The citation a table's numbers come from. */
export function Source({ children }: { children: React.ReactNode }) {
  return <p className="text-sm text-slate-700" data-testid="source">Source: {children}</p>;
}
