// Place and county names are compared folded: no accents, case, punctuation or "St."/"Saint" differences.

const WORDS: [RegExp, string][] = [
  [/&/g, " and "],
  [/\bst\b/g, "saint"],
  [/\bste\b/g, "sainte"],
  [/\bmt\b/g, "mount"],
  [/\bft\b/g, "fort"],
  [/\bpt\b/g, "point"],
  [/\btwp\b/g, "township"],
];

export function foldName(s: string): string {
  let k = s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`.]/g, "");
  k = k.replace(/[^a-z0-9&]+/g, " ");
  for (const [re, to] of WORDS) k = k.replace(re, to);
  return k.replace(/\s+/g, " ").trim();
}

/** Edit distance with adjacent transpositions counted as one edit ("Pulaksi" is one edit from "Pulaski"). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
