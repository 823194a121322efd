// Identities of rows read straight from ICE's files, for comparing the dashboard's history with the files.
import path from "node:path";
import { STATES } from "../../lib/domain/states";
import { manifest, modelOf, rawRecords, SEED, type ManifestRow, type RawRecord } from "./source-files";

export const STATE_CODE: Record<string, string> = Object.fromEntries(Object.entries(STATES).map(([c, n]) => [n.toUpperCase(), c]));
const MODEL = { JEM: "JAIL_ENFORCEMENT", TFM: "TASK_FORCE", WSO: "WARRANT_SERVICE_OFFICER" } as const;

// ICE's misspellings of agency names in the lists the change tests compare, written out here rather than taken from
// the importer's table; the dashboard shows the corrected name and lists the repair in its ledger.
const NAME_SPELLING: Record<string, string> = {
  "okfusfee county sheriffs office": "okfuskee county sheriffs office",
  "neuces county constable precinct 5": "nueces county constable precinct 5",
  "rappahannok shenandoah warren regional jail authority": "rappahannock shenandoah warren regional jail authority",
};

/** An agency name without case, accents, apostrophes (ICE mixes straight and curly ones) or punctuation. */
export const foldName = (s: string) =>
  s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’‘`']/g, "").replace(/[^a-z0-9]+/g, " ").trim();

export const modelCode = (support: string) => {
  const m = modelOf(support);
  return m ? MODEL[m] : null;
};

/** "AL|etowah county sheriffs office|TASK_FORCE" */
export const rowKey = (state: string, agency: string, model: string | null) => {
  const name = foldName(agency);
  return `${state}|${NAME_SPELLING[name] ?? name}|${model ?? ""}`;
};

export const participatingFiles = (): ManifestRow[] =>
  manifest()
    .filter((m) => m.kind === "participating" && m.published)
    .sort((a, b) => a.published.localeCompare(b.published) || Number(a.same_day_order) - Number(b.same_day_order));

export const pendingFiles = (): ManifestRow[] =>
  manifest()
    .filter((m) => m.kind === "pending" && m.published)
    .sort((a, b) => a.published.localeCompare(b.published) || Number(a.same_day_order) - Number(b.same_day_order));

type Record_ = RawRecord & { code: string; model: string | null };
const read = new Map<string, Promise<Record_[]>>();

/** A file's rows, read once per test file however many tests ask. */
export function recordsOf(m: ManifestRow): Promise<Record_[]> {
  if (!read.has(m.file)) {
    read.set(
      m.file,
      rawRecords(path.join(SEED, m.file)).then((rows) => rows.map((r) => ({ ...r, code: STATE_CODE[r.state], model: modelCode(r.support) }))),
    );
  }
  return read.get(m.file)!;
}

export async function keysOf(m: ManifestRow): Promise<Set<string>> {
  return new Set((await recordsOf(m)).map((r) => rowKey(r.code, r.agency, r.model)));
}

export const minus = (a: Set<string>, b: Set<string>) => new Set([...a].filter((k) => !b.has(k)));

/**
 * The agreements of one agency still on the newest of `files` (oldest first), read from the files themselves: for
 * each model, the day of the first list that shows it, the newest list's signed date, and how many lists lie between
 * its first and the newest (inclusive). Reading from both ends keeps this to a few files out of hundreds.
 */
export async function stillListed(files: ManifestRow[], state: string, folded: string) {
  const mine = async (f: ManifestRow) => (await recordsOf(f)).filter((r) => r.code === state && foldName(r.agency) === folded && r.model);
  const newest = await mine(files.at(-1)!);
  const out = new Map<string, { first: string; last: string; signed: string; listsSinceFirst: number }>();
  for (const r of newest) out.set(r.model!, { first: "", last: files.at(-1)!.published, signed: r.signed, listsSinceFirst: 0 });
  for (let i = 0; i < files.length && [...out.values()].some((v) => !v.first); i++) {
    for (const r of await mine(files[i])) {
      const v = out.get(r.model!);
      if (v && !v.first) Object.assign(v, { first: files[i].published, listsSinceFirst: files.length - i });
    }
  }
  return out;
}
