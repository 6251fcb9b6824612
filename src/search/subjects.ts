/**
 * What a sentence that opens on a pronoun or a definite description is about: the subject of the
 * sentence before it. "The current Basilica of the Sacred Heart is located …. It is built in French
 * Revival style …. The interior was painted by Luigi Gregori …": the last sentence answers "who painted
 * the inside of the Basilica?" though it never names the Basilica. Ranking credits such a sentence
 * with the words of that subject (SearchOptions.inherit), not with everything its neighbour says: the
 * neighbour's credit (SearchOptions.neighbour) already stands for that, for less.
 *
 * There is no parser here: a sentence's subject is read as its opening noun phrase, the content words
 * from its start (after an opening adverbial closed by a comma, "In 1946, …") up to the first word
 * that ends one (a verb of being or having, a relative pronoun, a preposition other than "of") or a
 * comma or bracket. The word lists are English (knowledge/subjects.en.json), with Arabic ones added
 * (knowledge/subjects.ar.json: an Arabic sentence opening on هو / وهي or on كان, whose subject Arabic
 * leaves unsaid, is about the one before; development Arabic → Arabic 85.9 → 86.6%); without them nothing is
 * inherited.
 */
import type { SubjectWords } from '../knowledge/load.js';
import type { Token } from '../text/analyzer.js';
import type { IndexedSentence, SearchIndex } from './index.js';

/** A sentence's opening noun phrase, and whether the sentence opens on words that point back at the one before. */
export interface SentenceSubject {
  /** Opens on a pronoun ("It", "Its", "He"), or on "the" and a common noun its predecessor's subject holds ("The store" after "The iTunes Store …"). */
  readonly pointsBack: boolean;
  /** Keys of the opening noun phrase's words and of the concepts it names (`c:` keys). */
  readonly keys: ReadonlySet<string>;
}

/** Most content words read as a subject: a longer opening runs into the predicate. */
const SUBJECT_WORDS = 4;

/** Sentences read as far back as this through a chain of pronouns ("… It … The interior …"). */
export const CHAIN = 3;

/** What ends an opening noun phrase besides a word of the list: a comma, a bracket, a dash, a colon or a quotation mark between two words. */
const PHRASE_GAP = /[(,;:\u2013\u2014"\u201c]/;

/**
 * Subjects worked out per index, by gid (on first use: only candidates of a question are read). An
 * array indexed by gid, not a Map: it is read for every candidate of every question, and a Map look-up
 * of a number cost several times an array's.
 */
const subjects = new WeakMap<SearchIndex, (SentenceSubject | undefined)[]>();

/** Forgets the subjects read over an index, for when it changes (a story added in place). */
export function forgetSubjects(index: SearchIndex): void {
  subjects.delete(index);
}

const NO_SUBJECT: SentenceSubject = Object.freeze({ pointsBack: false, keys: new Set<string>() });

/** The subject of the sentence at `gid` (see SentenceSubject). */
export function subjectOf(index: SearchIndex, gid: number): SentenceSubject {
  const words = index.knowledge.subjects;
  const sentence = index.sentences[gid];
  if (words === undefined || sentence === undefined) return NO_SUBJECT;
  let byGid = subjects.get(index);
  if (byGid === undefined) {
    // Filled to the index's length, so that the first reads, anywhere in it, find fast elements.
    byGid = new Array<SentenceSubject | undefined>(index.sentences.length).fill(undefined);
    subjects.set(index, byGid);
  }
  let found = byGid[gid];
  if (found === undefined) {
    found = readSubject(index, words, sentence, gid);
    byGid[gid] = found;
  }
  return found;
}

function readSubject(index: SearchIndex, words: SubjectWords, s: IndexedSentence, gid: number): SentenceSubject {
  const text = s.sentence.text;
  const tokens = index.analyzer.analyze(text);
  const first = tokens[0];
  if (first === undefined || (first.script !== 'latin' && first.script !== 'ar')) return NO_SUBJECT;
  let pointsBack = words.pronouns.has(first.norm);
  let from = 0;
  // "In 1946, …", "Since 2005, …": the subject follows the opening adverbial's comma, and a pronoun
  // there points back as one at the start does ("In 1999, it was …").
  if (words.openers.has(first.norm)) {
    const comma = text.indexOf(',');
    if (comma > 0 && comma < OPENER_REACH) {
      from = tokens.findIndex((t) => t.start > comma);
      if (from < 0) from = tokens.length;
      else if (words.pronouns.has((tokens[from] as Token).norm)) pointsBack = true;
    }
  }
  const phrase: Token[] = [];
  for (let j = from; j < tokens.length && phrase.length < SUBJECT_WORDS; j++) {
    const t = tokens[j] as Token;
    if (j > from && PHRASE_GAP.test(text.slice((tokens[j - 1] as Token).end, t.start))) break;
    if (words.ends.has(t.norm)) break;
    if (t.stop || t.key === '') continue;
    // A past form after the head of the phrase is most likely its verb ("Beyoncé experienced …").
    if (phrase.length > 0 && PAST.test(t.norm)) break;
    phrase.push(t);
  }
  const keys = new Set<string>();
  for (const t of phrase) {
    keys.add(t.key);
    for (const v of t.variants) keys.add(v);
  }
  for (const h of index.concepts.find(phrase, undefined, index.stories[s.story]?.info.id)) if (!h.role) keys.add(`c:${h.id}`);
  // "The store became …" after "The iTunes Store (…) is …": a definite description points back when
  // the subject before it holds its noun; "The university is …" after a sentence about students names
  // something else (the story's subject, which the title credit stands for).
  const second = tokens[1];
  if (!pointsBack && words.definite.has(first.norm) && second !== undefined && !second.stop && isLower(second.surface) && gid > 0) {
    const before = index.sentences[gid - 1];
    if (before !== undefined && before.story === s.story) pointsBack = subjectOf(index, gid - 1).keys.has(second.key);
  }
  return { pointsBack, keys };
}

/** Characters within which an opening adverbial's comma is looked for. */
const OPENER_REACH = 80;

/** An English past form (a verb after its subject, most likely). */
const PAST = /[a-z]ed$/;

function isLower(surface: string): boolean {
  return surface !== '' && surface[0] === surface[0]?.toLowerCase() && surface[0] !== surface[0]?.toUpperCase();
}

/**
 * How well a sentence matches a key through what it points back at: `inherit` times the best
 * alternative the subject before it holds, or, when that sentence points back too, what it inherits
 * (up to CHAIN sentences, `inherit` again at each step). 0 when the sentence does not point back.
 * @param has whether the subject keys hold an alternative, and its quality (the caller's unit)
 * @param from the first gid of the sentence's story (nothing is inherited across stories)
 */
export function inheritedQuality(index: SearchIndex, gid: number, from: number, best: (keys: ReadonlySet<string>) => number, inherit: number): number {
  let q = 0;
  let share = inherit;
  for (let g = gid, step = 0; step < CHAIN && g > from && subjectOf(index, g).pointsBack; g--, step++) {
    q = Math.max(q, share * best(subjectOf(index, g - 1).keys));
    share *= inherit;
  }
  return q;
}
