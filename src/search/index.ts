/**
 * The search index: every sentence of every story, keyed by its Arabic stems, the English stems of its
 * rendering, the numbers it holds and the lexicon concepts it mentions, in one inverted index.
 * A question touches only the posting lists of its own keys, never every sentence.
 */
import { CONCEPT_KINDS, type ConceptKind, type LexiconEntry } from '../knowledge/lexicon.js';
import type { AnswerType, Knowledge } from '../knowledge/load.js';
import type { Sentence } from '../knowledge/segment.js';
import type { LoadedStory } from '../knowledge/story.js';
import { type Analyzer, createAnalyzer, type Token } from '../text/analyzer.js';
import { arabicRoot } from '../text/arabic.js';
import { arabicFallbackKeys, type Dictionary } from '../text/dictionary.js';
import { englishLemmas, stemEnglish } from '../text/english.js';
import { LANGUAGE_CODES, type PerLanguage } from '../text/languages.js';
import { foldLatin } from '../text/normalize.js';
import { arabicSkeleton, latinSkeleton } from '../text/transliterate.js';
import { ConceptMatcher, withoutNameParts } from './concepts.js';
import { writesCount, writesDate } from './counts.js';
import { SEARCH_DEFAULTS } from './defaults.js';
import { type NameCacheStatus, nameEvidenceFingerprint, namesThroughCache } from './name-cache.js';
import { AUTO_PREFIX, findNames, type NameEvidence, skeletonOfLatinId, storyWords } from './names.js';
import { editDistance, skeletonOfArabicWord, Vocabulary } from './vocabulary.js';

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
  /** The phrases of `groupPronouns` of more than one word ("each other", "one another"). */
  readonly reciprocals: readonly (readonly string[])[];
  readonly smallTalk: PhraseTable<true>;
  /** Words placing what is asked after something else ("after", بعد): see QueryUnit.after. */
  readonly after: ReadonlySet<string>;
  /** Arabic "who" (من) opening a question: it asks for a person (see PERSON_ANSWER in query.ts). */
  readonly whoArabic: ReadonlySet<string>;
  /** "who", من, either language (see `authoring`). */
  readonly who: ReadonlySet<string>;
  /** Verbs of making a text ("wrote", كتب): see SearchOptions.authorWho. */
  readonly authoring: ReadonlySet<string>;
  /** Copulas (هو, هي): "من هو X؟" asks who X is, not for someone else. */
  readonly copulas: ReadonlySet<string>;
  /** Arabic "what / which" (ما, أي): before a noun and a relative pronoun it asks for a name (see NAME_ANSWER in query.ts). */
  readonly whichArabic: ReadonlySet<string>;
  /** Arabic relative pronouns (الذي, التي). */
  readonly relatives: ReadonlySet<string>;
  /** English question words and auxiliaries (`questionWords`: "did", "are", "has"): see SearchOptions.countedHead. */
  readonly questionEn: ReadonlySet<string>;
}

function foldDialogue(d: Knowledge['dialogue'], analyzer: Analyzer): FoldedDialogue {
  const both = (r: PerLanguage<readonly string[]>) =>
    LANGUAGE_CODES.flatMap((code) => r[code])
      .map((x) => analyzer.fold(x))
      .filter((x) => x !== '');
  const smallTalk = new PhraseTable<true>();
  for (const p of both(d.smallTalk)) smallTalk.add(p.split(' '), true);
  return {
    more: new Set(both(d.more)),
    personPronouns: new Set(both(d.personPronouns)),
    thingPronouns: new Set(both(d.thingPronouns)),
    followUp: both(d.followUp).map((p) => p.split(' ')),
    other: new Set(both(d.other)),
    reciprocals: both(d.groupPronouns)
      .map((p) => p.split(' '))
      .filter((p) => p.length > 1),
    smallTalk,
    after: new Set(both(d.afterWords)),
    whoArabic: new Set(d.whoWords.ar.map((x) => analyzer.fold(x)).filter((x) => x !== '')),
    who: new Set(both(d.whoWords)),
    authoring: new Set(both(d.authorVerbs)),
    copulas: new Set(both(d.copulas)),
    whichArabic: new Set(d.whichWords.ar.map((x) => analyzer.fold(x)).filter((x) => x !== '')),
    relatives: new Set(d.relativePronouns.ar.map((x) => analyzer.fold(x)).filter((x) => x !== '')),
    questionEn: new Set(d.questionWords.en.map((x) => analyzer.fold(x)).filter((x) => x !== '')),
  };
}

/** Answer types compiled against the index. */
export interface CompiledAnswerType {
  readonly id: string;
  /** Folded question phrases, each a list of folded words. */
  readonly ask: readonly (readonly string[])[];
  /**
   * Sentences that supply this kind of answer, by gid: read it through `suppliesAt`. 1 = yes; for a
   * type with a numberKind, a sentence that holds a number is marked NUMBER_UNREAD and read on first
   * use (NUMBER_YES / NUMBER_NO), since reading every sentence's numbers at start-up cost about a tenth
   * of the start-up at 1,000 stories.
   */
  readonly supplied: Uint8Array;
  /** Whether the asking words are taken out of the question's content words. */
  readonly consume: boolean;
  /** Relative strength of the bonus. */
  readonly weight: number;
  /** Keys of the words that supply it, and the other ways a sentence does (to mark sentences added later). */
  readonly cueKeys: ReadonlySet<string>;
  readonly numbers: boolean;
  /** Which numbers supply it, when not any (AnswerType.numberKind). */
  readonly numberKind: 'counts' | 'dates' | undefined;
  readonly kinds: readonly string[];
  readonly quotes: boolean;
  /** Whether a sentence writing an acronym in brackets supplies it (AnswerType.acronyms). */
  readonly acronyms: boolean;
  /** The phrases that supply it, as one expression over a sentence's text (AnswerType.phrases). */
  readonly phrases: RegExp | undefined;
  /** The patterns that supply it, as one expression over a sentence's text (AnswerType.patterns). */
  readonly patterns: RegExp | undefined;
  /** The tunable that switched its patterns on, when they add to other means (AnswerType.patternsOption). */
  readonly patternsOption: string | undefined;
  /** Whether the question names what it counts after its asking words (AnswerType.counted). */
  readonly counted: boolean;
  /**
   * For a fresh type (see `fresh`), by gid, how many different names of its kinds (`c:` keys) and
   * numbers (`n:` keys) supply it in each sentence; a question that writes fewer of them than that is
   * supplied by one it does not write (rank.ts). Counts, not lists: a list per sentence cost about
   * 12 MB of heap and a tenth of the start-up at 1,000 stories. Empty for other types.
   */
  readonly suppliers: Uint8Array;
  /** For a fresh type, by gid, 1 when a cue word or a quotation supplies it, which no question writes. */
  readonly byWord: Uint8Array;
  /** Whether only a name the question does not write supplies it (AnswerType.fresh). */
  readonly fresh: boolean;
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
  /** Whether a word of a story can be reached from the other language (a translation or a name's spelling). */
  bridged(t: Token): boolean;
  /** The English ↔ Arabic dictionary, when the knowledge folder has one. */
  readonly dictionary: Dictionary | undefined;
  /** Names found in stories without a lexicon entry (src/search/names.ts). */
  readonly names: readonly LexiconEntry[];
  /** Each story's own names as found (or as its vocabulary.jsonl gives them), by story id. */
  readonly namesByStory: ReadonlyMap<string, readonly LexiconEntry[]>;
  /** What the name cache did at start-up (src/search/name-cache.ts); absent when the knowledge has no cache folder. */
  readonly nameCache?: NameCacheStatus;
  /**
   * Stories whose names were left for later (BuildOptions.deferNames): neither a vocabulary.jsonl nor
   * the name cache gave them, so this index matches their names by their words alone. Absent when none.
   */
  readonly namesPending?: readonly LoadedStory[];
  /** Keys of the words that name people, places and organisations alone: what a transliteration may match. */
  readonly nameKeys: ReadonlySet<string>;
  /** Keys of words only ever used before another name word (first names): they name someone only with it. */
  readonly firstNameKeys: ReadonlySet<string>;
  /**
   * Concept keys of names of several words by the consonant skeleton of the whole ("Notre Dame" →
   * "ntrdm"), for a name the other script writes as one word (نوتردام).
   */
  readonly nameSkeletons: ReadonlyMap<string, string>;
  /**
   * Keys of the stories' Latin words written with a capital inside a sentence: names, and titles or
   * brands that are also common words ("Telephone", "Destiny's Child", Apple), which Arabic writes by
   * their sound (تليفون). What an Arabic word the dictionary cannot translate may spell.
   */
  readonly capitalised: ReadonlySet<string>;
}

