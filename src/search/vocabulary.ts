/**
 * The vocabulary of the index, searchable by spelling: fuzzy correction of typos (fuse.js over
 * candidate words, not over sentences), English prefixes, and consonant skeletons for names.
 *
 * Cost grows with what a word touches: candidates come from a bigram index of words of similar length,
 * and only those few words are handed to fuse.js.
 */
import Fuse from 'fuse.js';
import { arabicSkeleton } from '../text/transliterate.js';

/** Most words checked by edit distance per correction. */
const MAX_CANDIDATES = 24;

/** An Arabic word without its article (and the conjunction or preposition before it). */
function bare(word: string): string {
  return word.replace(/^(وال|فال|بال|كال|لل|ال)(?=..)/, '');
}

/** A vocabulary word and the key it stands for. */
export interface VocabHit {
  readonly word: string;
  readonly key: string;
  /** 0 (poor) … 1 (exact). */
  readonly similarity: number;
}

/** Words of one script. */
export class Vocabulary {
  private readonly words: string[] = [];
  private readonly keys: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly grams = new Map<string, number[]>();
  private readonly skeletons = new Map<string, Set<string>>();
  private readonly byKey = new Map<string, string[]>();
  private sorted: string[] | undefined;

  /** Adds a word (folded) and its key, with its skeleton or skeletons; repeated words are ignored. */
  add(word: string, key: string, skeleton?: string | readonly string[]): void {
    if (this.ids.has(word)) return;
    const id = this.words.length;
    this.ids.set(word, id);
    this.words.push(word);
    this.keys.push(key);
    const same = this.byKey.get(key);
    if (same) same.push(word);
    else this.byKey.set(key, [word]);
    for (const g of bigrams(word)) {
      const list = this.grams.get(g);
      if (list) list.push(id);
      else this.grams.set(g, [id]);
    }
    for (const sk of typeof skeleton === 'string' ? [skeleton] : (skeleton ?? [])) {
      if (sk.length === 0) continue;
      const set = this.skeletons.get(sk);
      if (set) set.add(key);
      else this.skeletons.set(sk, new Set([key]));
    }
    this.sorted = undefined;
    this.deletions = undefined;
  }

  has(word: string): boolean {
    return this.ids.has(word);
  }

  /** The key of a vocabulary word, or undefined when the word is not in the vocabulary. */
  keyOf(word: string): string | undefined {
    const id = this.ids.get(word);
    return id === undefined ? undefined : this.keys[id];
  }

  get size(): number {
    return this.words.length;
  }

