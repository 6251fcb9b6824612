/**
 * The conversation's own dialogue words (knowledge/dialogue.json), folded once per index the way
 * questions are folded: object pronouns, corrections, pointers at the answer's place and time,
 * "who said that?" questions, and the words that may precede a choice's number.
 */
import type { Knowledge } from '../knowledge/load.js';
import type { SearchIndex } from '../search/index.js';
import { LANGUAGE_CODES, type PerLanguage } from '../text/languages.js';

/** The folded lists, ready for matching a question's folded words. */
export interface ConversationWords {
  readonly objectPronouns: ReadonlySet<string>;
  readonly personPronouns: ReadonlySet<string>;
  /** Verbs of replying ("respond", "رد"), folded. */
  readonly reactions: ReadonlySet<string>;
  /** Pronouns that are a copula after a question word (هو in "من هو …؟"). */
  readonly copulas: ReadonlySet<string>;
  /** Correction openings, each a list of folded words. */
  readonly corrections: readonly (readonly string[])[];
  readonly placePointers: readonly (readonly string[])[];
  /** Words after which "there" / هناك only says that something exists ("were there …?"), folded. */
  readonly existentialBefore: ReadonlySet<string>;
  readonly timePointers: readonly (readonly string[])[];
  /** Whole questions, each as its folded words joined by one space. */
  readonly sourceQuestions: ReadonlySet<string>;
  /** Words placing something after something else ("after", بعد), folded. */
  readonly afterWords: ReadonlySet<string>;
  /** The one-word thing pronouns ("that", "this", ذلك، هذا), folded: the pointers a source question ends on. */
  readonly thingWords: ReadonlySet<string>;
  /** Whole questions about the sentence before the answer shown ("and before that?"), as sourceQuestions. */
  readonly beforeQuestions: ReadonlySet<string>;
  /** Whole questions about the sentence after it ("what happened next?"), as sourceQuestions. */
  readonly afterQuestions: ReadonlySet<string>;
  /** Demonstratives before a noun ("that", ذلك), folded: see referredUnits. */
  readonly demonstratives: ReadonlySet<string>;
  /** Whole yes/no questions on how the answer shown turned out ("did it work?"), as sourceQuestions. */
  readonly outcomeQuestions: ReadonlySet<string>;
  /** Words telling an outcome ("but", "failed", لكن), each a list of folded words. */
  readonly resultWords: readonly (readonly string[])[];
  /** Whole questions for who came after the person talked about ("who succeeded him?"), as sourceQuestions. */
  readonly successorQuestions: ReadonlySet<string>;
  /** Whole questions about the story as a whole ("what is this story about?"), as sourceQuestions. */
  readonly gistQuestions: ReadonlySet<string>;
  /** Politeness around a whole question ("please", من فضلك), each a list of folded words. */
  readonly politeWords: readonly (readonly string[])[];
  /** Verbs of doing and happening ("do", "فعل"), folded: see `stepOf`. */
  readonly stepVerbs: ReadonlySet<string>;
  /** Verbs of doing ("do", فعل), folded: see Knowledge['dialogue'].doVerbs. */
  readonly doVerbs: ReadonlySet<string>;
  readonly doAsks: ReadonlySet<string>;
  readonly choicePrefix: ReadonlySet<string>;
  readonly questionWords: ReadonlySet<string>;
  /** The question words that ask for a person ("who", من), folded: a verb right after one has it for subject. */
  readonly whoWords: ReadonlySet<string>;
  /** What "how many" counts that a story may give as a bare number (people, times), folded. */
  readonly plainCounts: ReadonlySet<string>;
  /** Words after which the counted word is always a noun (عدد), folded. */
  readonly countNouns: ReadonlySet<string>;
  /** Words and phrases that ask about the present (today, last night, الحالي), each a list of folded words. */
  readonly presentWords: readonly (readonly string[])[];
  /** Words that ask about the present as a question's last word only (اليوم), folded. */
  readonly presentWordsLast: ReadonlySet<string>;
  /** Words that, in an answer, speak of its present besides those (currently, لا يزال), folded. */
  readonly presentSaid: ReadonlySet<string>;
  /** Words and phrases that ask for the one at an extreme (the largest, أطول), each a list of folded words. */
  readonly extremeWords: readonly (readonly string[])[];
  /** Words that, in an answer, say it is at some extreme besides those (only, record, الوحيد), folded. */
  readonly extremeSaid: ReadonlySet<string>;
  readonly subjectVerbs: ReadonlySet<string>;
  /** Prepositions after which a person is talked about, not speaking ("about", عن), folded. */
  readonly objectPrepositions: ReadonlySet<string>;
  /** Prepositions a question may open with before its question word ("in", بعد), folded. */
  readonly askingPrepositions: ReadonlySet<string>;
  /** Arabic "what / which" before a noun (أي، ما), folded. */
  readonly whichWords: ReadonlySet<string>;
  /** Pronouns for who speaks or acts ("he", "she"), folded. */
  readonly subjectPronouns: ReadonlySet<string>;
  /** Phrases pointing at a thing ("that one"), each a list of folded words. */
  readonly thingPointers: readonly (readonly string[])[];
  /** Phrases naming a source ("according to", حسب), each a list of folded words. */
  readonly sourcePointers: readonly (readonly string[])[];
  /** Phrases that set apart the name after them ("besides", باستثناء), split into words. */
  readonly exceptions: readonly (readonly string[])[];
  /** Words of talk ("in the first place", بالضبط), each a list of folded words. */
  readonly fillers: readonly (readonly string[])[];
  readonly groupPronouns: readonly (readonly string[])[];
  readonly continuations: readonly (readonly string[])[];
  /** The first words of the pointer and group phrases: a question with none of them has no pointer. */
  readonly pointerStarts: ReadonlySet<string>;
  /** Pronoun suffixes written onto a word (هم in إحصاؤهم, "counting them"), folded. */
  readonly attachedPronouns: readonly string[];
  /** Small talk words ("no", "لا") that may open a correction. */
  readonly negations: ReadonlySet<string>;
  /** The Arabic stop words (knowledge/stopwords.ar.txt), folded: كان after متى is no verb of "he" acting. */
  readonly arabicStops: ReadonlySet<string>;
  /** Question words after which a bare three-letter word is a verb of "he" (متى، كيف), folded. */
  readonly verbAsks: ReadonlySet<string>;
  /** The plain verbs of saying ("write", كتب), folded: no verb of its own after "else". */
  readonly plainSaying: ReadonlySet<string>;
  /** Pronouns for a man and for a woman ("he", "she"), folded. */
  readonly hePronouns: ReadonlySet<string>;
  readonly shePronouns: ReadonlySet<string>;
}