/**
 * The keys of the words of the names (not roles) of people, places and organisations: `own`, those
 * that name someone alone (a family name, a one-word name), and `first`, those only ever followed by
 * another (دونالد in دونالد ترامب, فرانس in فرانس برس): "Donald Trump" may find the person, "France"
 * alone must not find the news agency.
 */
function nameKeysOf(entries: readonly LexiconEntry[], analyzer: Analyzer): { own: Set<string>; first: Set<string> } {
  const own = new Set<string>();
  const first = new Set<string>();
  for (const e of entries) {
    if (e.kind !== 'person' && e.kind !== 'place' && e.kind !== 'org') continue;
    for (const f of [...e.en, ...e.ar]) {
      const keys = contentTokens(analyzer.analyze(f)).map((t) => t.key);
      for (let i = 0; i < keys.length; i++) (i === keys.length - 1 ? own : first).add(keys[i] as string);
    }
  }
  for (const k of own) first.delete(k);
  return { own, first };
}

/** Whole-name skeletons of the names of several words (see SearchIndex.nameSkeletons). */
function nameSkeletonsOf(entries: readonly LexiconEntry[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entries) {
    if (e.kind !== 'person' && e.kind !== 'place' && e.kind !== 'org') continue;
    for (const f of e.en) {
      const words = foldLatin(f)
        .split(/[^a-z]+/)
        .filter((w) => w !== '');
      if (words.length < 2) continue;
      const sk = latinSkeleton(words.join(''));
      if (sk.length >= 4 && !out.has(sk)) out.set(sk, `c:${e.id}`);
    }
    for (const f of e.ar) {
      const words = f.split(/\s+/).filter((w) => w !== '');
      if (words.length < 2) continue;
      const sk = skeletonOfArabicWord(words.join(''));
      if (sk.length >= 4 && !out.has(sk)) out.set(sk, `c:${e.id}`);
    }
  }
  return out;
}

/**
 * What name finding reads besides a story (src/search/names.ts): the analyzer, the cues and word
 * lists, and the dictionary's verdicts, remembered across the stories of one start.
 */
function nameEvidenceOf(knowledge: Knowledge, analyzer: Analyzer, translated: (key: string) => boolean): NameEvidence {
  const dictionary = knowledge.dictionary;
  // Only the dictionary's first word counts: a common word may list a transliteration further down
  // (سلام → "salaam"). A word with a common English translation is that word, whatever its first
  // gloss spells (دول → "dole", "state").
  // A first word that is an English name (مصر → Egypt, لبنان → Lebanon) makes a name however it is
  // spelled, whatever rarer senses follow (مصر, "insistent").
  const nameInDictionary = (arKey: string, skeleton: string) => {
    const glosses = dictionary?.glossOf(arKey) ?? [];
    const first = glosses[0] ?? '';
    if (knowledge.englishNames.has(first)) return true;
    return skeleton.length >= 2 && latinSkeleton(first) === skeleton && !glosses.some((g) => knowledge.commonEnglish.has(g));
  };
  // An Arabic dictionary phrase is a place when its first English rendering ends in an English place
  // name (Saudi Arabia, South Africa; as for a word, only the first counts): remembered per first key,
  // as every story asks again.
  const phrasePlaces = new Map<string, readonly (readonly string[])[]>();
  const placePhrases = (firstKey: string) => {
    let found = phrasePlaces.get(firstKey);
    if (found === undefined) {
      found = (dictionary?.phrasesFromArabic(firstKey) ?? [])
        .filter((p) => knowledge.englishNames.has(p.translations[0]?.surface.split(' ').at(-1) ?? ''))
        .map((p) => p.keys);
      phrasePlaces.set(firstKey, found);
    }
    return found;
  };
  const nameGloss = (arKey: string) => {
    const first = dictionary?.glossOf(arKey)[0] ?? '';
    return knowledge.englishNames.has(first) ? first : '';
  };
  // Every English word the dictionary gives for an Arabic key is a name (اديس: Addis, Addison, Edison).
  const onlyNames = (arKey: string) => {
    const glosses = dictionary?.glossOf(arKey) ?? [];
    return glosses.length > 0 && glosses.every((g) => !knowledge.commonEnglish.has(g) && !knowledge.commonEnglish.has(g.toLowerCase()));
  };
  const spelledOut = (enWord: string) => {
    const first = dictionary?.arabicFor(`en:${stemEnglish(enWord)}`)[0];
    const sk = latinSkeleton(enWord);
    if (first === undefined || sk.length < 2) return false;
    // An h after a consonant is not written in Arabic (John, جون).
    const ar = arabicSkeleton(first.slice(3));
    return ar === sk || ar === sk.replace(/(?<=.)h/g, '');
  };
  return {
    analyzer,
    cues: knowledge.nameCues,
    commonEnglish: knowledge.commonEnglish,
    translated,
    nameInDictionary,
    nameGloss,
    placePhrases,
    onlyNames,
    spelledOut,
    placeName: (word: string) => knowledge.englishNames.has(word),
    firstName: (word: string) => knowledge.englishFirstNames.has(word),
    // Without the list, any common word may be said of a person. The word as written or without a
    // plural s only: the other lemmas guess too freely for a name (James → jam).
    speakerNoun: (word: string) => {
      if (knowledge.englishSpeakerNouns.size === 0) return true;
      const forms = word.endsWith('s') ? [word, word.slice(0, -1)] : [word];
      return !forms.some((f) => knowledge.commonEnglish.has(f)) || forms.some((f) => knowledge.englishSpeakerNouns.has(f));
    },
    personNoun: (word: string) => knowledge.englishPersonNouns?.has(word) === true,
    // A plural may be a place's own name (Philippines, of Philippine): a place name is no people.
    people: (word: string) => !knowledge.englishNames.has(word) && englishLemmas(word).some((l) => knowledge.englishPeoples.has(l)),
  };
}

/**
 * The names of every story that the lexicon does not already know: a story's vocabulary.jsonl when
 * `add-story` wrote one, else remembered from an earlier start (src/search/name-cache.ts) or found
 * now. A name found in several stories is one concept.
 * @param cache where to remember found names, with the fingerprint of what they depend on; absent: find every time
 * @param analysed filled with the sentences of the stories whose names were found, as analysed for it (for indexing)
 * @param build names found beforehand, or stories to leave for later (BuildOptions)
 */
