/**
 * The search index: every sentence of every story, keyed by its Arabic stems, the English stems of its
 * rendering, the numbers it holds and the lexicon concepts it mentions, in one inverted index.
 * A question touches only the posting lists of its own keys, never every sentence.
 */
import type { LexiconEntry } from '../knowledge/lexicon.js';
import type { AnswerType, Knowledge } from '../knowledge/load.js';
import type { Sentence } from '../knowledge/segment.js';
import type { LoadedStory } from '../knowledge/story.js';
import { type Analyzer, createAnalyzer, type Token } from '../text/analyzer.js';
import type { Dictionary } from '../text/dictionary.js';
import { stemEnglish } from '../text/english.js';
import { foldLatin } from '../text/normalize.js';
import { latinSkeleton } from '../text/transliterate.js';
import { ConceptMatcher, withoutNameParts } from './concepts.js';
import type { SearchOptions } from './defaults.js';
import type { WordMatches } from './query.js';
import { findNames } from './names.js';
import { skeletonOfArabicWord, Vocabulary } from './vocabulary.js';

/** A sentence in the index. */
export interface IndexedSentence {
  /** Global position: sentences of one story are consecutive. */
  readonly gid: number;
  /** Index of its story in `SearchIndex.stories`. */
  readonly story: number;
  readonly sentence: Sentence;
  readonly translation?: string;
}

/** Phrases indexed by their first folded word, for scanning a question once. */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Array<{ words: readonly string[]; value: T }>>();

  add(words: readonly string[], value: T): void {
    const first = words[0];
    if (first === undefined) return;
    const list = this.byFirst.get(first) ?? [];
    list.push({ words, value });
    this.byFirst.set(first, list);
  }

  /** Every phrase occurrence in `words`: its value and the positions it covers. */
  scan(words: readonly string[]): Array<{ value: T; from: number; to: number }> {
    const found: Array<{ value: T; from: number; to: number }> = [];
    for (let i = 0; i < words.length; i++) {
      const phrases = this.byFirst.get(words[i] as string);
      if (phrases === undefined) continue;
      for (const p of phrases) {
        if (i + p.words.length <= words.length && p.words.every((w, j) => words[i + j] === w)) found.push({ value: p.value, from: i, to: i + p.words.length });
      }
    }
    return found;
  }
}

/** Word lists of knowledge/dialogue.json, folded once when the index is built. */
export interface FoldedDialogue {
  readonly more: ReadonlySet<string>;
  readonly personPronouns: ReadonlySet<string>;
  readonly thingPronouns: ReadonlySet<string>;
  readonly followUp: readonly (readonly string[])[];
  readonly other: ReadonlySet<string>;
  readonly smallTalk: PhraseTable<true>;
}

function foldDialogue(d: Knowledge['dialogue'], analyzer: Analyzer): FoldedDialogue {
  const both = (r: Record<'en' | 'ar', readonly string[]>) => [...r.en, ...r.ar].map((x) => analyzer.fold(x)).filter((x) => x !== '');
  const smallTalk = new PhraseTable<true>();
  for (const p of both(d.smallTalk)) smallTalk.add(p.split(' '), true);
  return {
    more: new Set(both(d.more)),
    personPronouns: new Set(both(d.personPronouns)),
    thingPronouns: new Set(both(d.thingPronouns)),
    followUp: both(d.followUp).map((p) => p.split(' ')),
    other: new Set(both(d.other)),
    smallTalk,
  };
}

/** Answer types compiled against the index. */
export interface CompiledAnswerType {
  readonly id: string;
  /** Folded question phrases, each a list of folded words. */
  readonly ask: readonly (readonly string[])[];
  /** Sentences that supply this kind of answer, by gid (1 = yes). */
  readonly supplied: Uint8Array;
  /** Whether the asking words are taken out of the question's content words. */
  readonly consume: boolean;
  /** Relative strength of the bonus. */
  readonly weight: number;
}