/** Folds the conversation's word lists with the index's analyzer. */
export function foldConversationWords(index: SearchIndex): ConversationWords {
  const d: Knowledge['dialogue'] = index.knowledge.dialogue;
  const fold = (r: PerLanguage<readonly string[]>) =>
    LANGUAGE_CODES.flatMap((code) => r[code])
      .map((x) => index.analyzer.fold(x))
      .filter((x) => x !== '');
  const phrases = (r: PerLanguage<readonly string[]>) => fold(r).map((p) => p.split(' '));
  return {
    objectPronouns: new Set(fold(d.objectPronouns)),
    personPronouns: new Set(fold(d.personPronouns)),
    copulas: new Set(fold(d.copulas)),
    reactions: new Set(fold(d.reactions)),
    corrections: phrases(d.corrections),
    placePointers: phrases(d.placePointers),
    existentialBefore: new Set(fold(d.existentialBefore)),
    timePointers: phrases(d.timePointers),
    sourceQuestions: new Set(fold(d.sourceQuestions)),
    afterWords: new Set(fold(d.afterWords)),
    thingWords: new Set(fold(d.thingPronouns).filter((x) => !x.includes(' '))),
    beforeQuestions: new Set(fold(d.beforeQuestions)),
    afterQuestions: new Set(fold(d.afterQuestions)),
    demonstratives: new Set(fold(d.demonstratives)),
    outcomeQuestions: new Set(fold(d.outcomeQuestions)),
    resultWords: phrases(d.resultWords),
    successorQuestions: new Set(fold(d.successorQuestions)),
    gistQuestions: new Set(fold(d.gistQuestions)),
    politeWords: phrases(d.politeWords),
    stepVerbs: new Set(fold(d.stepVerbs)),
    doVerbs: new Set(fold(d.doVerbs)),
    doAsks: new Set(fold(d.doAsks)),
    choicePrefix: new Set(fold(d.choicePrefix)),
    questionWords: new Set(fold(d.questionWords)),
    subjectVerbs: new Set(fold(d.subjectVerbs)),
    whoWords: new Set(fold(d.whoWords)),
    plainCounts: new Set(fold(d.plainCounts)),
    countNouns: new Set(fold(d.countNouns)),
    presentWords: phrases(d.presentWords),
    presentWordsLast: new Set(fold(d.presentWordsLast)),
    presentSaid: new Set(fold(d.presentSaid)),
    extremeWords: phrases(d.extremeWords),
    extremeSaid: new Set(fold(d.extremeSaid)),
    objectPrepositions: new Set(fold(d.objectPrepositions)),
    askingPrepositions: new Set(fold(d.askingPrepositions)),
    whichWords: new Set(fold(d.whichWords)),
    subjectPronouns: new Set(fold(d.subjectPronouns)),
    thingPointers: phrases(d.thingPointers),
    sourcePointers: phrases(d.sourcePointers),
    exceptions: phrases(d.exceptions),
    fillers: phrases(d.fillers),
    groupPronouns: phrases(d.groupPronouns),
    continuations: phrases(d.continuations),
    pointerStarts: new Set(
      [...phrases(d.placePointers), ...phrases(d.timePointers), ...phrases(d.groupPronouns), ...phrases(d.continuations)].map((p) => p[0] as string),
    ),
    attachedPronouns: fold(d.attachedPronouns).sort((a, b) => b.length - a.length),
    negations: new Set(['no', 'nope', 'not', 'لا', 'كلا', 'ليس'].map((w) => index.analyzer.fold(w))),
    verbAsks: new Set(fold(d.verbAsks)),
    plainSaying: new Set(fold(d.plainSaying)),
    hePronouns: new Set(fold(d.hePronouns)),
    shePronouns: new Set(fold(d.shePronouns)),
    arabicStops: new Set(index.knowledge.stopwords.ar.map((x) => index.analyzer.fold(x))),
  };
}

