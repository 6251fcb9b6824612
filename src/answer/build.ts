/**
 * The answers the engine hands the front ends, built as plain data: every field (label, the quoted
 * parts, their highlights, the gloss, the context, who made the rendering) is an own property with a
 * value, so a spread copy, `structuredClone` or a JSON round trip of an answer keeps all of it.
 *
 * ```ts
 * const answers = createAnswerBuilder(index);
 * const a = answers.answer(gid, 1.5, query.units, [gid, gid + 1]);   // a quotation over two sentences
 * a.label;                    // "23–24.1"
 * a.parts[0]?.highlights;     // where the question's words are in the first sentence
 * ```
 *
 * The engine decides which sentences answer (src/search, src/conversation); this module only says how
 * an answer looks: the highlighter (which words of a sentence match the question) and the gloss (the
 * English of an Arabic sentence's matched words) live here.
 */
import { withoutNameParts } from '../search/concepts.js';
import { conceptKey, contentTokens, type IndexedSentence, type SearchIndex } from '../search/index.js';
import { PHRASE_KEY, type QueryUnit } from '../search/query.js';
import type { Token } from '../text/analyzer.js';
import { hasLettersOf } from '../text/languages.js';
import { mergeSpans } from '../text/spans.js';
import type { Answer, GlossItem, Lang, QuotedPart, SentenceView, Span, StoryInfo } from '../types.js';

/** Builds answers and sentence views over one index (a new index gets a new builder). */
export interface AnswerBuilder {
  /** A sentence as front ends see it, by its index position (gid). */
  view(gid: number): SentenceView;
  /**
   * One cited answer as plain data: the sentence `gid` scored `score`, quoted with the sentences of
   * `span` (itself alone, or it and a neighbour its quotation runs over), highlighted for `units`.
   */
  answer(gid: number, score: number, units: readonly QueryUnit[], span?: readonly [number, number]): Answer;
  /** Spans of `text` that match the question: content words with a matching key, and concept forms. */
  highlight(text: string, units: readonly QueryUnit[]): Span[];
  /**
   * The other language's word for each matched word of a sentence in `lang` (Arabic by default), in
   * sentence order: the English of an Arabic sentence's words, the Arabic of an English one's. A name
   * gets the question's own spelling when the question is in the other script ("بيسكوف = Peskov",
   * "Beyoncé = بيونسيه"), any other word the dictionary's first word. At most GLOSS_WORDS items; numbers
   * and words in the other script need none.
   */
  gloss(text: string, units: readonly QueryUnit[], lang?: Lang): GlossItem[];
}

/** Most words glossed under one quote. */
export const GLOSS_WORDS = 6;

/** Sentences whose analysis is kept for highlighting (about 1 KB each). */
const ANALYSIS_CACHE = 4096;

/** A sentence's analysis, as the highlighter needs it: where each index key occurs (words and concepts). */
type Analysed = ReadonlyMap<string, readonly Span[]>;

/**
 * The keys a question's units highlight: every alternative's, and each word of a phrase key (a
 * translation in several words). Gathered in loops: `flatMap` made two arrays an alternative, once for
 * every question answered.
 */
function highlightKeys(units: readonly QueryUnit[]): Set<string> {
  const keys = new Set<string>();
  for (const u of units)
    for (const a of u.alts)
      if (a.key.startsWith(PHRASE_KEY)) for (const w of a.key.slice(PHRASE_KEY.length).split(' ')) keys.add(w);
      else keys.add(a.key);
  return keys;
}

/**
 * An answer builder over `index`. It keeps the analysis of the sentences cited most recently (answers
 * repeat, and re-analysing a sentence costs more than the rest of a question), so build one per index
 * and replace it with the index.
 */
