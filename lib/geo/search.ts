import { foldName } from "../domain/names";
import { STATES } from "../domain/states";

// Finding counties, places, ZIP codes and agencies by what a visitor types: whole words, whatever the case, accents
// and punctuation ("st. mary's" finds "Saint Marys"); the last word may be unfinished, as one types. The bigger and
// closer match comes first: the exact name before a name that starts with the words, before one that holds them,
// before a word only begun; and within each, the larger population.

export const SEARCH_KINDS = ["county", "place", "zip", "agency"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export type PlaceEntry = {
  kind: SearchKind;
  /** County FIPS (5 digits), place GEOID (7), ZIP code (5) or agency slug. */
  id: string;
  /** A ZIP code's county (one entry per county the ZIP spans). */
  county?: string;
  /** A ZIP code's town, when it is the one Census place of that name in its state (GEOID). */
  town?: string;
  /** "Harris County, TX", "Mesa, AZ", "85201 Mesa, AZ", "Harris County Sheriff's Office". */
  label: string;
  /** A second line: a ZIP code's county, a place's kind, an agency's state. */
  detail: string;
  state: string;
  /** Residents, for the order of equal matches (a ZIP code's share of its residents in that county). */
  population: number;
  /** The name searched, folded ("harris county"), and its core that an exact match may be ("harris"). */
  words: string;
  core: string;
};

/** An entry with its name's words folded (done once, when the index is written). */
export const searchEntry = (e: Omit<PlaceEntry, "words" | "core">, words: string, core: string): PlaceEntry => ({
  ...e,
  words: searchWords(words).join(" "),
  core: searchWords(core).join(" "),
});

export type SearchHit = PlaceEntry & {
  /** 0 exact name, 1 name starting with the words, 2 words anywhere in the name, 3 with a word only begun. */
  tier: number;
};

/** The words of a query or a name, folded. */
export const searchWords = (text: string): string[] => {
  const f = foldName(text, "place");
  return f ? f.split(" ") : [];
};

const STATE_WORDS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(STATES).map(([code, name]) => [code, new Set([code.toLowerCase(), ...searchWords(name)])]),
);

const ALL_STATE_WORDS = [...new Set(Object.values(STATE_WORDS).flatMap((s) => [...s]))];
const couldBeState = (w: string, last: boolean) => ALL_STATE_WORDS.some((s) => s === w || (last && s.startsWith(w)));

type Indexed = { entry: PlaceEntry; words: string[]; core: string[] };

/** An index of entries by word, and the sorted words for the unfinished last word of a query. */
export class SearchIndex {
  private readonly items: Indexed[];
  private readonly byWord = new Map<string, number[]>();
  private readonly sortedWords: string[];

  constructor(entries: PlaceEntry[]) {
    this.items = entries.map((entry) => ({ entry, words: entry.words.split(" "), core: entry.core.split(" ") }));
    this.items.forEach((it, i) => {
      for (const w of new Set(it.words)) {
        const list = this.byWord.get(w);
        if (list) list.push(i);
        else this.byWord.set(w, [i]);
      }
    });
    this.sortedWords = [...this.byWord.keys()].sort();
  }

  get size() {
    return this.items.length;
  }

  /** Entries with a name word equal to `w`, or, when `prefix`, starting with it. */
  private candidates(w: string, prefix: boolean, into: Set<number>) {
    for (const i of this.byWord.get(w) ?? []) into.add(i);
    if (!prefix) return;
    let lo = 0, hi = this.sortedWords.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sortedWords[mid] < w) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < this.sortedWords.length && this.sortedWords[k].startsWith(w); k++) for (const i of this.byWord.get(this.sortedWords[k])!) into.add(i);
  }

  /** Every entry the query's words match, best first. */
  search(query: string): SearchHit[] {
    const q = searchWords(query);
    if (!q.length) return [];
    // Every word that cannot be a state's must be a word of the name: the entries holding the rarest such word are
    // the only candidates. When every word could be a state's ("new york"), any of them may be the name's.
    const sets = q.map((w, i) => {
      const ids = new Set<number>();
      this.candidates(w, i === q.length - 1, ids);
      return { ids, stateWord: q.length > 1 && couldBeState(w, i === q.length - 1) };
    });
    const required = sets.filter((s) => !s.stateWord).sort((a, b) => a.ids.size - b.ids.size);
    const ids = required.length ? required[0].ids : new Set(sets.flatMap((s) => [...s.ids]));
    const hits: SearchHit[] = [];
    for (const i of ids) {
      const tier = rank(q, this.items[i]);
      if (tier !== null) hits.push({ ...this.items[i].entry, tier });
    }
    return hits.sort(compareHits);
  }
}

export const compareHits = (a: SearchHit, b: SearchHit) => a.tier - b.tier || b.population - a.population || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

/**
 * How closely the query's words `q` match an entry, or null when they do not: each word is a word of the name, or of
 * the entry's state ("mesa az", "harris county texas"), the last may be the start of one, and one at least is the
 * name's.
 */
function rank(q: string[], it: Indexed): number | null {
  const states = STATE_WORDS[it.entry.state];
  const named: string[] = [];
  let begun = false;
  for (let k = 0; k < q.length; k++) {
    const w = q[k];
    const last = k === q.length - 1;
    if (it.words.includes(w)) named.push(w);
    else if (states?.has(w)) continue;
    else if (last && it.words.some((n) => n.startsWith(w))) {
      named.push(w);
      begun = true;
    } else if (last && states && [...states].some((s) => s.startsWith(w))) continue;
    else return null;
  }
  if (!named.length) return null;
  if (begun) return 3;
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  if (same(named, it.words) || same(named, it.core)) return 0;
  if (same(named, it.words.slice(0, named.length))) return 1;
  return 2;
}