/**
 * The verbs of doing a question asks with ("what did Ukraine do?", "ماذا فعلت أوكرانيا؟"): those after
 * "what" / ماذا. None in "ما هو فعل كلمة …؟" ("what is the verb of the word …?").
 */
export function doingVerbs(words: readonly string[], w: ConversationWords): string[] {
  const at = words.findIndex((x) => w.doAsks.has(x));
  return at < 0 ? [] : words.slice(at + 1).filter((x) => w.doVerbs.has(x));
}

/**
 * Whether a folded word carries a pronoun suffix (إحصاؤهم, "counting them"; وأسبابها, "and its
 * reasons"): at least three letters before the suffix, after a leading و / ف, and no article ال,
 * which a word with a possessive suffix never has (المتهم, "the accused", ends in هم by chance).
 */
export function hasAttachedPronoun(word: string, w: ConversationWords): boolean {
  // A word whose last letter ends no pronoun (every English word, most Arabic ones) has none: one look
  // instead of the regular expressions and a comparison with every pronoun, for every word of a question.
  const lasts = lastLettersOf(w.attachedPronouns);
  if (lasts !== undefined && !lasts.has(word.charAt(word.length - 1))) return false;
  const bare = /^[وف]/.test(word) ? word.slice(1) : word;
  if (bare.startsWith('ال') || /^[بلك]ال/.test(bare) || bare.startsWith('لل')) return false;
  for (const s of w.attachedPronouns) if (bare.endsWith(s)) return bare.length - s.length >= 3;
  return false;
}

/**
 * Whether a question's word right after an Arabic asking word of a person, a time, a place, a manner or
 * a deed (من، متى، أين، كيف، لماذا، ماذا) ends, as written, in the pronoun ه ("him", "his"): من علمه النحو؟
 * (who taught him grammar?), متى قتله؟. Folding writes ة as ه, so this reads the written word (not ة), with
 * three letters at least before it and no article. Not after ما، كم، أي, which take a noun (ما اتجاه …).
 */
export function himAfterAsking(surfaces: readonly string[], words: readonly string[], w: ConversationWords): boolean {
  return surfaces.some((surface, i) => {
    if (i === 0 || i > 2) return false;
    const before = words[i - 1] as string;
    const asking = /^[وف]/.test(before) && before.length > 2 ? before.slice(1) : before;
    if (!(w.whoWords.has(asking) || w.verbAsks.has(asking) || w.doAsks.has(asking))) return false;
    const bare = surface.replace(/[\u064B-\u0652\u0640]/g, '');
    if (!/^[\u0621-\u064A]+ه$/.test(bare) || bare.startsWith('ال')) return false;
    return bare.length >= 4 && !w.arabicStops.has(words[i] as string);
  });
}