function storyNames(
  knowledge: Knowledge,
  stories: readonly LoadedStory[],
  analyzer: Analyzer,
  translated: (key: string) => boolean,
  concepts: ConceptMatcher | undefined,
  cache?: { readonly dir: string; readonly fingerprint: string },
  analysed?: Map<LoadedStory, readonly (readonly Token[])[]>,
  build: BuildOptions = {},
): {
  all: LexiconEntry[];
  byStory: Map<string, readonly LexiconEntry[]>;
  /** Each story's kinds of the names it found as another kind than their concept's, by story id. */
  storyKinds: Map<string, Map<string, ConceptKind>>;
  cacheStatus?: NameCacheStatus;
  known: ConceptMatcher;
  /** The stories left for later (build.deferNames). */
  pending: LoadedStory[];
} {
  const known = concepts ?? new ConceptMatcher(knowledge.lexicon, analyzer);
  const evidence = nameEvidenceOf(knowledge, analyzer, translated);
  const find = (story: LoadedStory): readonly LexiconEntry[] | undefined => {
    const given = build.found?.names.get(story);
    if (given !== undefined) return given;
    if (build.deferNames === true) return undefined;
    const sentences = storyWords(story, analyzer);
    analysed?.set(story, sentences.words);
    return findNames(story, evidence, sentences);
  };
  const pending: LoadedStory[] = [];
  const remembered = cache === undefined ? undefined : namesThroughCache(stories, cache.dir, cache.fingerprint, find);
  const byId = new Map<string, LexiconEntry>();
  const merged = new Set<string>();
  const byStory = new Map<string, readonly LexiconEntry[]>();
  // A name's forms are looked up once, however many stories name it: the lexicon's concepts that have it.
  const lexiconKnows = new Map<string, readonly string[]>();
  let storyId = '';
  const isKnown = (f: string) => {
    let ids = lexiconKnows.get(f);
    if (ids === undefined) {
      // Names found in stories indexed before (a story added at run time) are not the lexicon's: the
      // new story's kind of them is its own.
      ids = known
        .find(contentTokens(analyzer.analyze(f)))
        .filter((h) => !h.id.startsWith(AUTO_PREFIX))
        .map((h) => h.id);
      lexiconKnows.set(f, ids);
    }
    // A concept written for other stories only does not know the name here: it stays the story's own.
    return ids.some((id) => known.servesStory(id, storyId));
  };
  // How many stories found each name as each kind (in the order first met): the concept takes the
  // kind most of them found, and a story that found another keeps its own (storyKinds below).
  const votes = new Map<string, Map<ConceptKind, number>>();
  for (const story of stories) {
    storyId = story.info.id;
    const found = story.vocabulary ?? remembered?.byStory.get(story.info.id) ?? find(story);
    if (found === undefined) {
      pending.push(story);
      continue;
    }
    let own = found;
    for (let i = 0; i < own.length; i++) {
      let e = own[i] as LexiconEntry;
      // A name the lexicon already has (by any of its forms) is the lexicon's concept.
      if (e.en.some(isKnown) || e.ar.some(isKnown)) continue;
      // An Arabic name's id is its consonant skeleton, which two names of different stories may share
      // (كيوشو and قشيشة, روسيا and أوراسيا): when none of its spellings is one of the concept's, give
      // or take a letter, it names another thing, and gets an id of its own, told apart by its spelling.
      const first = byId.get(e.id);
      if (first !== undefined && spellingsDisagree(first, e)) {
        e = { ...e, id: `${e.id}_${spellingTag(e.ar[0] as string)}` };
        if (own === found) own = [...found];
        (own as LexiconEntry[])[i] = e;
      }
      let vote = votes.get(e.id);
      if (vote === undefined) {
        vote = new Map();
        votes.set(e.id, vote);
      }
      vote.set(e.kind, (vote.get(e.kind) ?? 0) + 1);
      // Forms join only where the kinds agree (with the first story that found the name, or with the
      // concept indexed before a story added at run time): a story that found another kind may name
      // another thing by the word ("Jianwen Emperor" is no form of an "Emperor" found as a person
      // elsewhere), and its sentences still meet the concept by the forms they share. (Forms of the
      // stories that agree with the majority instead: Arabic → Arabic 83.7 → 83.3%, all stories at
      // once 80.8 → 80.1%.)
      const indexed = known.kinds.get(e.id);
      if (indexed !== undefined && indexed !== e.kind) continue;
      const prev = byId.get(e.id);
      if (prev === undefined) byId.set(e.id, e);
      else if (prev.kind === e.kind) {
        // Most stories name a known name the same way: once merged (its forms without repeats), a name
        // whose forms bring nothing new stays as it is.
        if (merged.has(e.id) && e.en.every((f) => prev.en.includes(f)) && e.ar.every((f) => prev.ar.includes(f))) continue;
        byId.set(e.id, { ...prev, en: [...new Set([...prev.en, ...e.en])], ar: [...new Set([...prev.ar, ...e.ar])] });
        merged.add(e.id);
      }
    }
    byStory.set(story.info.id, own);
  }
  for (const [id, vote] of votes) {
    if (vote.size < 2 && !known.kinds.has(id)) continue;
    const e = byId.get(id);
    if (e === undefined) continue;
    // A concept already indexed (a story added at run time) keeps its kind.
    let kind = known.kinds.get(id) ?? e.kind;
    if (!known.kinds.has(id))
      for (const [k, n] of vote) if (n > (vote.get(kind) ?? 0) || (n === vote.get(kind) && CONCEPT_KINDS.indexOf(k) < CONCEPT_KINDS.indexOf(kind))) kind = k;
    if (kind !== e.kind) byId.set(id, { ...e, kind });
  }
  const joined = joinScripts(byId, concepts);
  // Each story's own kinds of its names, where they differ from the concept's (a name joined to its
  // Latin spelling by joinScripts under that name's id; its Arabic kind last, as the join takes it).
  const storyKinds = new Map<string, Map<string, ConceptKind>>();
  for (const [story, found] of byStory) {
    let own: Map<string, ConceptKind> | undefined;
    const note = (id: string, kind: ConceptKind) => {
      const concept = byId.get(id)?.kind ?? known.kinds.get(id);
      if (concept === undefined || (concept === kind && own?.has(id) !== true)) return;
      own ??= new Map();
      own.set(id, kind);
    };
    for (const e of found) if (!joined.has(e.id)) note(e.id, e.kind);
    for (const e of found) for (const id of joined.get(e.id) ?? []) note(id, e.kind);
    if (own !== undefined) storyKinds.set(story, own);
  }
  return { all: [...byId.values()], byStory, storyKinds, ...(remembered ? { cacheStatus: remembered.status } : {}), known, pending };
}

/**
 * Whether an Arabic name found in a story spells none of its words as a concept of the same id does
 * (storyNames): both found in Arabic letters only, and no word of one is a word of the other give or
 * take one letter (سوريا and سوري agree; روسيا and أوراسيا, كيوشو and قشيشة do not).
 */
function spellingsDisagree(concept: LexiconEntry, e: LexiconEntry): boolean {
  if (!e.id.startsWith(AUTO_PREFIX) || e.en.length > 0 || concept.en.length > 0 || e.ar.length === 0 || concept.ar.length === 0) return false;
  for (const f of e.ar)
    for (const w of f.split(' ')) for (const g of concept.ar) for (const v of g.split(' ')) if (w === v || editDistance(w, v, 1) <= 1) return false;
  return true;
}

/** A short tag of an Arabic spelling for an id (its letters' code points in base 36): ids stay ASCII. */
function spellingTag(form: string): string {
  return [...form.replace(/\s+/g, '')].map((c) => (c.codePointAt(0) ?? 0).toString(36)).join('');
}

/**
 * Joins a name found in Arabic letters to the names found in Latin letters with its consonant skeleton
 * (إديسون to Edison, auto-dsn to auto-dsn-edison): one name in two scripts is one concept, as it was
 * when ids were skeletons alone. Arabic letters cannot tell Forbes from Vorbis, so an Arabic name
 * joins every Latin name of its skeleton and kind; the Latin names stay apart.
 * @param byId the names found, by id (changed in place)
 * @param known the concepts already indexed, when a story is added to an index: Latin names there count too
 * @returns the Latin ids each joined Arabic id went to
 */
function joinScripts(byId: Map<string, LexiconEntry>, known: ConceptMatcher | undefined): Map<string, readonly string[]> {
  const joined = new Map<string, readonly string[]>();
  const latinBySkeleton = new Map<string, string[]>();
  const note = (id: string) => {
    const sk = skeletonOfLatinId(id);
    if (sk === '') return;
    const list = latinBySkeleton.get(sk);
    if (list === undefined) latinBySkeleton.set(sk, [id]);
    else if (!list.includes(id)) list.push(id);
  };
  for (const id of byId.keys()) note(id);
  if (known !== undefined) for (const id of known.kinds.keys()) note(id);
  if (latinBySkeleton.size === 0) return joined;
  for (const [id, e] of [...byId]) {
    if (e.en.length > 0 || !id.startsWith(AUTO_PREFIX)) continue;
    // The skeleton without the spelling tag of a name told apart from another story's (spellingsDisagree).
    const sameSkeleton = latinBySkeleton.get(id.slice(AUTO_PREFIX.length).split('_')[0] as string) ?? [];
    let latin = sameSkeleton.filter((l) => (byId.get(l)?.kind ?? known?.kinds.get(l)) === e.kind);
    // A story that writes a name in both scripts (زيلنسكي, and "Zelensky" once in Latin letters)
    // names one person, whatever kind each spelling was guessed to be: the Latin spelling alone is
    // usually bare of cues (its kind a guess), the Arabic one repeated beside titles and verbs of
    // saying, so the joined name takes the Arabic kind.
    const ownKind = latin.length === 0;
    if (ownKind) latin = sameSkeleton.filter((l) => byId.get(l)?.file === e.file);
    if (latin.length === 0) continue;
    for (const l of latin) {
      const prev = byId.get(l);
      // A Latin name indexed before (appendStory) gets the Arabic forms added to its concept.
      if (prev === undefined) byId.set(l, { ...e, id: l });
      else if (ownKind)
        byId.set(l, {
          ...prev,
          kind: e.kind,
          ar: [...new Set([...prev.ar, ...e.ar])],
          roles: { en: prev.roles.en, ar: [...new Set([...prev.roles.ar, ...e.roles.ar])] },
        });
      else byId.set(l, { ...prev, ar: [...new Set([...prev.ar, ...e.ar])] });
    }
    byId.delete(id);
    joined.set(id, latin);
  }
  return joined;
}

/** The index key of a concept found in a sentence: "c:" by name, "r:" by role only. */
export function conceptKey(hit: { readonly id: string; readonly role: boolean }): string {
  return `${hit.role ? 'r' : 'c'}:${hit.id}`;
}

/**
 * The light-root key of an Arabic key ("ar:مكالم" → "rt:كلم"), or '' when the word is too short to
 * have one. Roots let a translation or a question word find other derived forms (see arabicRoot).
 */