export function createAnswerBuilder(index: SearchIndex): AnswerBuilder {
  const analysisCache = new Map<string, Analysed>();
  /** Keys of a question's units: the answers of one question share its units, so they are gathered once. */
  const unitKeys = new WeakMap<readonly QueryUnit[], ReadonlySet<string>>();

  const analysed = (text: string): Analysed => {
    const hit = analysisCache.get(text);
    if (hit) return hit;
    const content = contentTokens(index.analyzer.analyze(text));
    const value: Map<string, Span[]> = new Map();
    // Spans are frozen: every question that cites the sentence reads the same ones.
    const add = (key: string, t: Token | undefined) => {
      if (t === undefined) return;
      const span = Object.freeze({ start: t.start, end: t.end });
      const spans = value.get(key);
      if (spans === undefined) value.set(key, [span]);
      else spans.push(span);
    };
    for (const t of content) add(t.key, t);
    for (const h of withoutNameParts(index.concepts.find(content))) for (let i = h.first; i <= h.last; i++) add(conceptKey(h), content[i]);
    if (analysisCache.size >= ANALYSIS_CACHE) analysisCache.delete(analysisCache.keys().next().value as string);
    analysisCache.set(text, value);
    return value;
  };

  const highlight = (text: string, units: readonly QueryUnit[]): Span[] => {
    let keys = unitKeys.get(units);
    if (keys === undefined) {
      keys = highlightKeys(units);
      unitKeys.set(units, keys);
    }
    const byKey = analysed(text);
    const spans: Span[] = [];
    // Through the smaller of the two: a question's keys (every alternative of every word) are often
    // ten times a sentence's. mergeSpans sorts and joins, so the order spans come in does not matter.
    if (byKey.size < keys.size) {
      for (const [key, found] of byKey) if (keys.has(key)) for (const span of found) spans.push(span);
    } else
      for (const key of keys) {
        const found = byKey.get(key);
        if (found !== undefined) for (const span of found) spans.push(span);
      }
    return mergeSpans(spans);
  };

  // The dictionary's first word for a matched word, by the alternative's key when it is one of the
  // sentence's language, else by the word itself.
  const dictionaryGloss = (key: string, word: string, lang: Lang): string | undefined => {
    const own = key.startsWith(`${lang}:`) ? key : `${lang}:${lang === 'en' ? word.toLowerCase() : word}`;
    return (lang === 'ar' ? index.dictionary?.glossOf(own) : index.dictionary?.glossOfEnglish(own))?.[0];
  };
  const gloss = (text: string, units: readonly QueryUnit[], lang: Lang = 'ar'): GlossItem[] => {
    const byKey = analysed(text);
    const found: Array<GlossItem & { start: number }> = [];
    const seen = new Set<number>();
    // Words in the sentence's language are glossed into the other: an Arabic story's for an English
    // reader, an English story's for an Arabic one.
    const into: Lang = lang === 'ar' ? 'en' : 'ar';
    for (const u of units) {
      // A name asked in the reader's script is glossed with the reader's own spelling of it. Not a
      // concept carried from an answer shown, whose label is its id (c:auto-dnr → "auto-dnr"): an
      // internal name the reader never wrote, once shown as "دينارا = auto-dnr".
      const ownLabel = hasLettersOf(u.label, into) && !hasLettersOf(u.label, lang) && `c:${u.label}` !== u.key;
      for (const a of u.alts) {
        // The words of a name are one item ("ديمتري بيسكوف = Peskov").
        for (const span of joinWords(byKey.get(a.key) ?? [], text)) {
          if (seen.has(span.start)) continue;
          const word = text.slice(span.start, span.end);
          if (!hasLettersOf(word, lang)) continue;
          const gloss = ownLabel ? u.label : (dictionaryGloss(a.key, word, lang) ?? '');
          if (gloss === '') continue;
          seen.add(span.start);
          // A word the sentence writes twice is glossed once.
          if (found.some((f) => f.word === word && f.gloss === gloss)) continue;
          found.push({ word, gloss, start: span.start });
        }
      }
    }
    return found
      .sort((x, y) => x.start - y.start)
      .slice(0, GLOSS_WORDS)
      .map(({ word, gloss }) => Object.freeze({ word, gloss }));
  };

  const view = (gid: number): SentenceView => {
    const s = index.sentences[gid] as IndexedSentence;
    const info = index.stories[s.story]?.info as StoryInfo;
    const story = info.id;
    const { ref, paragraph, text, start, end } = s.sentence;
    if (s.translation === undefined) return { story, ref, paragraph, text, start, end };
    return { story, ref, paragraph, text, start, end, translation: s.translation, translationKind: info.translation ?? 'project' };
  };

  /** The sentences before and after a span of sentences, within its story. */
  const contextOf = (from: number, to: number): Answer['context'] => {
    const story = (index.sentences[from] as IndexedSentence).story;
    const before = index.sentences[from - 1]?.story === story ? view(from - 1) : undefined;
    const after = index.sentences[to + 1]?.story === story ? view(to + 1) : undefined;
    // Written out, not spread from optional objects: an object spread is a slow path, and every answer has a context.
    if (before === undefined) return after === undefined ? {} : { after };
    return after === undefined ? { before } : { before, after };
  };

  const answer = (gid: number, score: number, units: readonly QueryUnit[], span: readonly [number, number] = [gid, gid]): Answer => {
    const parts: QuotedPart[] = [];
    let own: QuotedPart | undefined;
    for (let g = span[0]; g <= span[1]; g++) {
      const v = view(g);
      const part = plainPart(v, highlight(v.text, units), v.translation === undefined ? [] : highlight(v.translation, units));
      if (g === gid) own = part;
      parts.push(part);
    }
    const { story, ref, paragraph, text, translation, translationKind, start, end, highlights, translationHighlights } = own as QuotedPart;
    // Both labels of a span, joined by an en dash: "23–24.1".
    const label = span[0] === span[1] ? ref : `${view(span[0]).ref}–${view(span[1]).ref}`;
    // The words of every quoted sentence that has no rendering, in order.
    const lang = index.stories[(index.sentences[gid] as IndexedSentence).story]?.info.language ?? 'ar';
    const glossItems = parts.flatMap((p) => (p.translation === undefined ? gloss(p.text, units, lang) : [])).slice(0, GLOSS_WORDS);
    return {
      story,
      ref,
      paragraph,
      text,
      ...(translation === undefined ? {} : { translation }),
      ...(translationKind === undefined ? {} : { translationKind }),
      start,
      end,
      score,
      highlights,
      translationHighlights,
      context: contextOf(span[0], span[1]),
      label,
      parts,
      gloss: glossItems,
    };
  };

  return { view, answer, highlight, gloss };
}

/** One quoted sentence as plain data. */
function plainPart(v: SentenceView, highlights: readonly Span[], translationHighlights: readonly Span[]): QuotedPart {
  const { story, ref, paragraph, text, start, end } = v;
  if (v.translation === undefined) return { story, ref, paragraph, text, start, end, highlights, translationHighlights };
  const kind = v.translationKind === undefined ? {} : { translationKind: v.translationKind };
  return { story, ref, paragraph, text, translation: v.translation, ...kind, start, end, highlights, translationHighlights };
}

/** Spans in order, those separated only by spaces joined (the words of one name). */
function joinWords(spans: readonly Span[], text: string): Span[] {
  const out: Span[] = [];
  for (const s of mergeSpans(spans)) {
    const last = out.at(-1);
    if (last !== undefined && /^\s*$/.test(text.slice(last.end, s.start))) out[out.length - 1] = { start: last.start, end: s.end };
    else out.push(s);
  }
  return out;
}
