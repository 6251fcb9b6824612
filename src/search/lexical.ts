/**
 * A plain lexical ranking of one story's sentences: BM25 over the analysed words, with no concepts,
 * names, answer types or unit weights. It is the baseline anyone could set up over the same sentences,
 * and here a second opinion: a same-language answer that falls a little short of the coverage bar is
 * still given when this ranking puts the same sentence first by a clear margin (see `lexicalAgreement`
 * in src/search/defaults.ts). It reads only the story asked about, and only when an answer is about to
 * be refused, so the common path pays nothing for it.
 */
import type { SearchIndex } from './index.js';
import { indexMemo, memoMap } from './memos.js';

/** BM25's term-frequency saturation and length normalisation (the usual values). */
const K1 = 1.2;
const B = 0.75;

/** One story's sentences as bags of analysed word keys. */
interface StoryTerms {
  /** First gid of the story. */
  readonly start: number;
  /** Each sentence's key counts, by gid − start. */
  readonly tf: ReadonlyArray<ReadonlyMap<string, number>>;
  /** Each sentence's length in content words. */
  readonly lengths: readonly number[];
  /** Sentences of the story holding each key. */
  readonly df: ReadonlyMap<string, number>;
  readonly avgLength: number;
  /** Keys of the words of the story's titles (in every language): what the story is about throughout. */
  readonly title: ReadonlySet<string>;
}

/** Each story's bags of words, by story number, worked out on first use and forgotten with the index's memos. */
const STORY_TERMS = indexMemo<Map<number, StoryTerms>>();

function termsOf(index: SearchIndex, story: number, bound: number): StoryTerms {
  const byStory = memoMap(STORY_TERMS, index);
  const known = byStory.get(story);
  if (known !== undefined) return known;
  // A long-running bot asked about many stories keeps only the latest few hundred: a story's bags are
  // rebuilt in well under a millisecond when it is asked about again.
  if (byStory.size >= bound) byStory.clear();
  const start = index.storyStart[story] as number;
  const end = index.storyStart[story + 1] as number;
  const tf: Map<string, number>[] = [];
  const lengths: number[] = [];
  const df = new Map<string, number>();
  for (let gid = start; gid < end; gid++) {
    const counts = new Map<string, number>();
    let length = 0;
    for (const t of index.analyzer.analyze(index.sentences[gid]?.sentence.text ?? '')) {
      if (t.stop || t.key === '') continue;
      length++;
      counts.set(t.key, (counts.get(t.key) ?? 0) + 1);
    }
    for (const key of counts.keys()) df.set(key, (df.get(key) ?? 0) + 1);
    tf.push(counts);
    lengths.push(length);
  }
  const total = lengths.reduce((a, b) => a + b, 0);
  const title = new Set<string>();
  for (const text of Object.values(index.stories[story]?.info.title ?? {}))
    for (const t of index.analyzer.analyze(text)) if (!t.stop && t.key !== '') title.add(t.key);
  const terms: StoryTerms = { start, tf, lengths, df, avgLength: lengths.length === 0 ? 0 : total / lengths.length, title };
  byStory.set(story, terms);
  return terms;
}

/**
 * Whether BM25 over the analysed words of `story` ranks sentence `gid` first for the question's word
 * keys, scoring at least `margin` times the sentence after it. A story of one sentence gives no second
 * opinion (any match is first), so it never agrees.
 * @example lexicalFirst(index, 3, ['en:reservoir', 'en:largest'], 120, { margin: 2, bound: 256, withoutTitle: true, words: 2 }) // true when ¶ 120 leads by 2×
 */
export function lexicalFirst(
  index: SearchIndex,
  story: number,
  keys: readonly string[],
  gid: number,
  o: { readonly margin: number; readonly bound: number; readonly withoutTitle: boolean; readonly words: number },
): boolean {
  const terms = termsOf(index, story, o.bound);
  const n = terms.tf.length;
  if (n < 2 || gid < terms.start || gid >= terms.start + n) return false;
  const unique = [...new Set(keys)];
  const asked = unique.filter((k) => terms.df.has(k) && !(o.withoutTitle && terms.title.has(k)));
  if (asked.length === 0) return false;
  let first = -1;
  let best = 0;
  let second = 0;
  let firstHeld = 0;
  for (let i = 0; i < n; i++) {
    const counts = terms.tf[i] as ReadonlyMap<string, number>;
    const norm = K1 * (1 - B + (B * (terms.lengths[i] as number)) / (terms.avgLength || 1));
    let score = 0;
    let held = 0;
    for (const k of asked) {
      const f = counts.get(k);
      if (f === undefined) continue;
      held++;
      const d = terms.df.get(k) as number;
      score += Math.log(1 + (n - d + 0.5) / (d + 0.5)) * ((f * (K1 + 1)) / (f + norm));
    }
    if (score > best) {
      second = best;
      best = score;
      first = i;
      firstHeld = held;
    } else if (score > second) second = score;
  }
  return first === gid - terms.start && firstHeld >= o.words && best >= o.margin * second;
}
