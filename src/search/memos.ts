/**
 * Memos over a search index that are forgotten when the index changes in place. `appendStory` adds a
 * story to an index without building a new one (a few milliseconds instead of a second), so a memo
 * keyed by the index object outlives the change: the alternatives remembered for a word before the
 * story was added miss the new story's spellings of it. A memo made with `indexMemo` is forgotten by
 * `forgetIndexMemos`, which the engine calls after every story added in place, so a module that makes
 * its memos this way (conversation/followup.ts) needs no forget function of its own. query.ts and rank.ts
 * still keep their own memos and forget them in `forgetMemos` and `forgetTitleKeys`, which the engine
 * calls beside this one.
 */
import type { SearchIndex } from './index.js';

/** Every memo made by indexMemo, for forgetIndexMemos. Weak maps: an index dropped frees its entries. */
const memos: Array<WeakMap<SearchIndex, unknown>> = [];

/**
 * A memo of values worked out over an index, forgotten for that index by forgetIndexMemos.
 * @example const WORD_ALTS = indexMemo<Map<string, Alt[]>>();
 */
export function indexMemo<V>(): WeakMap<SearchIndex, V> {
  const memo = new WeakMap<SearchIndex, V>();
  memos.push(memo);
  return memo;
}

/** Forgets what every indexMemo remembered about `index`: call it whenever the index changes in place. */
export function forgetIndexMemos(index: SearchIndex): void {
  for (const memo of memos) memo.delete(index);
}

/** The map `memo` holds for `index`, made empty on first use. */
export function memoMap<K, V>(memo: WeakMap<SearchIndex, Map<K, V>>, index: SearchIndex): Map<K, V> {
  let m = memo.get(index);
  if (m === undefined) {
    m = new Map();
    memo.set(index, m);
  }
  return m;
}
