/**
 * Facets: what a question may ask that only a story speaking of it can answer (knowledge/facets.jsonl).
 * "Who is Hosni Mubarak's wife?" asked of a story that never speaks of a wife, a husband or a marriage,
 * or "How tall is Beyoncé?" of one that never writes a height in metres or feet, is about the story's
 * subject, so its words match the story well, yet no sentence can answer it. The check reads the whole
 * story, not the best sentence: a story that speaks of it somewhere may answer in other words.
 */
import type { Facet } from '../knowledge/load.js';
import type { Token } from '../text/analyzer.js';
import type { Lang } from '../types.js';
import { holdsInStory, type IndexedSentence, type SearchIndex, YEAR_SPAN_KEY } from './index.js';
import { postingsOf } from './query.js';
import { has } from './rank.js';

/** A facet read by the index's analyser once: its asking phrases as tokens, its story words as keys. */
export interface CompiledFacet {
  readonly facet: Facet;
  /** Each asking word or phrase, as its tokens (folded word and key). */
  readonly ask: readonly (readonly { readonly norm: string; readonly key: string }[])[];
  /** The keys of the words a story that speaks of it holds. */
  readonly said: readonly string[];
  /** Phrases of which the question must hold one besides (an amount asked for), as tokens; empty: none needed. */
  readonly with: readonly (readonly { readonly norm: string; readonly key: string }[])[];
  /** The first word of each asking phrase, and the key of each one-word phrase: a question without any asks nothing of it. */
  readonly firsts: ReadonlySet<string>;
  readonly singleKeys: ReadonlySet<string>;
  /** A number with one of the facet's `afterNumber` words after it ("1115 كم"); undefined: none. */
  readonly afterNumber?: RegExp;
}

/** Reads each facet's words with the index's analyser (both languages' words, whatever the story's). */
export function compileFacets(index: SearchIndex, facets: readonly Facet[]): CompiledFacet[] {
  const words = (lists: Facet['ask']) => Object.values(lists).flat() as string[];
  const phrases = (lists: Facet['ask']) =>
    words(lists)
      .map((p) => index.analyzer.analyze(p).map((t) => ({ norm: t.norm, key: t.key })))
      .filter((p) => p.length > 0);
  return facets.map((facet) => {
    const ask = phrases(facet.ask);
    return {
      facet,
      ask,
      with: phrases(facet.with),
      said: [...new Set(words(facet.said).flatMap((w) => index.analyzer.analyze(w).map((t) => t.key)))].filter((k) => k !== ''),
      firsts: new Set(ask.map((p) => (p[0] as { norm: string }).norm)),
      singleKeys: new Set(ask.filter((p) => p.length === 1 && (p[0] as { key: string }).key !== '').map((p) => (p[0] as { key: string }).key)),
      ...(facet.afterNumber.length > 0 ? { afterNumber: new RegExp(`[0-9٠-٩]\\s*(?:${facet.afterNumber.join('|')})(?![\\p{L}\\p{M}])`, 'u') } : {}),
    };
  });
}

/**
 * Whether the question's tokens ask for a facet: a phrase word for word (its folded words), a single
 * word also by its key, so that a clitic or a plural asks too (زوجته, *wives*), unless the question's
 * word is a stop word, whose short stem other words share (فاي, "Wi-Fi", and وفاة, "death", are both
 * ar:فا); opening on one of its `with` phrases besides, when it has some (an amount asked for).
 */
function asks(tokens: readonly Token[], f: CompiledFacet, opened: ReadonlySet<CompiledFacet>): boolean {
  // Most questions hold no word a facet's phrases open on (see openedFacets): that settles it, before
  // matching every phrase at every place (which cost about 16 µs a question).
  if (!opened.has(f)) return false;
  return holds(tokens, f.ask) && (f.with.length === 0 || opensOn(tokens, f.with));
}