/** Everything retrieval needs, built once at start-up. */
export interface SearchIndex {
  readonly stories: readonly LoadedStory[];
  readonly sentences: readonly IndexedSentence[];
  /** First gid of each story, and one past the last story's last gid: story i is [start[i], start[i+1]). */
  readonly storyStart: Uint32Array;
  readonly postings: ReadonlyMap<string, Uint32Array>;
  readonly analyzer: Analyzer;
  readonly concepts: ConceptMatcher;
  readonly vocab: { readonly en: Vocabulary; readonly ar: Vocabulary };
  /** English key → keys of story words that are its WordNet synonyms. */
  readonly synonyms: ReadonlyMap<string, readonly string[]>;
  readonly answerTypes: readonly CompiledAnswerType[];
  /** The question phrases of every answer type. */
  readonly askPhrases: PhraseTable<CompiledAnswerType>;
  /** The dialogue words (knowledge/dialogue.json), folded like questions are. */
  readonly dialogue: FoldedDialogue;
  readonly knowledge: Knowledge;
  /**
   * What each question word may match, remembered per search options and word (query.ts fills it):
   * finding a typo's correction is most of the cost of reading a question, and words repeat.
   */
  readonly alternativesMemo: WeakMap<SearchOptions, Map<string, WordMatches>>;
  /** How many sentences match any of a unit's keys, by the keys joined with spaces (query.ts fills it). */
  readonly unionMemo: Map<string, number>;
  /** Whether a word of a story can be reached from the other language (a translation or a name's spelling). */
  bridged(t: Token): boolean;
  /** The English ↔ Arabic dictionary, when the knowledge folder has one. */
  readonly dictionary: Dictionary | undefined;
  /** Names found in stories without a lexicon entry (src/search/names.ts). */
  readonly names: readonly LexiconEntry[];
  /** Keys of the words of people's, places' and organisations' names: what a transliteration may match. */
  readonly nameKeys: ReadonlySet<string>;
}

/** The keys of every word of the names (not roles) of people, places and organisations. */
function nameKeysOf(entries: readonly LexiconEntry[], analyzer: Analyzer): Set<string> {
  const keys = new Set<string>();
  for (const e of entries) {
    if (e.kind !== 'person' && e.kind !== 'place' && e.kind !== 'org') continue;
    for (const f of [...e.en, ...e.ar]) for (const t of contentTokens(analyzer.analyze(f))) keys.add(t.key);
  }
  return keys;
}

/**
 * The names of every story that the lexicon does not already know: a story's vocabulary.jsonl when
 * `add-story` wrote one, or found now. A name found in several stories is one concept.
 */
function storyNames(knowledge: Knowledge, analyzer: Analyzer, translated: (key: string) => boolean): LexiconEntry[] {
  const known = new ConceptMatcher(knowledge.lexicon, analyzer);
  const dictionary = knowledge.dictionary;
  const nameInDictionary = (arKey: string, skeleton: string) =>
    // Only the dictionary's first word counts: a common word may list a transliteration further down (سلام → "salaam").
    skeleton.length >= 2 && latinSkeleton(dictionary?.glossOf(arKey)[0] ?? '') === skeleton;
  const evidence = { analyzer, cues: knowledge.nameCues, commonEnglish: knowledge.commonEnglish, translated, nameInDictionary };
  const byId = new Map<string, LexiconEntry>();
  for (const story of knowledge.stories) {
    for (const e of story.vocabulary ?? findNames(story, evidence)) {
      // A name the lexicon already has (by any of its forms) is the lexicon's concept.
      if ([...e.en, ...e.ar].some((f) => known.find(contentTokens(analyzer.analyze(f))).length > 0)) continue;
      const prev = byId.get(e.id);
      if (prev === undefined) byId.set(e.id, e);
      else if (prev.kind === e.kind) byId.set(e.id, { ...prev, en: [...new Set([...prev.en, ...e.en])], ar: [...new Set([...prev.ar, ...e.ar])] });
    }
  }
  return [...byId.values()];
}

/** The index key of a concept found in a sentence: "c:" by name, "r:" by role only. */
export function conceptKey(hit: { readonly id: string; readonly role: boolean }): string {
  return `${hit.role ? 'r' : 'c'}:${hit.id}`;
}

/** Content tokens of a text: stop words and unkeyed tokens removed. */
export function contentTokens(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => !t.stop && t.key !== '');
}

