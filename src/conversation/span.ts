/**
 * Answers that span two sentences: a quotation or thought that runs over two adjacent sentences is
 * quoted whole, as one cited answer with both labels ("23–24.1").
 *
 * Two adjacent sentences of a story make one span when:
 * - the first opens a quotation it does not close (“ … with no ”), so the second ends it
 *   (¶6: “The time has come … / God bless Russia and Ukraine!”); or
 * - the second opens a quotation and carries the speaker the first names (¶23 Peskov said this was
 *   “impossible”. / ¶24 “Russia has never discussed …”); or
 * - the first is only a name with its dates or spellings in brackets, cut off the sentence that says
 *   who that is ("جنكيز خان (بالمنغولية: …) (1165 - 1227م) ." / "وهو مؤسس …").
 * Spans are at most two sentences: a longer quotation is still cited sentence by sentence.
 */
import type { SearchIndex } from '../search/index.js';
import { has } from '../search/rank.js';
import type { SentenceFacts } from './facts.js';

// Opening quotation marks: “ « and the plain double quote at the start of a sentence.
const OPENING = /[“«]/g;
const CLOSING = /[”»]/g;
const OPENS = /^\s*[“«"]/;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/**
 * Whether a sentence is only a name with its dates or spellings in brackets ("جنكيز خان (بالمنغولية: …)
 * (1165 - 1227م) ."): the segmenter cut it off the sentence that says who that is.
 */
function headingOnly(text: string): boolean {
  if (!/\([^()]*[0-9:][^()]*\)/.test(text)) return false;
  const bare = text
    .replace(/\([^()]*\)/g, ' ')
    .replace(/[.\s\u200e\u200f]+/g, ' ')
    .trim();
  return bare.length > 0 && bare.split(' ').length <= 3;
}

/** Whether sentence `a` and the one after it, `a + 1`, are one thought to quote together. */
export function joined(index: SearchIndex, facts: SentenceFacts, a: number): boolean {
  const first = index.sentences[a];
  const second = index.sentences[a + 1];
  if (first === undefined || second === undefined || first.story !== second.story) return false;
  const text = first.sentence.text;
  if (count(text, OPENING) > count(text, CLOSING)) return true;
  if (headingOnly(text)) return true;
  if (!OPENS.test(second.sentence.text)) return false;
  // The second opens a quotation: it continues the first when it carries a speaker the first names.
  for (const id of facts.people(a)) if (has(index.postings.get(`s:${id}`), a + 1)) return true;
  return false;
}

/**
 * The span to quote for a ranked sentence: [first, last] global ids, both equal for one sentence.
 * A sentence that ends a span is quoted with the one before it; otherwise with the one after it.
 */
export function spanOf(index: SearchIndex, facts: SentenceFacts, gid: number): readonly [number, number] {
  return facts.spanOf(gid, () => {
    if (gid > 0 && joined(index, facts, gid - 1)) return [gid - 1, gid];
    if (joined(index, facts, gid)) return [gid, gid + 1];
    return [gid, gid];
  });
}