/** The facets by the first words of their phrases and the keys of their one-word phrases, per list (worked out on first use). */
interface FacetOpenings {
  readonly byFirst: ReadonlyMap<string, readonly CompiledFacet[]>;
  readonly bySingleKey: ReadonlyMap<string, readonly CompiledFacet[]>;
}

const facetOpenings = new WeakMap<readonly CompiledFacet[], FacetOpenings>();

/**
 * The facets a question holds a word of that one of their phrases opens on (or, for a word that is no
 * stop word, the key of a one-word phrase): two look-ups a word for all facets, where each facet had
 * looked every word up in its own sets (3% of a median question).
 */
export function openedFacets(facets: readonly CompiledFacet[], tokens: readonly Token[]): ReadonlySet<CompiledFacet> {
  // A question's tokens are read for facets up to four times (the facet ahead, the story's facets, the
  // answer's, the facet said otherwise), one question after the other: the last list's answer is
  // remembered (a WeakMap per token list had made an ephemeron of every question's tokens for the GC).
  if (tokens === lastOpened.tokens && facets === lastOpened.facets) return lastOpened.opened;
  let openings = facetOpenings.get(facets);
  if (openings === undefined) {
    const byFirst = new Map<string, CompiledFacet[]>();
    const bySingleKey = new Map<string, CompiledFacet[]>();
    const add = (into: Map<string, CompiledFacet[]>, key: string, f: CompiledFacet) => {
      const list = into.get(key);
      if (list === undefined) into.set(key, [f]);
      else if (!list.includes(f)) list.push(f);
    };
    for (const f of facets) {
      for (const first of f.firsts) add(byFirst, first, f);
      for (const key of f.singleKeys) add(bySingleKey, key, f);
    }
    openings = { byFirst, bySingleKey };
    facetOpenings.set(facets, openings);
  }
  // Most questions open none: the shared empty set then, no set made.
  let opened: Set<CompiledFacet> | undefined;
  for (const t of tokens) {
    const byFirst = openings.byFirst.get(t.norm);
    const bySingleKey = t.stop ? undefined : openings.bySingleKey.get(t.key);
    if (byFirst === undefined && bySingleKey === undefined) continue;
    if (opened === undefined) opened = new Set();
    if (byFirst !== undefined) for (const f of byFirst) opened.add(f);
    if (bySingleKey !== undefined) for (const f of bySingleKey) opened.add(f);
  }
  const found = opened ?? NO_FACETS;
  lastOpened = { tokens, facets, opened: found };
  return found;
}

const NO_FACETS: ReadonlySet<CompiledFacet> = new Set();
let lastOpened: { readonly tokens?: readonly Token[]; readonly facets?: readonly CompiledFacet[]; readonly opened: ReadonlySet<CompiledFacet> } = {
  opened: NO_FACETS,
};

/** Whether the question holds a word some facet's phrase opens on: without one, it asks no facet (and nothing need be looked up for it). */
export function opensFacet(facets: readonly CompiledFacet[], tokens: readonly Token[]): boolean {
  return openedFacets(facets, tokens).size > 0;
}

/** Words that may open a question before what it asks ("and how much …", "وكم …"). */
const OPENINGS = new Set(['and', 'so', 'but', 'then', 'و', 'ف']);

/**
 * Whether the question opens on one of the phrases, after an opening "and" (or و / ف glued to its first
 * word): "ماذا أعلن الوزير عن الأسعار؟" asks what was announced, not how much something costs.
 */
function opensOn(tokens: readonly Token[], phrases: CompiledFacet['with']): boolean {
  const at = tokens.length > 1 && OPENINGS.has((tokens[0] as Token).norm) ? 1 : 0;
  const norm = (i: number) => {
    const w = (tokens[i] as Token).norm;
    // و / ف glued to an Arabic first word: وكم is كم.
    return i === at && /^[وف]./.test(w) && (tokens[i] as Token).script === 'ar' ? [w, w.slice(1)] : [w];
  };
  return phrases.some((p) => at + p.length <= tokens.length && p.every((w, j) => norm(at + j).includes(w.norm)));
}