/** The last letters of each list of suffixes, worked out on first use (undefined when one is empty: it ends every word). */
const suffixLasts = new WeakMap<readonly string[], ReadonlySet<string> | undefined>();

function lastLettersOf(suffixes: readonly string[]): ReadonlySet<string> | undefined {
  if (suffixLasts.has(suffixes)) return suffixLasts.get(suffixes);
  const found = suffixes.some((s) => s === '') ? undefined : new Set(suffixes.map((s) => s.charAt(s.length - 1)));
  suffixLasts.set(suffixes, found);
  return found;
}

/**
 * Whether a folded word ends in "his" written onto a noun in taa marbuta (ة, written ت before a
 * suffix): شرعيته, "his legitimacy"; حكومته, "his government". A bare final ه is not read: it is also
 * the folded ة itself (حكومه). The same limits as `hasAttachedPronoun` apply.
 */
export function hasPossessiveHis(word: string): boolean {
  // Either reading ends as the word does: a word not ending in ته (every English word) is settled here,
  // before the regular expressions (this runs for every word of every question).
  if (!word.endsWith('ته')) return false;
  // و opens many words as a letter of their own (وفاته, "his death"; وظيفته, "his job"), not only as
  // "and": the word is read with it as well as without it.
  return possessiveHis(word) || (/^[وف]/.test(word) && possessiveHis(word.slice(1)));
}

function possessiveHis(bare: string): boolean {
  if (bare.startsWith('ال') || /^[بلك]ال/.test(bare) || bare.startsWith('لل')) return false;
  return bare.length >= 5 && bare.endsWith('ته');
}

/** Whether `phrase` occurs in `words` starting at `at`. */
export function phraseAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > words.length) return false;
  for (let i = 0; i < phrase.length; i++) if (words[at + i] !== phrase[i]) return false;
  return true;
}

/** Lists this long or longer are looked up by first word (see phrasesByFirstWord); shorter ones are scanned. */
const INDEXED_PHRASES = 8;

/** Each long phrase list by its phrases' first words, worked out on first use (the lists never change). */
const firstWords = new WeakMap<readonly (readonly string[])[], ReadonlyMap<string | undefined, readonly (readonly string[])[]>>();

/**
 * A list of phrases by first word, so that each word of a question is looked up once instead of being
 * compared with every phrase (a question reads eight lists of tens of phrases each). An empty phrase,
 * which occurs at any word, is kept under `undefined`.
 */
export function phrasesByFirstWord(phrases: readonly (readonly string[])[]): ReadonlyMap<string | undefined, readonly (readonly string[])[]> {
  let found = firstWords.get(phrases);
  if (found === undefined) {
    const made = new Map<string | undefined, (readonly string[])[]>();
    for (const p of phrases) {
      const list = made.get(p[0]);
      if (list === undefined) made.set(p[0], [p]);
      else list.push(p);
    }
    found = made;
    firstWords.set(phrases, found);
  }
  return found;
}

/** Whether any of the phrases occurs anywhere in `words`. */
export function hasPhrase(words: readonly string[], phrases: readonly (readonly string[])[]): boolean {
  if (phrases.length < INDEXED_PHRASES) {
    for (let i = 0; i < words.length; i++) for (const p of phrases) if (phraseAt(words, i, p)) return true;
    return false;
  }
  const starts = phrasesByFirstWord(phrases);
  if (words.length > 0 && starts.has(undefined)) return true;
  for (let i = 0; i < words.length; i++) {
    const some = starts.get(words[i]);
    if (some !== undefined) for (const p of some) if (phraseAt(words, i, p)) return true;
  }
  return false;
}

/**
 * Whether a question asks who someone is: a word of "who", then a copula (من هو …؟, "who was …?").
 * What it names is someone, whether or not the story's vocabulary knows them as a person.
 */
export function asksWhoIs(words: readonly string[], w: ConversationWords): boolean {
  const rest = withoutOpening(words);
  return w.whoWords.has(rest[0] ?? '') && w.copulas.has(rest[1] ?? '');
}

/**
 * The words of a question without a leading "and" / "so" and without the Arabic conjunction و / ف
 * glued to its first word ("ومن قال ذلك" reads as "من قال ذلك").
 */
export function withoutOpening(words: readonly string[]): string[] {
  let at = 0;
  while (at < words.length - 1 && OPENINGS.has(words[at] as string)) at++;
  const rest = words.slice(at);
  const first = rest[0];
  if (first !== undefined && /^[وف]/.test(first) && first.length > 2) rest[0] = first.slice(1);
  return rest;
}