export function rootKey(key: string): string {
  let k = roots.get(key);
  if (k === undefined) {
    const r = key.startsWith('ar:') ? arabicRoot(key.slice(3)) : '';
    k = r === '' ? '' : `rt:${r}`;
    if (roots.size >= 200_000) roots.clear();
    roots.set(key, k);
  }
  return k;
}

/** Root keys by key: a pure function of the key, asked for every Arabic word indexed. */
const roots = new Map<string, string>();

/** Content tokens of a text: stop words and unkeyed tokens removed. */
export function contentTokens(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => !t.stop && t.key !== '');
}

// Arabic drops a pronoun subject ("لم يحدد موعدًا", "he did not set a date"); a rendering that opens on
// a pronoun says it, and continues the sentence before. So does an English sentence itself ("His data also
// showed …", "He pointed out …" after "Yuji Yagi … said …").
const CONTINUING_PRONOUN = /^(He|She|They|His|Her|Their)\b/;
/** A sentence opening on a phrase of time or circumstance whose owner is a pronoun: "During his 13 years", "After her death". */
const OPENING_POSSESSIVE = /^(?:During|After|Before|Under|In|At|Throughout|Upon|On|Following|Since|Despite|For|By|With)\s+(?:\p{Ll}+\s+)?(?:his|her|their)\b/u;