/**
 * Whether the tokens hold one of the phrases: word for word, a single word also by its key. A key of
 * two letters is shared by too many words (سكة "railway" and سكان "population" are both ar:سك, بنى
 * "built" and ابن "son" ar:بن): through one, the question's word must also write the phrase's
 * (سكانها holds سكان).
 */
function holds(tokens: readonly Token[], phrases: CompiledFacet['ask']): boolean {
  for (const p of phrases)
    for (let i = 0; i + p.length <= tokens.length; i++)
      if (
        p.every((w, j) => (tokens[i + j] as Token).norm === w.norm || (p.length === 1 && sameWord(tokens[i + j] as Token, w))) &&
        !negated(tokens, i) &&
        !kunya(tokens, i)
      )
        return true;
  return false;
}

/** The father's word written as it opens a name (أبو, ابو), which the parent facet's أبوه shares a key with. */
const KUNYA = new Set(['ابو']);

/**
 * Whether the word at `i` is أبو opening a kunya, a name of the form "father of the …" (أبو الطيب
 * المتنبي, أبو القاسم, أبو العلاء): before a word with the article it is part of the person's name,
 * not their father asked for ("ما هو عدد قصائد أبو الطيب المتنبي؟" asks for his poems). Before a name
 * without it (ابو جندح, "Jundah's father") it may be either, and still asks.
 */
function kunya(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  return t.script === 'ar' && KUNYA.has(t.norm) && next !== undefined && next.script === 'ar' && next.norm.startsWith('ال') && next.norm.length > 3;
}

/** Words before a facet's word that say it is not the case, so not asked for: *without*, بدون, دون, بلا. */
const WITHOUT = new Set(['without', 'بدون', 'دون', 'بلا']);

/**
 * Whether the facet's word at `i` follows a word of `WITHOUT`, with at most two stop words between
 * ("the term … to refer to cultural destruction, without the death of its members?" asks for no death).
 */
function negated(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = tokens[k] as Token;
    if (WITHOUT.has(t.norm)) return true;
    if (!t.stop) return false;
  }
  return false;
}

/** Letters a key needs past its language prefix to stand for a word alone (see holds). */
const SHORT_KEY = 2;

function sameWord(t: Token, w: { readonly norm: string; readonly key: string }): boolean {
  if (w.key === '' || t.stop || t.key !== w.key) return false;
  return w.key.length - w.key.indexOf(':') - 1 > SHORT_KEY || t.norm.includes(w.norm);
}

/** Whether a story (by its index in `index.stories`) holds a word or a symbol of the facet. */
function storySays(index: SearchIndex, story: number, f: CompiledFacet): boolean {
  for (const key of f.facet.span ? [...f.said, YEAR_SPAN_KEY] : f.said) if (holdsInStory(index, postingsOf(index, key), story)) return true;
  if (f.facet.symbols.length === 0 && f.afterNumber === undefined) return false;
  const from = index.storyStart[story] as number;
  const to = index.storyStart[story + 1] ?? index.sentences.length;
  const symbols = f.facet.symbols;
  // Plain loops: a closure for every sentence of the story was most of what a question asking a facet allocated.
  for (let g = from; g < to; g++) {
    const text = (index.sentences[g] as IndexedSentence).sentence.text;
    for (const symbol of symbols) if (text.includes(symbol)) return true;
    if (f.afterNumber?.test(text)) return true;
  }
  return false;
}

/**
 * The label of the first facet the question asks for and none of `stories` (indexes in `index.stories`:
 * those of the answers above the bar) speaks of ("a wife, husband or marriage"), in the question's
 * language; undefined when there is none.
 */
