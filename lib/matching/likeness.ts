// How alike two commodities are, word by word, as people write them: "Udang" is "udang vaname", "batu
// bara" is "batubara", "pakna ikan" (a typo) is "pakan ikan", but "pakan ikan" is not "pakan ternak"
// nor "ikan bandeng". Plain module: the matching's rule, read and tested in one place (the database
// only finds the candidates, with pg_trgm, as the desk search does).
import { simplify } from "@/lib/businesses/fields";

/** Words that join a name's parts and say nothing of the goods. */
const FILLERS = new Set(["dan", "atau", "serta", "untuk", "dari", "yang", "dengan", "di", "ke", "and", "or", "of", "for", "the"]);

/** A commodity's words: lower-case, without accents, punctuation or fillers. */
export function commodityWords(text: string): string[] {
  return simplify(text)
    .split(" ")
    .filter((word) => word && !FILLERS.has(word));
}

/** The edits (insert, delete, replace, swap two neighbours) between two words: Damerau-Levenshtein, restricted. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  return rows[a.length][b.length];
}

/**
 * How well one word stands for another: 1 the same, 0.9 a word of five letters or more and a longer
 * form of it ("batik", "batiknya"), 0.8 a typo (one edit in a word of five to eight letters, two from
 * nine: "pakna" for "pakan"; four-letter words differ by one letter too often: "sapi", "sari"), 0 not the same word.
 */
export function wordLikeness(a: string, b: string): number {
  if (a === b) return 1;
  const shorter = Math.min(a.length, b.length);
  const longer = Math.max(a.length, b.length);
  if (shorter >= 5 && (a.startsWith(b) || b.startsWith(a))) return 0.9;
  const allowed = longer >= 9 ? 2 : longer >= 5 ? 1 : 0;
  return allowed > 0 && editDistance(a, b) <= allowed ? 0.8 : 0;
}

/**
 * How alike two commodities are, from 0 (not a match) to 1 (the same): every word of the one with
 * fewer words must stand for a word of the other; the more of the longer name they cover, and the
 * more exactly, the closer. Written together or apart ("batubara", "batu bara") is the same.
 */
export function likeness(a: string, b: string): number {
  const [x, y] = [commodityWords(a), commodityWords(b)];
  if (x.length === 0 || y.length === 0) return 0;
  if (x.join("") === y.join("")) return 1;
  const [few, many] = x.length <= y.length ? [x, y] : [y, x];
  let covered = 0;
  for (const word of few) {
    const best = Math.max(...many.map((other) => wordLikeness(word, other)));
    if (best === 0) return 0;
    covered += best;
  }
  return covered / many.length;
}