// Opening quotation marks: “ « " ‘.
const OPENS_QUOTE = /^[“«"‘]/;

/** Whether a sentence continues the one before it: a quotation, a later sentence of its paragraph, or one opening on a verb of saying with no named subject. */
function continues(s: Sentence, content: readonly Token[], concepts: ConceptMatcher, story: string): boolean {
  if (s.position > 1 || OPENS_QUOTE.test(s.text)) return true;
  const opening = content.slice(0, 2);
  return concepts.find(opening, undefined, story).some((h) => h.first === 0 && h.kind === 'action');
}

/**
 * What indexing needs of one analysed word, worked out the first time the word is met: the posting
 * lists of its index keys (key, clitic variants, light roots of both) when it is a content word. The analyzer
 * hands out one shared token per distinct word (analyzeWords), so a thousand stories pay for a word
 * once: this and not posting a Set per sentence took indexing 1,000 stories from about 1.1 to 0.75 s
 * of CPU, the name cache warm (a CPU profile of buildIndex); holding the lists themselves, not their
 * keys, spares a look-up by key for every word of every sentence.
 */
function wordLists(ctx: StoryIndexing, t: Token): readonly number[][] {
  let lists = ctx.words.get(t);
  if (lists === undefined) {
    addWord(ctx.vocab, t);
    if (t.stop || t.key === '') lists = NO_LISTS;
    else {
      const all = [listOf(ctx.lists, t.key)];
      for (const v of t.variants) all.push(listOf(ctx.lists, v));
      if (t.base !== undefined) all.push(listOf(ctx.lists, t.base));
      const root = t.script === 'ar' ? rootKey(t.key) : '';
      if (root !== '') all.push(listOf(ctx.lists, root));
      // The root of a form without its verb ending or clitic too (سقطت → سقط): the light root of the
      // whole stem keeps the ending (سقطت), and سقوطها's root would not meet it. And of its dictionary
      // form (غزت → غزا): a defective verb's ending hides its last root letter (الغزو ~ غزت).
      if (t.script === 'ar')
        for (const v of t.base === undefined ? t.variants : [...t.variants, t.base]) {
          const r = rootKey(v);
          if (r !== '' && r !== root) all.push(listOf(ctx.lists, r));
        }
      lists = all;
    }
    ctx.words.set(t, lists);
  }
  return lists;
}

const NO_LISTS: readonly number[][] = Object.freeze([]) as readonly number[][];

/** The posting list of a key, created empty (in the order keys are first met, as before) when it has none yet. */
function listOf(lists: Map<string, number[]>, key: string): number[] {
  let list = lists.get(key);
  if (list === undefined) {
    list = [];
    lists.set(key, list);
  }
  return list;
}

/** How buildIndex comes by the names of stories that neither a vocabulary.jsonl nor the name cache give. */
export interface BuildOptions {
  /**
   * Leave their names for later instead of finding them now: the index matches those stories' names
   * by their words alone, lists the stories in `namesPending`, and does not write the name cache. For
   * answering at once on a first start while findPendingNames works in the background; the index
   * built afterwards with `found` is the one building without this option gives.
   */
  readonly deferNames?: boolean;
  /** Names found beforehand (findPendingNames): taken as found now, and remembered in the cache. */
  readonly found?: FoundNames;
  /** The tunables an answer type's `patternsOption` names (SEARCH_DEFAULTS when absent). */
  readonly options?: Readonly<Record<string, number>>;
}

/** Names found by findPendingNames, with what finding them analysed, for buildIndex to take over. */
export interface FoundNames {
  /** The knowledge of the index they were found for: its lexicon, stop words and dictionary made the analyzer. */
  readonly knowledge: Knowledge;
  readonly analyzer: Analyzer;
  readonly names: ReadonlyMap<LoadedStory, readonly LexiconEntry[]>;
  /** Each story's sentences as analysed for finding its names (indexed from the same analysis). */
  readonly analysed: ReadonlyMap<LoadedStory, readonly (readonly Token[])[]>;
}

/** The lexicon's Arabic names the analyzer keeps from stemming (they change its keys). */
function protectedArabicOf(knowledge: Knowledge): string[] {
  return knowledge.lexicon.filter((e) => e.kind !== 'topic' && e.kind !== 'action').flatMap((e) => e.ar);
}

/**
 * Whether names found with `a` hold for `b`: the same word lists, dictionary and protected names (what
 * nameEvidenceFingerprint covers), whatever the stories. Adding a story makes a new lexicon array with
 * the same entries, so the protected names are compared by content.
 */
function sameNameEvidence(a: Knowledge, b: Knowledge): boolean {
  if (a === b) return true;
  const same =
    a.stopwords === b.stopwords &&
    a.dictionary === b.dictionary &&
    a.nameCues === b.nameCues &&
    a.commonEnglish === b.commonEnglish &&
    a.englishNames === b.englishNames &&
    a.englishPeoples === b.englishPeoples &&
    a.englishFirstNames === b.englishFirstNames &&
    a.englishSpeakerNouns === b.englishSpeakerNouns;
  if (!same) return false;
  const pa = protectedArabicOf(a);
  const pb = protectedArabicOf(b);
  return pa.length === pb.length && pa.every((x, i) => x === pb[i]);
}

/** Builds the index from loaded knowledge. */
export function buildIndex(knowledge: Knowledge, build: BuildOptions = {}): SearchIndex {
  const steps = indexSteps(knowledge, build);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * Builds the same index as buildIndex, giving the event loop back after each slice of about `sliceMs`
 * of work (between stories): for building the full index in the background while another answers.
 */
export async function buildIndexInSlices(knowledge: Knowledge, build: BuildOptions, sliceMs: number): Promise<SearchIndex> {
  const steps = indexSteps(knowledge, build);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}

/** buildIndex, one story at a time: it yields after indexing each story. */
function* indexSteps(knowledge: Knowledge, build: BuildOptions): Generator<undefined, SearchIndex, undefined> {
  const protectedArabic = protectedArabicOf(knowledge);
  const dictionary = knowledge.dictionary;
  // Names found for other language data are not these (stories added or removed meanwhile do not
  // matter); otherwise their analyzer is the one this knowledge makes, its memos warm.
  const found = build.found !== undefined && sameNameEvidence(build.found.knowledge, knowledge) ? build.found : undefined;
  const analyzer =
    found?.analyzer ??
    createAnalyzer({
      stopwords: knowledge.stopwords,
      protectedArabic,
      ...(dictionary
        ? {
            inDictionary: (key: string) => (key.startsWith('ar:') ? dictionary.englishFor(key) : dictionary.arabicFor(key)).length > 0,
            senseCount: (key: string) => (key.startsWith('ar:') ? dictionary.englishFor(key) : dictionary.arabicFor(key)).length,
          }
        : {}),
    });
  const translated = translatedBy(dictionary, analyzer);
  const cache = knowledge.cacheDir === undefined ? undefined : { dir: knowledge.cacheDir, fingerprint: nameEvidenceFingerprint(knowledge, protectedArabic) };
  // Sentences analysed for name finding are indexed from the same analysis (a first start analyses
  // every sentence once, not twice).
  const analysed = new Map<LoadedStory, readonly (readonly Token[])[]>(found?.analysed ?? []);
  const {
    all: names,
    byStory: namesByStory,
    storyKinds,
    cacheStatus,
    known,
    pending,
  } = storyNames(knowledge, knowledge.stories, analyzer, translated, undefined, cache, analysed, {
    ...(build.deferNames === true ? { deferNames: true } : {}),
    ...(found ? { found } : {}),
  });
  // The lexicon's matcher, which name finding built, with the names added: the same matcher as one
  // built from the lexicon and the names together (the forms of each first word keep the same order,
  // and a name whose form is a lexicon form's was left out as known), without reading the lexicon's
  // 3,700 forms a second time (about 20 ms of every start).
  const concepts = known;
  concepts.add(names);
  for (const [story, kinds] of storyKinds) concepts.setStoryKinds(story, kinds);
  const vocab = { en: new Vocabulary(), ar: new Vocabulary() };
  const lists = new Map<string, number[]>();
  const sentences: IndexedSentence[] = [];
  const capitalised = new Set<string>();
  const ctx: StoryIndexing = {
    analyzer,
    concepts,
    vocab,
    affiliations: affiliationsOf(knowledge),
    sentences,
    lists,
    words: new Map(),
    capitalised,
    lifeRoots: lifeRootsOf(knowledge, analyzer),
  };
  for (let si = 0; si < knowledge.stories.length; si++) {
    const story = knowledge.stories[si] as LoadedStory;
    indexStory(ctx, story, si, analysed.get(story));
    analysed.delete(story);
    yield;
  }
  return completeIndex(knowledge, ctx, { names, byStory: namesByStory, ...(cacheStatus ? { cacheStatus } : {}), pending, translated }, build.options);
}

/**
 * The rest of buildIndex once every story is indexed: posting lists made compact, synonyms, answer
 * types and name keys. Kept out of the generator, so that its long loops (hundreds of thousands of
 * posting lists) are compiled as they were: buildIndex takes the CPU it took before it became a
 * generator (`bench/startup.ts`, six alternating rounds at 1,000 stories: 0.96–1.07× a first start,
 * 0.96–1.04× a later one).
 */
function completeIndex(
  knowledge: Knowledge,
  ctx: StoryIndexing,
  found: Pick<ReturnType<typeof storyNames>, 'byStory' | 'cacheStatus' | 'pending'> & { names: LexiconEntry[]; translated: (key: string) => boolean },
  options?: Readonly<Record<string, number>>,
): SearchIndex {
  const { analyzer, concepts, vocab, lists, sentences, capitalised } = ctx;
  const { names, byStory: namesByStory, cacheStatus, pending, translated } = found;
  const dictionary = knowledge.dictionary;
  // Lexicon words are vocabulary too, so a typo of a name absent from the stories is still corrected
  // (and then reported as not in the story, by its right name).
  for (const e of knowledge.lexicon) {
    for (const f of [...e.en, ...e.ar, ...e.roles.en, ...e.roles.ar]) addWords(vocab, analyzer.analyze(f));
  }

  const postings = new Map<string, Uint32Array>();
  for (const [k, v] of lists) postings.set(k, Uint32Array.from(v));

  const synonyms = new Map<string, string[]>();
  // Each word stemmed once: the seed story's 800 synonyms name the same 230 story words again and again.
  const stems = new Map<string, string>();
  const keyOf = (word: string) => {
    let k = stems.get(word);
    if (k === undefined) {
      k = `en:${stemEnglish(foldLatin(word))}`;
      stems.set(word, k);
    }
    return k;
  };
  for (const [word, targets] of knowledge.synonyms) {
    const key = keyOf(word);
    const tk = [...new Set(targets.map(keyOf))].filter((k) => k !== key);
    if (tk.length > 0) synonyms.set(key, [...new Set([...(synonyms.get(key) ?? []), ...tk])]);
  }

  const answerTypes = knowledge.answerTypes.map((t) => compileAnswerType(t, analyzer, concepts, postings, sentences, knowledge.stories, options));
  const starts: number[] = [];
  sentences.forEach((s, gid) => {
    if (gid === 0 || (sentences[gid - 1] as IndexedSentence).story !== s.story) starts.push(gid);
  });
  starts.push(sentences.length);
  const storyStart = Uint32Array.from(starts);
  const askPhrases = new PhraseTable<CompiledAnswerType>();
  for (const t of answerTypes) for (const p of t.ask) askPhrases.add(p, t);
  const nameKeys = nameKeysOf([...knowledge.lexicon, ...names], analyzer);
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
    dictionary,
    names,
    namesByStory,
    ...(cacheStatus ? { nameCache: cacheStatus } : {}),
    ...(pending.length > 0 ? { namesPending: pending } : {}),
    nameKeys: nameKeys.own,
    firstNameKeys: nameKeys.first,
    nameSkeletons: nameSkeletonsOf([...knowledge.lexicon, ...names]),
    capitalised,
    // A word reaches the other language through the dictionary, or as a name (by its spelling).
    bridged: (t) => t.script === 'digit' || translated(t.key) || t.variants.some(translated) || concepts.formKeys.has(t.key),
  };
}

/**
 * Finds the names of the stories an index left for later (`namesPending`, BuildOptions.deferNames), a
 * few stories at a time: after each slice of about `sliceMs` of work it gives the event loop back, so
 * questions are answered from that index meanwhile. The names are exactly those buildIndex would find
 * (a story's names depend on that story alone); pass the result back as BuildOptions.found.
 * @param sliceMs how long to work before letting other tasks run (SEARCH_DEFAULTS.namesSliceMs)
 */
export async function findPendingNames(index: SearchIndex, sliceMs: number): Promise<FoundNames> {
  const names = new Map<LoadedStory, readonly LexiconEntry[]>();
  const analysed = new Map<LoadedStory, readonly (readonly Token[])[]>();
  const found: FoundNames = { knowledge: index.knowledge, analyzer: index.analyzer, names, analysed };
  const pending = index.namesPending ?? [];
  if (pending.length === 0) return found;
  // The index's own analyzer (made from the same lexicon, stop words and dictionary as buildIndex
  // makes one), its words already analysed.
  const evidence = nameEvidenceOf(index.knowledge, index.analyzer, translatedBy(index.dictionary, index.analyzer));
  let sliceStart = performance.now();
  for (const story of pending) {
    const sentences = storyWords(story, index.analyzer);
    analysed.set(story, sentences.words);
    names.set(story, findNames(story, evidence, sentences));
    if (performance.now() - sliceStart >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
  return found;
}

/**
 * Adds one story to an index in place, without indexing the others again: what adding a story at
 * run time costs (a few milliseconds for a news article, whatever the archive's size). The story's
 * names become concepts; older stories' sentences keep their keys (a name first seen in the new story
 * is still matched there by its words, not as a concept). Callers must forget what they remembered
 * about the index (query.ts forgetMemos, rank.ts forgetTitleKeys, memos.ts forgetIndexMemos).
 * @param knowledge the knowledge with the story already among its stories (last)
 * @returns false when the story brings a hand-written lexicon: its names change how words are
 *   stemmed, so the whole index must be built again
 */
export function appendStory(index: SearchIndex, knowledge: Knowledge, story: LoadedStory): boolean {
  // So does one the shared lexicon has entries for (its "stories" name it).
  if (story.lexicon.length > 0 || knowledge.lexicon.some((e) => e.stories?.includes(story.info.id) === true)) return false;
  const mutable = index as Mutable<SearchIndex>;
  const translated = translatedBy(index.dictionary, index.analyzer);
  const found = storyNames(knowledge, [story], index.analyzer, translated, index.concepts);
  const fresh = found.all.filter((e) => !index.concepts.kinds.has(e.id));
  index.concepts.add(found.all);
  for (const [id, kinds] of found.storyKinds) index.concepts.setStoryKinds(id, kinds);
  const si = index.stories.length;
  const lists = new Map<string, number[]>();
  indexStory(
    {
      analyzer: index.analyzer,
      concepts: index.concepts,
      vocab: index.vocab,
      affiliations: affiliationsOf(knowledge),
      sentences: index.sentences as IndexedSentence[],
      lists,
      words: new Map(),
      capitalised: index.capitalised as Set<string>,
      lifeRoots: lifeRootsOf(knowledge, index.analyzer),
    },
    story,
    si,
  );
  const postings = index.postings as Map<string, Uint32Array>;
  for (const [key, gids] of lists) {
    const old = postings.get(key);
    if (old === undefined) postings.set(key, Uint32Array.from(gids));
    else {
      const joined = new Uint32Array(old.length + gids.length);
      joined.set(old);
      joined.set(gids, old.length);
      postings.set(key, joined);
    }
  }
  const from = index.storyStart[si] as number;
  const to = index.sentences.length;
  mutable.storyStart = Uint32Array.from([...index.storyStart, to]);
  // The stories first: marking the new sentences reads their story's kinds of its names.
  mutable.stories = knowledge.stories;
  mutable.answerTypes = index.answerTypes.map((t) => extendAnswerType(t, index, lists, from, to));
  mutable.knowledge = knowledge;
  mutable.names = [...index.names, ...fresh];
  (index.namesByStory as Map<string, readonly LexiconEntry[]>).set(story.info.id, found.byStory.get(story.info.id) ?? []);
  const keys = nameKeysOf(fresh, index.analyzer);
  for (const k of keys.own) (index.nameKeys as Set<string>).add(k);
  for (const k of keys.first) if (!index.nameKeys.has(k)) (index.firstNameKeys as Set<string>).add(k);
  for (const [sk, key] of nameSkeletonsOf(fresh)) if (!index.nameSkeletons.has(sk)) (index.nameSkeletons as Map<string, string>).set(sk, key);
  const askPhrases = new PhraseTable<CompiledAnswerType>();
  for (const t of mutable.answerTypes) for (const p of t.ask) askPhrases.add(p, t);
  mutable.askPhrases = askPhrases;
  return true;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What indexing a story's sentences needs and fills. */
interface StoryIndexing {
  readonly analyzer: Analyzer;
  readonly concepts: ConceptMatcher;
  readonly vocab: { readonly en: Vocabulary; readonly ar: Vocabulary };
  readonly affiliations: ReadonlyMap<string, readonly string[]>;
  /** Sentences so far; the story's are appended (gids follow on). */
  readonly sentences: IndexedSentence[];
  /** Key → gids, in gid order; the story's gids are appended. */
  readonly lists: Map<string, number[]>;
  /** The posting lists of each word met so far (wordLists), by the analyzer's shared token. */
  readonly words: Map<Token, readonly number[][]>;
  /** Keys of Latin words written with a capital inside a sentence (SearchIndex.capitalised); the story's are added. */
  readonly capitalised: Set<string>;
  /** Light roots of the words of being born and dying (Knowledge.lifeWords), posted for a sentence holding a life's span. */
  readonly lifeRoots: readonly string[];
}

/** Light roots of the Arabic words of being born and dying. */
function lifeRootsOf(knowledge: Knowledge, analyzer: Analyzer): string[] {
  const roots = new Set<string>();
  for (const w of knowledge.lifeWords ?? []) for (const t of analyzer.analyze(w)) if (t.script === 'ar' && rootKey(t.key) !== '') roots.add(rootKey(t.key));
  return [...roots];
}

// A life's span: two years (or dates) joined by a dash inside brackets after a name, "(1847-1931)",
// "(15 يناير 1918 – 28 سبتمبر 1970)". A war's or a reign's span matches too; the words it stands for
// only matter to a question asking about being born or dying, and match at root quality.
// Two plain patterns, a bracket's inside and the span in it, so that a long bracket with many digits
// and no span costs one pass, not a backtracking search.
const BRACKETED = /\(([^()]{1,120})\)/g;
const SPAN = /\d{3,4}[^-–—\d]*[-–—][^-–—]*\d{3,4}/;
// The span of a life still going on: a date and a dash closing the bracket, "(23 مايو 1988 -)".
const OPEN_SPAN = /\d{3,4}[^-–—\d]*[-–—]\s*$/;

/** Whether a text holds a life's span in brackets (BRACKETED, then SPAN or OPEN_SPAN inside). */
function hasLifeSpan(text: string): boolean {
  if (!text.includes('(')) return false;
  for (const m of text.matchAll(BRACKETED)) if (SPAN.test(m[1] as string) || OPEN_SPAN.test(m[1] as string)) return true;
  return false;
}

/** Whether a character code is a capital Latin letter (A–Z, or an accented capital). */
function isCapital(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 192 && code <= 222 && code !== 215);
}

/** Organisations and countries people speak for, by person id (the lexicon's "of"). */
function affiliationsOf(knowledge: Knowledge): Map<string, readonly string[]> {
  return new Map(knowledge.lexicon.filter((e) => e.of.length > 0).map((e) => [e.id, e.of]));
}

/** Whether the dictionary translates an index key, from either language (an Arabic key also through the endings light stemming leaves). */
function translatedBy(dictionary: Dictionary | undefined, analyzer: Analyzer): (key: string) => boolean {
  // Remembered per key: finding a thousand stories' names asks about the same words again and again.
  const seen = new Map<string, boolean>();
  return (key) => {
    let yes = seen.get(key);
    if (yes === undefined) {
      yes =
        dictionary !== undefined &&
        (key.startsWith('ar:')
          ? dictionary.englishFor(key).length > 0 || arabicFallbackKeys(key, analyzer.stemArabic).some((k) => dictionary.englishFor(k).length > 0)
          : dictionary.arabicFor(key).length > 0);
      seen.set(key, yes);
    }
    return yes;
  };
}

/** Adds a text's words to the vocabulary (for typo correction and spellings across scripts). */
function addWords(vocab: StoryIndexing['vocab'], tokens: readonly Token[]): void {
  for (const t of tokens) addWord(vocab, t);
}

/** Adds one word to the vocabulary, unless it is a stop word or already there. */
function addWord(vocab: StoryIndexing['vocab'], t: Token): void {
  if (t.stop || t.key === '') return;
  // A name with a clitic in front (بموسكو) is spelled by the name alone (موسكو).
  if (t.script === 'ar' && !vocab.ar.has(t.norm)) {
    const sk = skeletonOfArabicWord(t.norm.endsWith(t.key.slice(3)) ? t.key.slice(3) : t.norm);
    // A name may begin with و (ووترهاوس, Waterhouse; واشنطن): spelled with it too, not only as "and".
    const withWaw = /^و(?!ال)/.test(t.norm) && t.norm.length >= 4 ? arabicSkeleton(t.norm) : '';
    vocab.ar.add(t.norm, t.key, withWaw !== '' && withWaw !== sk ? [sk, withWaw] : sk);
  } else if (t.script === 'latin' && !vocab.en.has(t.norm)) vocab.en.add(t.norm, t.key, latinSkeleton(t.norm));
}

/** Indexes one story's sentences: their keys, concepts, carried speakers and affiliations. */
function indexStory(ctx: StoryIndexing, story: LoadedStory, si: number, analysed?: readonly (readonly Token[])[]): void {
  const { analyzer, concepts, sentences, lists, affiliations } = ctx;
  let speakers: readonly string[] = [];
  let gid = 0;
  // Keys straight into the posting lists: a sentence's gid is the last one of a list it is already on.
  const post = (key: string) => {
    const list = lists.get(key);
    if (list === undefined) lists.set(key, [gid]);
    else if (list[list.length - 1] !== gid) list.push(gid);
  };
  const acronyms = acronymsOf(story, analyzer);
  // The lexicon's people this story has named so far (not by a role alone).
  const named = new Set<string>();
  story.sentences.forEach((s, i) => {
    const translation = story.translations.get(s.ref);
    gid = sentences.length;
    sentences.push(translation === undefined ? { gid, story: si, sentence: s } : { gid, story: si, sentence: s, translation });
    const words = analysed?.[i] ?? analyzer.analyzeWords(s.text);
    const parts = translation === undefined ? [words] : [words, analyzer.analyzeWords(translation)];
    const people: string[] = [];
    let opening: Token[] = [];
    for (let p = 0; p < parts.length; p++) {
      const tokens = parts[p] as Token[];
      const content: Token[] = [];
      for (let j = 0; j < tokens.length; j++) {
        const t = tokens[j] as Token;
        const own = wordLists(ctx, t);
        if (own.length === 0) continue;
        // A Latin word written with a capital inside a sentence: a title or a brand, even when it is
        // also a common word ("Telephone", Apple), which Arabic writes by its sound.
        if (j > 0 && t.script === 'latin' && isCapital(t.surface.charCodeAt(0))) ctx.capitalised.add(t.key);
        // A Latin word written in lower case: where it is, a name found in Latin letters is not named.
        else if (t.script === 'latin' && t.surface.toLowerCase() === t.surface) {
          concepts.lowerCase.add(t.norm);
          concepts.lowerKeys.add(t.key);
        }
        content.push(t);
        for (const list of own) if (list[list.length - 1] !== gid) list.push(gid);
      }
      if (p === 0) opening = content;
      for (const hit of withoutNameParts(concepts.find(content, undefined, story.info.id))) {
        post(conceptKey(hit));
        if (!hit.role) named.add(hit.id);
        if (hit.kind === 'person' && !people.includes(hit.id)) people.push(hit.id);
      }
    }
    // An acronym the story defines ("Northern Pacific Railroad (NPR)") stands for its words wherever it
    // is used, and they for it: "the transcontinental NPR" answers a question about the railroad.
    if (acronyms.length > 0) {
      const keys = new Set(words.filter((t) => !t.stop && t.key !== '').map((t) => t.key));
      for (const a of acronyms) {
        if (keys.has(a.key)) for (const k of a.words) if (!keys.has(k)) post(`${ACRONYM_PREFIX}${k}`);
        if (!keys.has(a.key) && a.words.every((k) => keys.has(k))) post(`${ACRONYM_PREFIX}${a.key}`);
      }
    }
    // A run of capitalised words stands for the acronym of its initials, which a question may write
    // though the story spells the name out ("NYC" for "New York City", "FBI" for "Federal Bureau of Investigation").
    postInitials(analyzer, words, post);
    // A life's span in brackets says when someone was born and died without either word: the words'
    // light roots stand for them, so a sentence that writes the word itself still ranks first.
    // English writes no root: the sentence is posted under one key that the span's English words
    // (knowledge/span-words.en.txt) match (YEAR_SPAN_KEY).
    if (hasLifeSpan(s.text) || (translation !== undefined && hasLifeSpan(translation))) {
      for (const root of ctx.lifeRoots) post(root);
      post(YEAR_SPAN_KEY);
    }
    // "63%" is "63 percent": the sign after a number stands for the word, which a question writes
    // ("What percentage of …", matching "percent" as a synonym).
    if (PERCENT_SIGN.test(s.text) || (translation !== undefined && PERCENT_SIGN.test(translation))) post(PERCENT_KEY);
    // The speaker carries into a sentence that continues them without naming anyone: the rest of a
    // quotation ("“… this region.”"), a later sentence of the paragraph, "He said: …". A sentence
    // whose subject is a pronoun ("He did not set a date for a meeting with Putin") continues its
    // speaker even when it names someone else.
    const pronoun = CONTINUING_PRONOUN.test(translation ?? s.text);
    const carried: string[] = [];
    // So does one that opens on a phrase of time or circumstance the person owns ("During his 13 years
    // the Irish won …", after a sentence naming Rockne): "his" is the person just named.
    const owner = OPENING_POSSESSIVE.test(translation ?? s.text);
    if (speakers.length > 0 && (pronoun || owner || (people.length === 0 && continues(s, opening, concepts, story.info.id)))) {
      for (const id of speakers) {
        if (people.includes(id)) continue;
        post(`s:${id}`);
        carried.push(id);
      }
    } else if (!pronoun) {
      speakers = people;
    }
    // Whoever a sentence is about, their organisation or country is (weakly) too. Not a person met only
    // by a role in a story that has not named them: a newsroom's story of a fire whose "spokesman" spoke
    // for the company says nothing of the Kremlin, whose spokesman the shared lexicon's Peskov is.
    if (affiliations.size > 0) {
      for (const id of people.length > 0 ? people : carried) if (named.has(id)) for (const org of affiliations.get(id) ?? []) post(`a:${org}`);
    }
  });
}

/** A percent sign after a number ("63%", "4.5 %", "٪" too). */
const PERCENT_SIGN = /\d\s?[%٪]/;

/** The key of the English word "percent", posted for a sentence writing the sign (PERCENT_SIGN). */
const PERCENT_KEY = `en:${stemEnglish('percent')}`;

/**
 * The key under which a sentence holding a span of years in brackets is posted ("(r. 1402–1424)",
 * "(1354–1435)"): the English words such a span stands for (Knowledge.spanWords) match it.
 */
export const YEAR_SPAN_KEY = 'span:years';

/**
 * Prefix of the key under which a sentence is posted for a word an acronym of it stands for, or for the
 * acronym of words it spells out: "x:en:railroad" for "the NPR" (ranking matches it for SearchOptions.acronym).
 */
export const ACRONYM_PREFIX = 'x:';

/**
 * Prefix of the key under which a sentence is posted for the initials of a run of capitalised words it
 * writes: "xi:en:nyc" for "New York City" (a question's acronym written in capitals matches it at
 * SearchOptions.initials).
 */
export const INITIALS_PREFIX = 'xi:';

// The longest run of capitalised words whose initials are posted, and the shortest: two letters
// spell too many runs by chance ("UN" for "University of Notre Dame").
const INITIALS_MAX = 5;
const INITIALS_MIN = 3;

/** The key of each acronym spelled by initials, by its letters (one analysis a spelling). */
const initialsKeys = new WeakMap<Analyzer, Map<string, string>>();

/**
 * Posts a sentence under the initials of every run of three to five capitalised words it writes, and of
 * each part of such a run ("New York City Subway": NYCS, NYC, YCS), and of a run of exactly two. Stop words inside a run are
 * skipped ("Federal Bureau of Investigation": FBI); a word written in capitals (an acronym itself), a number or a word
 * in lower case ends it. `words` are the sentence's tokens in order.
 */
function postInitials(analyzer: Analyzer, words: readonly Token[], post: (key: string) => void): void {
  let memo = initialsKeys.get(analyzer);
  if (memo === undefined) {
    memo = new Map();
    initialsKeys.set(analyzer, memo);
  }
  let run = '';
  const flush = () => {
    // A run of exactly two words ("United States", "European Union") is posted whole: a reader writes US,
    // EU (read only with SearchOptions.initialsPair). Not two words of a longer run: those spell too many
    // acronyms by chance ("UN" for "University of Notre Dame").
    if (run.length === 2) {
      let key = memo.get(run);
      if (key === undefined) {
        key = analyzer.analyze(run)[0]?.key ?? '';
        memo.set(run, key);
      }
      if (key !== '') post(`${INITIALS_PREFIX}${key}`);
    }
    for (let i = 0; i + INITIALS_MIN <= run.length; i++)
      for (let n = INITIALS_MIN; n <= INITIALS_MAX && i + n <= run.length; n++) {
        const letters = run.slice(i, i + n);
        let key = memo.get(letters);
        if (key === undefined) {
          key = analyzer.analyze(letters)[0]?.key ?? '';
          memo.set(letters, key);
        }
        if (key !== '') post(`${INITIALS_PREFIX}${key}`);
      }
    run = '';
  };
  for (const t of words) {
    const code = t.surface.charCodeAt(0);
    if (t.script === 'latin' && t.stop && run !== '') continue;
    if (t.script === 'latin' && !t.stop && code >= 65 && code <= 90 && !/^[A-Z]{2,}$/.test(t.surface)) run += t.surface[0];
    else if (run !== '') flush();
  }
  if (run !== '') flush();
}

/** An acronym a story defines, by its key, and the keys of the words it stands for. */
interface Acronym {
  readonly key: string;
  readonly words: readonly string[];
}

// An acronym in brackets right after what it stands for: "Northern Pacific Railroad (NPR)".
const BRACKETED_ACRONYM = /\(([A-Z]{2,6})\)/g;

/**
 * The acronyms a story defines: capitals in brackets right after as many words whose initials they are
 * (small words such as "of" and "the" between them skipped): "Northern Pacific Railroad (NPR)",
 * "European Court of Human Rights (ECHR)".
 */
function acronymsOf(story: LoadedStory, analyzer: Analyzer): Acronym[] {
  const out: Acronym[] = [];
  for (const s of story.sentences) {
    if (!s.text.includes('(')) continue;
    for (const m of s.text.matchAll(BRACKETED_ACRONYM)) {
      const letters = m[1] as string;
      const at = m.index as number;
      // Tokens with their places in the sentence (analyzeWords shares one token per word, placed nowhere).
      const tokens = analyzer.analyze(s.text).filter((t) => t.end <= at);
      const words: string[] = [];
      let j = tokens.length - 1;
      for (let l = letters.length - 1; l >= 0 && j >= 0; l--) {
        while (j >= 0 && (tokens[j] as Token).stop && !/^[A-Z]/.test((tokens[j] as Token).surface)) j--;
        const t = tokens[j];
        if (t === undefined || t.surface[0] !== letters[l] || t.key === '') break;
        words.unshift(t.key);
        j--;
      }
      if (words.length !== letters.length) continue;
      const key = analyzer.analyze(letters)[0]?.key ?? '';
      if (key !== '' && !out.some((a) => a.key === key)) out.push({ key, words });
    }
  }
  return out;
}

// Quotation marks: “ ” « » and the plain double quote.
const QUOTE = /[“”«»"]/;

function compileAnswerType(
  t: AnswerType,
  analyzer: Analyzer,
  concepts: ConceptMatcher,
  postings: ReadonlyMap<string, Uint32Array>,
  sentences: readonly IndexedSentence[],
  stories: readonly LoadedStory[],
  options: Readonly<Record<string, number>> = SEARCH_DEFAULTS,
): CompiledAnswerType {
  const patterns = t.patternsOption === undefined || (options[t.patternsOption] ?? 0) > 0 ? t.patterns : undefined;
  const cueKeys = new Set<string>();
  for (const cue of [...t.cue.en, ...t.cue.ar]) for (const tok of analyzer.analyze(cue)) if (tok.key !== '') cueKeys.add(tok.key);
  const ask = [...t.ask.en, ...t.ask.ar].map((p) =>
    analyzer
      .fold(p)
      .split(' ')
      .filter((w) => w !== ''),
  );
  const compiled = {
    id: t.id,
    ask,
    supplied: new Uint8Array(sentences.length),
    consume: t.consume,
    weight: t.weight,
    cueKeys,
    numbers: t.numbers,
    numberKind: t.numberKind,
    kinds: t.kinds,
    quotes: t.quotes,
    acronyms: t.acronyms,
    phrases: phrasesExpression([...t.phrases.en, ...t.phrases.ar]),
    patterns: patterns === undefined || patterns.length === 0 ? undefined : new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'iu'),
    patternsOption: t.patternsOption,
    counted: t.counted,
    suppliers: new Uint8Array(t.fresh ? sentences.length : 0),
    byWord: new Uint8Array(t.fresh ? sentences.length : 0),
    fresh: t.fresh,
  };
  markSupplied(compiled, concepts, postings, sentences, stories, 0, sentences.length);
  return compiled;
}

/** One case-blind expression for a type's phrases, each between word boundaries; undefined for none. */
function phrasesExpression(phrases: readonly string[]): RegExp | undefined {
  if (phrases.length === 0) return undefined;
  const escaped = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:${escaped.join('|')})(?![\\p{L}\\p{M}])`, 'iu');
}

/** Marks the sentences of [from, to) that supply an answer type, reading their keys off the posting lists. */
function markSupplied(
  t: CompiledAnswerType,
  concepts: ConceptMatcher,
  postings: ReadonlyMap<string, Uint32Array | readonly number[]>,
  sentences: readonly IndexedSentence[],
  stories: readonly LoadedStory[],
  from: number,
  to: number,
): void {
  // For a fresh type, what supplied each sentence: how many names and numbers (each counted once per
  // sentence), and whether a cue word or a quotation did, which no question writes as its answer.
  const counted = (gid: number) => {
    t.supplied[gid] = 1;
    if (t.fresh && (t.suppliers[gid] as number) < 255) t.suppliers[gid] = (t.suppliers[gid] as number) + 1;
  };
  const byWord = (gid: number) => {
    t.supplied[gid] = 1;
    if (t.fresh) t.byWord[gid] = 1;
  };
  for (const key of t.cueKeys) for (const gid of postings.get(key) ?? []) if (gid >= from && gid < to) byWord(gid);
  // "how many": a sentence whose numbers are all dates (a year, May 7) gives no count; "when": one whose
  // numbers are all counts (5,335, 6.5%) gives no date. Which it writes is read when a question first
  // needs it (suppliesAt); here a sentence with a number is only marked, with its numbers counted as
  // what supplies it (a cue word or a quotation supplies it whatever its numbers are).
  if (t.numbers)
    for (const key of postings.keys()) {
      if (!key.startsWith('n:')) continue;
      for (const gid of postings.get(key) ?? []) {
        if (gid < from || gid >= to) continue;
        if (t.numberKind === undefined) counted(gid);
        else {
          if (t.supplied[gid] === 0) t.supplied[gid] = NUMBER_UNREAD;
          if (t.fresh && (t.suppliers[gid] as number) < 255) t.suppliers[gid] = (t.suppliers[gid] as number) + 1;
        }
      }
    }
  // A name supplies it by its own key or its role's (`c:id`, `r:id`): once per sentence.
  forEachNameOfKinds(concepts, postings, sentences, stories, t.kinds, true, from, to, counted);
  if (t.quotes) for (let gid = from; gid < to; gid++) if (QUOTE.test((sentences[gid] as IndexedSentence).sentence.text)) byWord(gid);
  if (t.phrases !== undefined) for (let gid = from; gid < to; gid++) if (t.phrases.test((sentences[gid] as IndexedSentence).sentence.text)) byWord(gid);
  if (t.patterns !== undefined) for (let gid = from; gid < to; gid++) if (t.patterns.test((sentences[gid] as IndexedSentence).sentence.text)) byWord(gid);
  if (t.acronyms) for (let gid = from; gid < to; gid++) if (DEFINED_ACRONYM.test((sentences[gid] as IndexedSentence).sentence.text)) byWord(gid);
}

/**
 * Capitals in brackets after a word, as a sentence defining an acronym writes them: "Urban heat islands
 * (UHI)", "multidrug-resistant tuberculosis (MDR-TB)", "Hewlett-Packard (HP)".
 */
const DEFINED_ACRONYM = /[\p{L}\p{N}]\s+\((?:[A-Z][A-Za-z]?[.-]?){2,8}\)/u;

/**
 * Visits, once per sentence of [from, to) and concept, each sentence naming a concept of one of `kinds`:
 * by its name (`c:id`) and, with `roles`, by its role (`r:id`). A name some story found as another kind
 * than its concept's counts in each story as that story's kind: a sentence at a time, for those few
 * names only.
 */
export function forEachNameOfKinds(
  concepts: ConceptMatcher,
  postings: ReadonlyMap<string, Uint32Array | readonly number[]>,
  sentences: readonly IndexedSentence[],
  stories: readonly LoadedStory[],
  kinds: readonly string[],
  roles: boolean,
  from: number,
  to: number,
  visit: (gid: number, id: string) => void,
): void {
  const own = concepts.storyKindIds();
  const byName = (id: string, ok: ((gid: number) => boolean) | undefined) => {
    const c = postings.get(`c:${id}`) ?? [];
    const r = roles ? (postings.get(`r:${id}`) ?? []) : [];
    const seen = c.length > 0 && r.length > 0 ? new Set<number>() : undefined;
    for (const list of [c, r])
      for (const gid of list) {
        if (gid < from || gid >= to || (ok !== undefined && !ok(gid))) continue;
        if (seen !== undefined) {
          if (seen.has(gid)) continue;
          seen.add(gid);
        }
        visit(gid, id);
      }
  };
  for (const [id, kind] of concepts.kinds) if (!own.has(id) && kinds.includes(kind)) byName(id, undefined);
  for (const id of own)
    byName(id, (gid) => {
      const kind = concepts.kindIn(id, stories[(sentences[gid] as IndexedSentence).story]?.info.id);
      return kind !== undefined && kinds.includes(kind);
    });
}

/** `CompiledAnswerType.supplied` of a sentence with a number whose kind is not read yet, and once read. */
const NUMBER_UNREAD = 2;
const NUMBER_YES = 3;
const NUMBER_NO = 4;

/**
 * Whether a sentence supplies an answer type: marked so at start-up, or (for a type that takes only
 * counts or only dates) holding a number of that kind, read on first use and remembered.
 */
export function suppliesAt(index: SearchIndex, t: CompiledAnswerType, gid: number): boolean {
  const v = t.supplied[gid];
  if (v === 1 || v === NUMBER_YES) return true;
  if (v !== NUMBER_UNREAD) return false;
  const text = (index.sentences[gid] as IndexedSentence).sentence.text;
  const yes = t.numberKind === 'counts' ? writesCount(text) : writesDate(text);
  t.supplied[gid] = yes ? NUMBER_YES : NUMBER_NO;
  return yes;
}

/** An answer type over an index grown by the sentences [from, to), marked from their own keys only. */
function extendAnswerType(
  t: CompiledAnswerType,
  index: SearchIndex,
  lists: ReadonlyMap<string, readonly number[]>,
  from: number,
  to: number,
): CompiledAnswerType {
  const supplied = new Uint8Array(to);
  supplied.set(t.supplied.subarray(0, Math.min(from, t.supplied.length)));
  const grow = (a: Uint8Array) => {
    if (!t.fresh) return a;
    const out = new Uint8Array(to);
    out.set(a.subarray(0, Math.min(from, a.length)));
    return out;
  };
  const grown = { ...t, supplied, suppliers: grow(t.suppliers), byWord: grow(t.byWord) };
  markSupplied(grown, index.concepts, lists, index.sentences, index.stories, from, to);
  return grown;
}

/** Index of the first value ≥ `value` in a sorted list. */
export function lowerBound(list: Uint32Array, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a posting list holds a sentence of a story (by its index in `index.stories`). */
export function holdsInStory(index: SearchIndex, list: Uint32Array | undefined, story: number): boolean {
  if (list === undefined) return false;
  const to = index.storyStart[story + 1] ?? index.sentences.length;
  return (list[lowerBound(list, index.storyStart[story] as number)] ?? to) < to;
}