export function facetUnheld(
  index: SearchIndex,
  facets: readonly CompiledFacet[],
  tokens: readonly Token[],
  stories: readonly number[],
  lang: Lang,
): string | undefined {
  return firstUnsaid(facets, tokens, lang, (f) => stories.some((story) => storySays(index, story, f)));
}

/** The label of the first facet the question asks for of which `says` is false; undefined when there is none. */
function firstUnsaid(facets: readonly CompiledFacet[], tokens: readonly Token[], lang: Lang, says: (f: CompiledFacet) => boolean): string | undefined {
  const opened = openedFacets(facets, tokens);
  if (opened.size === 0) return undefined;
  for (const f of facets) if (asks(tokens, f, opened) && !says(f)) return f.facet.label[lang];
  return undefined;
}

/** Whether a sentence (by gid) holds a word or a symbol of the facet; a word keyed as one of `skip` does not count. */
function sentenceSays(index: SearchIndex, gid: number, f: CompiledFacet, skip?: ReadonlySet<string>): boolean {
  for (const key of f.facet.span ? [...f.said, YEAR_SPAN_KEY] : f.said) {
    if (skip?.has(key)) continue;
    const list = postingsOf(index, key);
    if (list !== undefined && has(list, gid)) return true;
  }
  if (f.facet.symbols.length === 0 && f.afterNumber === undefined) return false;
  const text = (index.sentences[gid] as IndexedSentence).sentence.text;
  for (const symbol of f.facet.symbols) if (text.includes(symbol)) return true;
  return f.afterNumber?.test(text) === true;
}

/**
 * The label of the first facet the question asks for that none of `gids` (the best answer and the
 * sentences beside it, in its story) speaks of, in the question's language; undefined when there is none.
 * The story may speak of it elsewhere, of someone or something else: "when did Mubarak die?" of a story
 * whose deaths are the protesters', answered by his lead sentence, which gives only his birth.
 */
export function facetUnsaidNear(
  index: SearchIndex,
  facets: readonly CompiledFacet[],
  tokens: readonly Token[],
  gids: readonly number[],
  lang: Lang,
): string | undefined {
  return firstUnsaid(facets, tokens, lang, (f) => gids.some((g) => sentenceSays(index, g, f)));
}

/**
 * Whether a sentence (by gid) speaks of every facet the question asks for in words other than the
 * question's own (a share's *12%* for *how common*), or by a symbol or a span: a sentence that only
 * repeats the question's word, or one sharing its key (*residence* ~ *residents*), was ranked on it already.
 */
export function facetSaidOtherwise(index: SearchIndex, facets: readonly CompiledFacet[], tokens: readonly Token[], gid: number, ownToo = false): boolean {
  const opened = openedFacets(facets, tokens);
  const own = ownToo ? undefined : new Set(tokens.map((t) => t.key));
  let any = false;
  for (const f of facets) {
    if (!asks(tokens, f, opened)) continue;
    any = true;
    if (!sentenceSays(index, gid, f, own)) return false;
  }
  return any;
}

/** Whether the question asks for the facet `id` (its asking words, as facetUnheld reads them). */
export function asksFacet(facets: readonly CompiledFacet[], tokens: readonly Token[], id: string): boolean {
  return askedFacetKeys(facets, tokens, id) !== undefined;
}

/**
 * The keys of the asking words of the facet `id` (or of the first facet `id` accepts) when the question
 * asks for it (the facet's own words, not the thing it is asked of); undefined when it does not.
 */
export function askedFacetKeys(
  facets: readonly CompiledFacet[],
  tokens: readonly Token[],
  id: string | ((f: Facet) => boolean),
): ReadonlySet<string> | undefined {
  const opened = openedFacets(facets, tokens);
  const which = typeof id === 'string' ? (f: Facet) => f.id === id : id;
  for (const f of opened) {
    if (!which(f.facet) || !asks(tokens, f, opened)) continue;
    return new Set(f.ask.flatMap((p) => p.map((t) => t.key)).filter((k) => k !== ''));
  }
  return undefined;
}