  /**
   * The closest word by spelling, if it is close enough: at most one edit for words up to 5 letters,
   * two for longer ones (a transposition counts as one), never more than `edits`. Fuse.js ranks the
   * candidates.
   */
  correct(word: string, threshold: number, edits = 2): VocabHit | undefined {
    const grams = bigrams(word);
    const counts = new Map<number, number>();
    // Bigrams shared by a large share of the vocabulary (the article's "^ا", "ال") say little and cost
    // the most: they are skipped, and the bar lowered by as many.
    const common = Math.max(256, this.words.length >> 3);
    let skipped = 0;
    for (const g of grams) {
      const ids = this.grams.get(g);
      if (!ids) continue;
      if (ids.length > common) {
        skipped++;
        continue;
      }
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    // The edit budget follows the length of the word without its article: "المسوول" is a five-letter
    // word, and two edits would turn it into "المعزول".
    const maxEdits = Math.min(edits, bare(word).length <= 5 ? 1 : 2);
    // An edit destroys at most two bigrams; allow one transposition (three) on top.
    const need = Math.max(1, grams.length - skipped - (2 * maxEdits + 1));
    // Edit distance first (cheap, exact), then fuse.js ranks the few words within reach: its Bitap
    // score prefers matches that keep the word's letters in order, which breaks ties between words
    // at the same distance.
    const near: string[] = [];
    let bestDistance = Number.POSITIVE_INFINITY;
    // Only the words sharing the most bigrams are worth an edit distance.
    const ranked = [...counts].filter(([id, n]) => n >= need && Math.abs((this.words[id] as string).length - word.length) <= maxEdits);
    if (ranked.length > MAX_CANDIDATES) ranked.sort((a, b) => b[1] - a[1]).length = MAX_CANDIDATES;
    for (const [id] of ranked) {
      const w = this.words[id] as string;
      const d = editDistance(word, w, maxEdits);
      if (d > maxEdits || d > bestDistance) continue;
      if (d < bestDistance) {
        bestDistance = d;
        near.length = 0;
      }
      near.push(w);
    }
    if (near.length === 0) return undefined;
    const top = new Fuse(near, { includeScore: true, threshold, ignoreLocation: true, isCaseSensitive: true }).search(word, { limit: 1 })[0];
    if (!top) return undefined;
    const choice = top.item;
    const similarity = 1 - (top.score ?? 0);
    return { word: choice, key: this.keys[this.ids.get(choice) as number] as string, similarity };
  }

  /** The words in order (sorted on first use), and where the first word not before `prefix` stands. */
  private sortedFrom(prefix: string): [readonly string[], number] {
    if (!this.sorted) this.sorted = [...this.words].sort();
    const s = this.sorted;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((s[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    return [s, lo];
  }

  /** Keys of words that start with `prefix` (at most `limit`), for English stems cut short. */
  withPrefix(prefix: string, limit = 6): string[] {
    const [s, lo] = this.sortedFrom(prefix);
    const out = new Set<string>();
    for (let i = lo; i < s.length && out.size < limit && (s[i] as string).startsWith(prefix); i++) {
      if (s[i] !== prefix) out.add(this.keys[this.ids.get(s[i] as string) as number] as string);
    }
    return [...out];
  }

  /**
   * Keys of the words that are `head` with another word after it ("worldwide" for "world"), that word
   * being one `isWord` accepts, of three letters or more.
   */
  compoundsOf(head: string, isWord: (w: string) => boolean): string[] {
    const [s, lo] = this.sortedFrom(head);
    const out = new Set<string>();
    for (let i = lo; i < s.length && (s[i] as string).startsWith(head); i++) {
      const rest = (s[i] as string).slice(head.length);
      if (rest.length >= 3 && isWord(rest)) out.add(this.keys[this.ids.get(s[i] as string) as number] as string);
    }
    return [...out];
  }

  /** The words (folded) of a key. */
  wordsOf(key: string): readonly string[] {
    return this.byKey.get(key) ?? [];
  }

  /** Keys whose consonant skeleton equals the given one. */
  bySkeleton(skeleton: string): string[] {
    return [...(this.skeletons.get(skeleton) ?? [])];
  }

  /**
   * Keys whose skeleton is one consonant longer or shorter than the given one, with the same first
   * consonant: a transliteration that adds or drops a letter (Peskow "bsk" ~ بيسكوف "bskf"). A story
   * spelling one consonant shorter is accepted only for skeletons of five or more (a shorter one would
   * let Macron "mkrn" find Ukraine "krn"). The table of deletions is built on first use (symmetric
   * deletion, as in SymSpell).
   */
  nearSkeleton(skeleton: string): string[] {
    if (this.deletions === undefined) {
      this.deletions = new Map();
      for (const [sk, keys] of this.skeletons) {
        if (sk.length < 3) continue;
        for (const d of deletionsOf(sk)) {
          if (d[0] !== sk[0]) continue;
          const set = this.deletions.get(d) ?? new Set<string>();
          for (const k of keys) set.add(k);
          this.deletions.set(d, set);
        }
      }
    }
    const out = new Set<string>();
    // The story's spelling has one letter more, not the first: the query's skeleton is one of its deletions.
    for (const k of this.deletions.get(skeleton) ?? []) out.add(k);
    // The story's spelling has one letter fewer, not the first: it is one of the query skeleton's deletions.
    if (skeleton.length >= 5) for (const d of deletionsOf(skeleton)) if (d[0] === skeleton[0]) for (const k of this.skeletons.get(d) ?? []) out.add(k);
    for (const k of this.skeletons.get(skeleton) ?? []) out.delete(k);
    return [...out];
  }

  private deletions: Map<string, Set<string>> | undefined;
}

/** The skeleton used for an Arabic vocabulary word: the article and conjunctions do not count. */
export function skeletonOfArabicWord(word: string): string {
  const bare = word.replace(/^(وال|فال|بال|كال|لل|ال|و)(?=..)/, '');
  return arabicSkeleton(bare);
}

/** The strings made by deleting one letter of `s`. */
function deletionsOf(s: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < s.length; i++) out.add(s.slice(0, i) + s.slice(i + 1));
  return [...out];
}

function bigrams(word: string): string[] {
  const w = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 2 <= w.length; i++) out.push(w.slice(i, i + 2));
  return out;
}

/**
 * Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), giving up
 * early with `max + 1` once every alignment costs more than `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > max) return max + 1;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] as number) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n] as number;
}