// Arabic drops a pronoun subject ("لم يحدد موعدًا", "he did not set a date"); a rendering that opens on
// a pronoun says it, and continues the sentence before.
const CONTINUING_PRONOUN = /^(He|She|They|His|Her|Their)\b/;

// Opening quotation marks: “ « " ‘.
const OPENS_QUOTE = /^[“«"‘]/;

/** Whether a sentence continues the one before it: a quotation, a later sentence of its paragraph, or one opening on a verb of saying with no named subject. */
function continues(s: Sentence, tokens: readonly Token[], concepts: ConceptMatcher): boolean {
  if (s.position > 1 || OPENS_QUOTE.test(s.text)) return true;
  const content = contentTokens(tokens).slice(0, 2);
  return concepts.find(content).some((h) => h.first === 0 && h.kind === 'action');
}

function keysOf(concepts: ConceptMatcher, parts: readonly Token[][], people?: string[]): Set<string> {
  const keys = new Set<string>();
  for (const tokens of parts) {
    const content = contentTokens(tokens);
    for (const t of content) {
      keys.add(t.key);
      for (const v of t.variants) keys.add(v);
    }
    for (const hit of withoutNameParts(concepts.find(content))) {
      keys.add(conceptKey(hit));
      if (people && hit.kind === 'person' && !people.includes(hit.id)) people.push(hit.id);
    }
  }
  return keys;
}

/** Builds the index from loaded knowledge. */
export function buildIndex(knowledge: Knowledge): SearchIndex {
  const protectedArabic = knowledge.lexicon.filter((e) => e.kind !== 'topic' && e.kind !== 'action').flatMap((e) => e.ar);
  const analyzer = createAnalyzer({ stopwords: knowledge.stopwords, protectedArabic });
  const dictionary = knowledge.dictionary;
  const translated = (key: string) => (dictionary ? (key.startsWith('ar:') ? dictionary.englishFor(key) : dictionary.arabicFor(key)).length > 0 : false);
  const names = storyNames(knowledge, analyzer, translated);
  const concepts = new ConceptMatcher([...knowledge.lexicon, ...names], analyzer);
  const vocab = { en: new Vocabulary(), ar: new Vocabulary() };
  const lists = new Map<string, number[]>();
  const affiliations = new Map(knowledge.lexicon.filter((e) => e.of.length > 0).map((e) => [e.id, e.of]));
  const sentences: IndexedSentence[] = [];

  const addWords = (tokens: readonly Token[]) => {
    for (const t of tokens) {
      if (t.stop || t.key === '') continue;
      // A name with a clitic in front (بموسكو) is spelled by the name alone (موسكو).
      if (t.script === 'ar' && !vocab.ar.has(t.norm)) vocab.ar.add(t.norm, t.key, skeletonOfArabicWord(t.norm.endsWith(t.key.slice(3)) ? t.key.slice(3) : t.norm));
      else if (t.script === 'latin' && !vocab.en.has(t.norm)) vocab.en.add(t.norm, t.key, latinSkeleton(t.norm));
    }
  };

  knowledge.stories.forEach((story, si) => {
    let speakers: readonly string[] = [];
    for (const s of story.sentences) {
      const translation = story.translations.get(s.ref);
      const gid = sentences.length;
      sentences.push(translation === undefined ? { gid, story: si, sentence: s } : { gid, story: si, sentence: s, translation });
      const parts = translation === undefined ? [analyzer.analyzeWords(s.text)] : [analyzer.analyzeWords(s.text), analyzer.analyzeWords(translation)];
      for (const tokens of parts) addWords(tokens);
      const people: string[] = [];
      const keys = keysOf(concepts, parts, people);
      // The speaker carries into a sentence that continues them without naming anyone: the rest of a
      // quotation ("“… this region.”"), a later sentence of the paragraph, "He said: …". A sentence
      // whose subject is a pronoun ("He did not set a date for a meeting with Putin") continues its
      // speaker even when it names someone else.
      const pronoun = translation !== undefined && CONTINUING_PRONOUN.test(translation);
      const carried: string[] = [];
      if (speakers.length > 0 && (pronoun || (people.length === 0 && continues(s, parts[0] as Token[], concepts)))) {
        for (const id of speakers) {
          if (people.includes(id)) continue;
          keys.add(`s:${id}`);
          carried.push(id);
        }
      } else if (!pronoun) {
        speakers = people;
      }
      // Whoever a sentence is about, their organisation or country is (weakly) too.
      if (affiliations.size > 0) {
        for (const id of people.length > 0 ? people : carried) for (const org of affiliations.get(id) ?? []) keys.add(`a:${org}`);
      }
      for (const key of keys) {
        const list = lists.get(key);
        if (list) list.push(gid);
        else lists.set(key, [gid]);
      }
    }
  });
  // Lexicon words are vocabulary too, so a typo of a name absent from the stories is still corrected
  // (and then reported as not in the story, by its right name).
  for (const e of knowledge.lexicon) {
    for (const f of [...e.en, ...e.ar, ...e.roles.en, ...e.roles.ar]) addWords(analyzer.analyze(f));
  }

  const postings = new Map<string, Uint32Array>();
  for (const [k, v] of lists) postings.set(k, Uint32Array.from(v));

  const synonyms = new Map<string, string[]>();
  for (const [word, targets] of knowledge.synonyms) {
    const key = `en:${stemEnglish(foldLatin(word))}`;
    const tk = [...new Set(targets.map((t) => `en:${stemEnglish(foldLatin(t))}`))].filter((k) => k !== key);
    if (tk.length > 0) synonyms.set(key, [...new Set([...(synonyms.get(key) ?? []), ...tk])]);
  }

  const answerTypes = knowledge.answerTypes.map((t) => compileAnswerType(t, analyzer, concepts, postings, sentences));
  const starts: number[] = [];
  sentences.forEach((s, gid) => {
    if (gid === 0 || (sentences[gid - 1] as IndexedSentence).story !== s.story) starts.push(gid);
  });
  starts.push(sentences.length);
  const storyStart = Uint32Array.from(starts);
  const askPhrases = new PhraseTable<CompiledAnswerType>();
  for (const t of answerTypes) for (const p of t.ask) askPhrases.add(p, t);
  return {
    stories: knowledge.stories,
    sentences,
    storyStart,
    postings,
    analyzer,
    concepts,
    vocab,
    synonyms,
    answerTypes,
    askPhrases,
    dialogue: foldDialogue(knowledge.dialogue, analyzer),
    knowledge,
    alternativesMemo: new WeakMap(),
    unionMemo: new Map(),
    dictionary,
    names,
    nameKeys: nameKeysOf([...knowledge.lexicon, ...names], analyzer),
    // A word reaches the other language through the dictionary, or as a name (by its spelling).
    bridged: (t) => t.script === 'digit' || translated(t.key) || t.variants.some(translated) || concepts.formKeys.has(t.key),
  };
}

// Quotation marks: “ ” « » and the plain double quote.
const QUOTE = /[“”«»"]/;

function compileAnswerType(
  t: AnswerType,
  analyzer: Analyzer,
  concepts: ConceptMatcher,
  postings: ReadonlyMap<string, Uint32Array>,
  sentences: readonly IndexedSentence[],
): CompiledAnswerType {
  const supplied = new Uint8Array(sentences.length);
  const mark = (key: string) => {
    for (const gid of postings.get(key) ?? []) supplied[gid] = 1;
  };
  for (const cue of [...t.cue.en, ...t.cue.ar]) {
    for (const tok of analyzer.analyze(cue)) if (tok.key !== '') mark(tok.key);
  }
  if (t.numbers) for (const key of postings.keys()) if (key.startsWith('n:')) mark(key);
  for (const [id, kind] of concepts.kinds) {
    if (t.kinds.includes(kind)) {
      mark(`c:${id}`);
      mark(`r:${id}`);
    }
  }
  if (t.quotes)
    sentences.forEach((s, gid) => {
      if (QUOTE.test(s.sentence.text)) supplied[gid] = 1;
    });
  const ask = [...t.ask.en, ...t.ask.ar].map((p) =>
    analyzer
      .fold(p)
      .split(' ')
      .filter((w) => w !== ''),
  );
  return { id: t.id, ask, supplied, consume: t.consume, weight: t.weight };
}