/**
 * Whether a question asks what the story as a whole is about: a whole question of `gistQuestions`
 * ("what's this story about?", "لخص الخبر"), with a word of politeness before or after it ("summarize,
 * please"; من فضلك) left out.
 */
export function isGistQuestion(words: readonly string[], w: ConversationWords): boolean {
  let rest = withoutOpening(words);
  // Each phrase's first word is compared before the whole phrase: most questions hold no polite word,
  // and a closure for every phrase, twice, was the most a short question allocated here.
  for (const p of w.politeWords) {
    if (rest.length > p.length && rest[0] === p[0] && p.every((x, i) => rest[i] === x)) rest = rest.slice(p.length);
    if (rest.length > p.length && rest[rest.length - p.length] === p[0] && p.every((x, i) => rest[rest.length - p.length + i] === x))
      rest = rest.slice(0, -p.length);
  }
  return w.gistQuestions.has(rest.join(' '));
}

/**
 * Whether a question asks who said the answer just shown: a whole question of the list ("who said
 * that?", "ومن ذكر ذلك؟"), or one whose pointer comes with the noun it points with ("who reported
 * these figures?", "ومن ذكر هذا الرقم؟"): any pointer and one word after it read as the list's "that".
 */
export function isSourceQuestion(words: readonly string[], w: ConversationWords): boolean {
  const rest = withoutOpening(words);
  if (w.sourceQuestions.has(rest.join(' '))) return true;
  const n = rest.length;
  if (n < 3 || !w.thingWords.has(rest[n - 2] as string)) return false;
  const head = rest.slice(0, n - 2).join(' ');
  for (const d of w.thingWords) if (w.sourceQuestions.has(`${head} ${d}`)) return true;
  return false;
}

/**
 * Whether a question asks what came after the answer just shown in words of its own: "after" and a
 * pointer ("how did the conflict develop after that?", "وكيف تطور الصراع بعد ذلك؟"), or "afterwards".
 */
export function asksAfterThat(words: readonly string[], w: ConversationWords): boolean {
  return words.some(
    (x, i) => w.afterWords.has(x) && (w.thingWords.has(words[i + 1] ?? '') || (i === words.length - 1 && i > 0 && !w.afterWords.has(words[i - 1] ?? ''))),
  );
}

/**
 * Whether a question asks for the story's sentence before (-1) or after (1) the answer shown, or
 * neither (0): a whole question of the lists ("and before that?", "وبعد ذلك؟"), or one that only adds
 * a verb of doing or happening, a question word and a person pronoun to a phrase of the lists ("what
 * did he do after that?", "وماذا فعل بعد ذلك؟"). A question naming anyone or anything else is its own.
 */
export function stepOf(words: readonly string[], w: ConversationWords): -1 | 0 | 1 {
  const rest = withoutOpening(words);
  const whole = rest.join(' ');
  if (w.beforeQuestions.has(whole)) return -1;
  if (w.afterQuestions.has(whole)) return 1;
  if (!rest.some((x) => w.stepVerbs.has(x))) return 0;
  const core = rest.filter((x) => !w.stepVerbs.has(x) && !w.questionWords.has(x) && !w.personPronouns.has(x)).join(' ');
  return w.beforeQuestions.has(core) ? -1 : w.afterQuestions.has(core) ? 1 : 0;
}

/** Words that open a follow-up without changing what it asks: "and", "so", و, ف. */
const OPENINGS: ReadonlySet<string> = new Set(['and', 'so', 'but', 'و', 'ف']);

/** How many words a correction opening takes at the start of `words` ("no, I meant" → 3), 0 if none. */
export function correctionLength(words: readonly string[], w: ConversationWords): number {
  let at = 0;
  while (at < words.length && w.negations.has(words[at] as string)) at++;
  let best = 0;
  for (const p of w.corrections) if (phraseAt(words, at, p) && p.length > best) best = p.length;
  return best === 0 ? 0 : at + best;
}

/**
 * The choice a message picks, 1-based, when it is only a number (optionally after "number", "الخيار"):
 * "2", "#2", "٢", "option 2". Undefined for anything else.
 */
export function choiceNumber(words: readonly string[], w: ConversationWords): number | undefined {
  const rest = words.filter((x) => !w.choicePrefix.has(x));
  if (rest.length !== 1 || words.length > 2) return undefined;
  const n = Number(rest[0]);
  return Number.isInteger(n) && n >= 1 && n <= 9 ? n : undefined;
}
