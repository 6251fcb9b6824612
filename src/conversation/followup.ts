/**
 * Follow-up questions: deciding whether a question continues the conversation, and what it refers to.
 *
 * A follow-up may refer to the previous question (its people, places and topics, kept as the focus)
 * and to the best answer just shown (its speaker, the people and places it names, its years; see
 * facts.ts). The rules, in plain words:
 * - A question continues the conversation when it has a pronoun (he, him, it, عنها, قاله), a pointer
 *   (there, then, that year, هناك, حينها), opens with "and" / "what about" / و, asks for something
 *   "else", has no content words of its own ("why?", "how long?"), or is only a name ("Hegseth?").
 * - "he" / "she" with nobody new named stands for the person of the previous question, or else the
 *   speaker of the answer just shown. "him", "her", "عنه" stand for that person even when the question
 *   names someone else ("How did Trump react to him?").
 * - A new person replaces the earlier ones; a new topic replaces the earlier topics, unless "it" /
 *   "that" points back at them ("what did Trump think of it?"), when they come along at reduced weight.
 *   A question that only names a person ("and Zelensky?") keeps the earlier topics whole.
 * - "there" carries the places, "then" / "that year" the years, of the answer just shown.
 * - "else" hides everything the conversation has shown.
 */
import type { SearchOptions } from '../search/defaults.js';
import type { SearchIndex } from '../search/index.js';
import { indexMemo, memoMap } from '../search/memos.js';
import { AUTO_PREFIX } from '../search/names.js';
import { idf, isKinNoun, type ParsedQuery, parseQuery, type QueryUnit } from '../search/query.js';
import { kindScale } from '../search/weights.js';
import type { ChatState, FocusItem } from '../types.js';
import { type ConversationWords, hasAttachedPronoun, hasPhrase, hasPossessiveHis, phrasesByFirstWord } from './dialogue.js';
import { MAX_FOCUS_AGE, MAX_FOCUS_ITEMS } from './state.js';

/** What a follow-up adds to a question. */
export interface Resolution {
  readonly followUp: boolean;
  /** Units carried from earlier turns (the question's own units are not repeated here). */
  readonly carried: readonly QueryUnit[];
  /** Hide what the conversation has shown. */
  readonly excludeShown: boolean;
  /** Prefer sentences next to the last answer ("it" points at what was just shown). */
  readonly nearLast: boolean;
  /** Whether the answer just shown may itself be the answer again ("why?", "when was that?"). */
  readonly nearSelf: boolean;
  /** A person pronoun that nobody earlier in the conversation could stand for. */
  readonly unresolvedPerson: boolean;
  /**
   * The conversation's first question points back ("he", "it", a suffix: من جده؟) with nothing before it
   * to stand for: the title's one subject may (see titlePronoun).
   */
  readonly pointsBackFirst?: boolean;
  /**
   * "that" / "it" / ذلك stands for the answer just shown, and the question asks about something else
   * than its time or place: who rejected it, what someone thought of it. The story's reply to that
   * answer (the next sentence, referring back to it) may answer.
   */
  readonly aboutAnswer: boolean;
  /**
   * "which TV channel did she talk to?" right after Rayner's statement: the person pronoun stands for
   * the speaker of the answer just shown, so the question is about that answer too, and the answer
   * itself may answer it with less of the question's own wording (a channel named, not "channel").
   */
  readonly aboutSpeaker: boolean;
  /**
   * Each carried unit's weight before its carry factor, and whether the question referred to it
   * explicitly (a pronoun, a pointer): those stay in focus afresh.
   */
  readonly origin: ReadonlyMap<string, { readonly weight: number; readonly explicit: boolean; readonly gender?: 'm' | 'f' }>;
}

/** What resolution needs besides the question and the state. */
export interface FollowUpContext {
  readonly index: SearchIndex;
  readonly words: ConversationWords;
  readonly o: SearchOptions;
}

const NONE: Resolution = Object.freeze({
  followUp: false,
  carried: [],
  excludeShown: false,
  nearLast: false,
  nearSelf: false,
  unresolvedPerson: false,
  aboutAnswer: false,
  aboutSpeaker: false,
  origin: new Map(),
});

/** The signals a question's folded words carry beyond what the parser reads. */
export interface Pointers {
  readonly objectPronoun: boolean;
  /** A verb that carries its subject ("ماذا قال عن …؟", what did he say about …). */
  readonly subjectVerb: boolean;
  /**
   * Someone the conversation knows is the subject, who speaks or acts: "he" / "she", or a verb that
   * carries its subject ("ومتى قال ذلك؟", when did he say that?). Not "him" / "عنه", who is spoken of.
   */
  readonly subjectPronoun: boolean;
  /**
   * A phrase pointing at a thing or a source ("how long was that one?", "according to him"): "one" and
   * "according" are no words to look for.
   */
  readonly thingPointer: boolean;
  /** The words more than two after that verb: a person named there is not its subject. */
  readonly farFromVerb: ReadonlySet<string>;
  /**
   * The word read as a past-tense verb by its form alone (see pastAfterQuestion), if that is the verb: a
   * name read so ("وأين مصر؟") is no verb. Not a listed verb, which a story's names may shadow (شارك).
   */
  readonly verbWord?: string | undefined;
  /** The word right after the verb that carries its subject (ردت in "وبماذا ردت أوكرانيا؟": أوكرانيا), if any. */
  readonly afterVerb?: string | undefined;
  /** A phrase naming a source ("according to him", "حسب قوله"). */
  readonly source: boolean;
  /** A plural pronoun for people ("they", "هما"). */
  readonly group: boolean;
  /**
   * An Arabic verb of "she" / "it" right after a question word of time, place, manner or reason, with
   * no subject after it ("وإلى أين امتدت؟", and where did it extend?; "ومتى سقطت؟", and when did it fall?):
   * Arabic drops the pronoun, and "it" is as often a thing (an empire, a currency) as a woman.
   */
  readonly itVerb: boolean;
  /** That verb's word, when there is one: a name the story knows may be written so (بيروت). */
  readonly itVerbWord?: string | undefined;
  /** Asks how the answer just shown goes on: "what did he add?". */
  readonly continuation: boolean;
  readonly place: boolean;
  readonly time: boolean;
  /** A pronoun written onto a word of the question (إحصاؤهم, "counting them"): it points back, as "them" does. */
  readonly attached: boolean;
  /** The question opens with و / ف glued to a preposition and a question word (وبماذا، ولمن): "and …?". */
  readonly opening: boolean;
  /**
   * Its only person pronouns are the copula after a question word ("من هو أرطغرل؟", "who is
   * Ertugrul?"): Arabic's هو there stands for no one.
   */
  readonly copulaOnly: boolean;
  /**
   * A group pronoun of several words ("each other", "one another"): "they" are people doing something to
   * one another, not a thing the question points back at.
   */
  readonly reciprocal: boolean;
  /** A verb of replying ("how did Russia respond?", "وكيف رد الكرملين؟"). */
  readonly reaction: boolean;
  /** It asks "who" ("ومن اقترح تبادل الأراضي؟", "and who proposed the land swap?"): the person is what it asks for. */
  readonly asksWho: boolean;
  /**
   * The words right after a preposition of talking about or to ("about Zelensky", "مع ترامب"): a person
   * named there is the object of the question, not who speaks in it (see `asObject`).
   */
  readonly objects: ReadonlySet<string>;
  /** It has a question word ("who is Kane Kramer?"): a name alone in it is what it asks about, no "and …?". */
  readonly questionWord: boolean;
  /**
   * A fragment with no verb: a preposition, a question word and a noun or two ("in which song?", "after
   * how long a break?", "وبعد أي معركة؟"). It asks for a detail of the answer just shown, as "in which
   * song was that?" does.
   */
  readonly fragment: boolean;
  /** The gender of its person pronouns ("he" → "m", "her" → "f"), when they have one and agree. */
  readonly gender?: 'm' | 'f' | undefined;
}

/** Reads the pointer words of a question (its folded words). */
export function pointersOf(words: readonly string[], w: ConversationWords): Pointers {
  // Most questions have no pointer word at all: one look per word settles it.
  const pointer = words.some((x) => w.pointerStarts.has(x));
  // A verb right after "who" (ومن اقترح؟, "and who proposed?") has "who" for its subject: it stands for no one.
  const verb = words.findIndex(
    (x, i) =>
      (w.subjectVerbs.has(x) || (/^[وف]/.test(x) && w.subjectVerbs.has(x.slice(1))) || imperfectAfterQuestion(words, i, w) || pastAfterQuestion(words, i, w)) &&
      !((words[i + 1] ?? '').startsWith('ال') && !w.arabicStops.has(words[i + 1] as string)) &&
      !w.whoWords.has(withoutConjunction(words[i - 1] ?? '')),
  );
  // Found once for both fields (the verb is four letters or more, so found means not undefined).
  const itVerbWord = words.find((_, i) => feminineAfterQuestion(words, i, w));
  return {
    // "his" written onto a noun (شرعيته, his legitimacy) is someone other than a person the question names.
    objectPronoun: words.some((x) => w.objectPronouns.has(x) || hasPossessiveHis(x)),
    group: pointer && hasPhrase(words, w.groupPronouns),
    itVerb: itVerbWord !== undefined,
    itVerbWord,
    source: hasPhrase(words, w.sourcePointers),
    reciprocal:
      pointer &&
      hasPhrase(
        words,
        w.groupPronouns.filter((g) => g.length > 1),
      ),
    continuation: pointer && hasPhrase(words, w.continuations),
    // The conjunction glued to the verb ("وقال") does not change its subject.
    // A definite noun right after the verb is its subject ("وكيف رد الكرملين؟", how did the Kremlin reply):
    // the verb then stands for no one, even when the story does not know the noun as a name.
    subjectVerb: verb >= 0,
    subjectPronoun: verb >= 0 || words.some((x) => w.subjectPronouns.has(x)),
    thingPointer: hasPhrase(words, w.thingPointers) || hasPhrase(words, w.fillers),
    // Arabic puts the subject right after the verb (قال ترامب), or before it; a name further on belongs
    // to something else ("وهل شارك في مكالمة ترامب وبوتين؟", did he take part in Trump and Putin's call?).
    // English puts its subject pronoun before the rest of the question: a name after "he" / "she" is
    // not who "he" is ("was he on the Trump-Putin call?"); one before it may be ("did Trump say he …").
    farFromVerb: new Set([...(verb < 0 ? [] : words.slice(verb + 3)), ...afterSubjectPronoun(words, w)]),
    afterVerb: verb < 0 ? undefined : words[verb + 1],
    verbWord: verb >= 0 && !w.subjectVerbs.has(words[verb] as string) && pastAfterQuestion(words, verb, w) ? words[verb] : undefined,
    place: pointer && hasPhrase(placeWords(words, w), w.placePointers),
    time: pointer && hasPhrase(words, w.timePointers),
    // Words the dialogue lists already stand for someone or something (عنها, قاله); the others are read here.
    opening: gluedOpening(words[0] ?? '', w),
    copulaOnly: copulaOnly(words, w),
    reaction: words.some((x) => w.reactions.has(withoutConjunction(x))),
    asksWho: words.some((x, i) => i < 3 && w.whoWords.has(withoutConjunction(x))),
    objects: new Set(words.filter((_, i) => i > 0 && w.objectPrepositions.has(withoutConjunction(words[i - 1] as string)))),
    attached: words.some((x) => !w.objectPronouns.has(x) && !w.subjectVerbs.has(x) && hasAttachedPronoun(x, w)),
    questionWord: words.some((x) => w.questionWords.has(withoutConjunction(x))),
    fragment: fragmentOf(words, w),
    gender: genderOf(words, w),
  };
}

/**
 * Whether a question is a fragment: "and" / و at most, a preposition (و may be written onto it: وبعد), a
 * question word, then a few words among which no other question word (an auxiliary: "in which year was
 * he born?" has a verb) and no pronoun.
 */
function fragmentOf(words: readonly string[], w: ConversationWords): boolean {
  const start = words[0] === 'and' ? 1 : 0;
  const prep = words[start] ?? '';
  if (!(w.askingPrepositions.has(prep) || (/^[وف]/.test(prep) && w.askingPrepositions.has(prep.slice(1))))) return false;
  if (!w.questionWords.has(words[start + 1] ?? '')) return false;
  const rest = words.slice(start + 2);
  // Arabic writes a verb as a bare word ("ومع من شكل الوحدة؟", and with whom did he form the union?):
  // there only "which" and one noun make a fragment for sure (في أي عام؟).
  if (/^[\u0621-\u064A]/.test(prep)) return rest.length === 1 && w.whichWords.has(words[start + 1] as string);
  return (
    rest.length > 0 &&
    rest.length <= 4 &&
    !rest.some((x) => w.questionWords.has(x) || w.personPronouns.has(x) || w.subjectPronouns.has(x) || w.thingWords.has(x))
  );
}

/** "m" when a question's gendered pronouns are all "he" / "him", "f" when all "she" / "her"; else none. */
function genderOf(words: readonly string[], w: ConversationWords): 'm' | 'f' | undefined {
  const he = words.some((x) => w.hePronouns.has(x));
  const she = words.some((x) => w.shePronouns.has(x));
  return he === she ? undefined : he ? 'm' : 'f';
}

/**
 * The words after the question's first subject pronoun ("he", "she"; not a copula after a question
 * word, as هو in "من هو …؟", which stands for no one). Empty when it has none.
 */
function afterSubjectPronoun(words: readonly string[], w: ConversationWords): readonly string[] {
  const i = words.findIndex(
    (x, j) =>
      w.subjectPronouns.has(x) &&
      !w.groupPronouns.some((g) => g[0] === x) &&
      !(w.copulas.has(x) && w.questionWords.has(withoutConjunction(words[j - 1] ?? ''))),
  );
  return i < 0 ? [] : words.slice(i + 1);
}

/**
 * Whether the word at `i` is an Arabic verb in the present tense of "he" (ي…: يعمل, "he works"; يعيش,
 * "he lives") right after a question word ("وأين يعمل؟", where does he work?): Arabic drops the subject
 * pronoun, so the verb alone says "he". Read from its form, for any verb: at least four letters,
 * ي first, after a question word (a noun there is rare: "أين يعمل" but "أين المقر"). Not after كم
 * ("how many"), which a noun follows ("كم يوما", how many days).
 */
function imperfectAfterQuestion(words: readonly string[], i: number, w: ConversationWords): boolean {
  const x = words[i] as string;
  const before = withoutConjunction(words[i - 1] ?? '');
  return i > 0 && x.length >= 4 && x.startsWith('ي') && before !== 'كم' && w.questionWords.has(before);
}

/**
 * Whether the word at `i` is an Arabic verb of "she" / "it" right after a question word of knowledge/
 * dialogue.json's verbAsks (متى، أين، كيف، لماذا), read from its form: the past tense's ending ت
 * (امتدت, سقطت), four letters at least, no stop word, and nothing after it but stop words (a noun there
 * would be its subject: "ومتى سقطت غرناطة؟").
 */
function feminineAfterQuestion(words: readonly string[], i: number, w: ConversationWords): boolean {
  const x = words[i] as string;
  if (i === 0 || x.length < 4 || !/^[\u0621-\u064A]+$/.test(x) || w.arabicStops.has(x)) return false;
  // Not the present tense's ت: verbs of the تفعّل form begin with it in the past (توفي, تزوج: "he died",
  // "he married"). Not ات, a plural noun's ending; not a noun with the article.
  if (!x.endsWith('ت') || x.endsWith('ات') || x.startsWith('ال')) return false;
  if (!w.verbAsks.has(withoutConjunction(words[i - 1] ?? ''))) return false;
  return words.slice(i + 1).every((y) => w.arabicStops.has(y));
}

/**
 * Whether the word at `i` is an Arabic verb in the past tense of "he" (فعل: هرب, "he fled"; وصل, "he
 * arrived") right after a question word of time, place, manner or reason ("ومتى هرب؟", when did he
 * flee?): as for the present tense, Arabic drops the subject pronoun. Read from its form: three letters,
 * no stop word (متى كان), after a question word of knowledge/dialogue.json's verbAsks only (متى، كيف),
 * which a bare noun rarely follows (ما, من and كم take nouns: "ما دور …", "كم عدد …"); nothing after it
 * but a preposition or the like, since a noun there may be its subject ("وكيف مات أخوه؟").
 */
function pastAfterQuestion(words: readonly string[], i: number, w: ConversationWords): boolean {
  const x = words[i] as string;
  if (i === 0 || x.length !== 3 || !/^[\u0621-\u064A]+$/.test(x) || w.arabicStops.has(x)) return false;
  const next = words[i + 1];
  return w.verbAsks.has(withoutConjunction(words[i - 1] ?? '')) && (next === undefined || w.arabicStops.has(next));
}

/**
 * Whether a first word is و / ف glued to a question word, with a preposition between them or not:
 * وبماذا ("and with what"), ولمن ("and to whom"), فمتى. The parser reads the common ones (وماذا) as
 * openings already; these are the rest.
 */
function gluedOpening(first: string, w: ConversationWords): boolean {
  if (!/^[وف]/.test(first) || first.length < 3) return false;
  const rest = first.slice(1);
  return w.questionWords.has(rest) || (/^[بلك]/.test(rest) && w.questionWords.has(rest.slice(1)));
}

/** Whether every person pronoun of a question is a copula right after a question word (من هو، ما هي). */
function copulaOnly(words: readonly string[], w: ConversationWords): boolean {
  let any = false;
  for (let i = 0; i < words.length; i++) {
    const x = words[i] as string;
    if (!w.personPronouns.has(x)) continue;
    const before = withoutConjunction(words[i - 1] ?? '');
    if (!w.copulas.has(x) || !w.questionWords.has(before)) return false;
    any = true;
  }
  return any;
}

function withoutConjunction(word: string): string {
  return /^[وف]/.test(word) && word.length > 2 ? word.slice(1) : word;
}

/**
 * Whether a unit of a question names someone it asks about or addresses rather than who speaks:
 * "Zelensky" in "what did Putin say about Zelensky?", ترامب in "وعن ماذا تحدث مع ترامب؟".
 */
export function asObject(index: SearchIndex, u: QueryUnit, p: Pointers): boolean {
  return p.objects.size > 0 && p.objects.has(firstWord(index, u));
}

/** The people a question sets apart (see withoutExcepted), and the places of their words and of the word that sets them apart. */
export interface Excepted {
  readonly units: readonly QueryUnit[];
  readonly at: ReadonlySet<number>;
}

/**
 * The people and organisations a question names right after "besides", "apart from", باستثناء, غير
 * ("who said it besides Trump?"), or undefined when it sets no one apart.
 */
export function exceptedOf(index: SearchIndex, q: ParsedQuery, words: readonly string[], w: ConversationWords): Excepted | undefined {
  const at = new Set<number>();
  const units: QueryUnit[] = [];
  const firsts = phrasesByFirstWord(w.exceptions);
  for (let i = 0; i < words.length; i++) {
    // Most words open no phrase of the list: one look settles it, before any phrase is compared
    // (comparing every phrase at every word was a fifth of what a question allocated).
    const word = words[i] as string;
    if (!firsts.has(word) && !firsts.has(withoutConjunction(word)) && !firsts.has(undefined)) continue;
    for (const phrase of w.exceptions) {
      if (!phrase.every((x, j) => words[i + j] === x || (j === 0 && withoutConjunction(words[i] ?? '') === x))) continue;
      const next = i + phrase.length;
      const u = q.units.find((v) => (v.kind === 'person' || v.kind === 'org') && firstWord(index, v) === words[next]);
      if (u === undefined || units.includes(u)) continue;
      units.push(u);
      const length = index.analyzer.fold(u.label).split(' ').length;
      for (let j = i; j < next + length; j++) at.add(j);
    }
  }
  return units.length === 0 ? undefined : { units, at };
}

/**
 * The question without the people it sets apart: a name right after "besides" ("who said it besides
 * Trump?") is who the answer is not about, so it is no word to look for; and "besides" used so asks for
 * no more than was shown (it is not "else": the answer shown may name the other one too). "besides that"
 * keeps its "else".
 */
export function withoutExcepted(index: SearchIndex, q: ParsedQuery, words: readonly string[], w: ConversationWords): ParsedQuery {
  const apart = exceptedOf(index, q, words, w);
  if (apart === undefined) return q;
  const other = words.some((x, i) => index.dialogue.other.has(x) && !apart.at.has(i));
  // The word that sets apart ("besides") is no topic either.
  const setting = new Set(words.filter((_, i) => apart.at.has(i)));
  return {
    ...q,
    units: q.units.filter((u) => !apart.units.includes(u) && !(u.kind !== 'person' && u.kind !== 'org' && setting.has(index.analyzer.fold(u.label)))),
    other: q.other && other,
  };
}

/**
 * The keys of the nouns a question writes right after a demonstrative ("when was that album
 * released?", "what is that ledger called?", "متى صدر ذلك الألبوم؟"): each names something the answer
 * just shown names, as a pronoun would stand for it, so that answer holds it whatever its words (the
 * album's title, دفتر حسابات). Not a pointer of place or time ("that city", "that year": see
 * Pointers.place), nor a name or a verb ("that Trump said", "did that happen").
 */
export function referredUnits(index: SearchIndex, q: ParsedQuery, words: readonly string[], w: ConversationWords): ReadonlySet<string> {
  const keys = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    if (!w.demonstratives.has(withoutConjunction(words[i] as string))) continue;
    const pair = words.slice(i, i + 2);
    if (hasPhrase(pair, w.placePointers) || hasPhrase(pair, w.timePointers) || hasPhrase(pair, w.thingPointers)) continue;
    if (!determinedNoun(words[i + 1] as string)) continue;
    const u = q.units.find((v) => v.kind !== 'person' && v.kind !== 'place' && v.kind !== 'org' && v.kind !== 'action' && firstWord(index, v) === words[i + 1]);
    if (u !== undefined) keys.add(u.key);
  }
  return keys;
}

/**
 * Whether a word after a demonstrative may be the noun it determines: an Arabic noun so determined
 * takes the article (ذلك الألبوم; ذلك before a bare word is a pronoun: "هل نجح ذلك"), and an English
 * word in -ed after it is a participle ("where was that published?": "that" is the pronoun).
 */
function determinedNoun(word: string): boolean {
  if (/^[\u0621-\u064A]/.test(word)) return word.startsWith('ال') && word.length > 3;
  return !/[^e]ed$/.test(word);
}

/** The first word of a unit as the question wrote it, folded. */
function firstWord(index: SearchIndex, u: QueryUnit): string {
  return index.analyzer.fold(u.label).split(' ')[0] ?? '';
}

/** Decides what a question takes from the conversation so far. */
export function resolveFollowUp(q: ParsedQuery, p: Pointers, state: ChatState, ctx: FollowUpContext): Resolution {
  const { o } = ctx;
  const own = q.units.filter((u) => u.kind !== 'action');
  // A verb that carries its subject stands for "he" only when the question names no one who could be
  // that subject ("وكيف رد الكرملين؟" is the Kremlin's reply).
  // Someone named after "about" / "with" (عن، مع) is not that subject ("وعن ماذا تحدث مع ترامب؟": he
  // spoke with Trump), nor someone named well after the verb (see Pointers.farFromVerb).
  const namesSubject = q.units.some((u) => (u.kind === 'person' || u.kind === 'org') && !asObject(ctx.index, u, p));
  // A country acts as its government does ("وبماذا ردت أوكرانيا؟": Ukraine replied), when it comes
  // right after the verb, where Arabic puts the subject.
  const namesVerbSubject = q.units.some(
    (u) =>
      (u.kind === 'person' ||
        u.kind === 'org' ||
        (u.kind === 'place' && p.afterVerb !== undefined && firstWord(ctx.index, u) === p.afterVerb) ||
        // A three-letter name right after أين / متى was read as a verb by its form ("وأين مصر؟"): it names no one who acts.
        (u.kind === 'place' && p.verbWord !== undefined && firstWord(ctx.index, u) === p.verbWord)) &&
      !asObject(ctx.index, u, p) &&
      !p.farFromVerb.has(firstWord(ctx.index, u)),
  );
  // "according to him", "حسب قوله" with nobody named: whose account is asked for is who speaks in the
  // answer just shown, even when the last question was about someone else ("what did the Kremlin think
  // of Zelensky's idea?" shows Peskov's words; "and what will happen to the troops, according to him?"
  // asks for Peskov's account). The phrase stands for that speaker as a pronoun would.
  const account =
    p.source && state.last?.speaker !== undefined && !q.units.some((u) => u.kind === 'person' || u.kind === 'org')
      ? conceptItem(ctx.index, state.last.speaker, 'person', o)
      : undefined;
  // A noun of kinship with its owner written on (زوجها, "her husband"; أمه, "his mother"): the suffix is
  // the person whose kin is asked for, as "her" is in "her husband", not the answer just shown. So is ها
  // ("her") on any word while the last question asked about someone not known as a man ("ولمن تبرعت
  // بأجرها؟", to whom did she give her salary?, after a question about Beyoncé).
  const herAsked = state.focus.some((f) => f.kind === 'person' && f.age === 0 && f.gender !== 'm');
  const kinOwner = q.units.some((u) => {
    if (u.kind !== 'term') return false;
    const word = ctx.index.analyzer.fold(u.label);
    return ownerSuffixed(word) && (isKinNoun(ctx.index, u.key) || (herAsked && p.attached && word.endsWith('ها')));
  });
  const pronoun =
    (q.personPronoun && !p.copulaOnly) ||
    p.objectPronoun ||
    (p.subjectVerb && !namesVerbSubject) ||
    (p.group && !namesSubject) ||
    account !== undefined ||
    kinOwner;
  // "that" inside "that year" / "that place" is the pointer, not a reference to the answer itself.
  // "they" beside "each other" are people ("did they invite each other anywhere?"): the earlier
  // question's topics do not come along through it, as they would through "it".
  // A name in ت (بيروت، الكويت) is no verb of "it": "وأين بيروت؟" asks about Beirut.
  const itVerb =
    p.itVerb &&
    !namesSubject &&
    !q.units.some(
      (u) =>
        (u.kind === 'place' || u.kind === 'person' || u.kind === 'org') &&
        withoutConjunction(firstWord(ctx.index, u)) === withoutConjunction(p.itVerbWord ?? ''),
    );
  // "in which song?": a fragment with no verb of its own asks for a detail of the answer just shown.
  const fragment = o.fragments > 0 && p.fragment && !q.units.some((u) => u.kind === 'action');
  const thing = (q.thingPronoun || (p.attached && !kinOwner) || itVerb || fragment) && !p.time && !p.place && !p.reciprocal;
  const newPerson = q.units.some((u) => u.kind === 'person');
  const last = state.last;
  if (state.focus.length === 0 && last === undefined) {
    return (pronoun || thing) && !newPerson ? { ...NONE, unresolvedPerson: pronoun, pointsBackFirst: true } : NONE;
  }
  // "how did Russia respond?": a reply asked about with nothing to reply to of its own is the reply to
  // the answer just shown. Its subject (Russia) may be named; a topic of its own ("respond to the
  // sanctions") makes it a question of its own.
  const reply =
    p.reaction &&
    last !== undefined &&
    q.units.every(
      (u) =>
        u.kind === 'action' ||
        u.kind === 'person' ||
        u.kind === 'place' ||
        u.kind === 'org' ||
        ctx.words.reactions.has(ctx.index.analyzer.fold(u.label)) ||
        // A word the story's vocabulary does not know may still be who replies ("how did the West
        // respond?"), as long as it is not what is replied to ("respond to the sanctions").
        (u.kind === 'term' && !asObject(ctx.index, u, p)),
    );
  // A message that is only a name ("Hegseth?", "وهيغسيث؟" with its "and" glued on) asks the question
  // before again of them, as "and Hegseth?" does.
  const bareName = !p.questionWord && q.answerTypes.length === 0 && own.length === 1 && q.units.length === 1 && isName(own[0] as QueryUnit);
  const signalled = pronoun || thing || reply || q.followUpOpening || p.opening || q.other || p.place || p.time || bareName;
  if (!signalled && own.length > 0) return NONE;

  const ownKeys = new Set(q.units.map((u) => u.key));
  const carried: QueryUnit[] = [];
  const origin = new Map<string, { weight: number; explicit: boolean; gender?: 'm' | 'f' }>();
  const carry = (key: string, kind: string, label: string, weight: number, factor: number, explicit: boolean) => {
    if (factor <= 0 || ownKeys.has(key) || carried.some((c) => c.key === key)) return;
    const scale = kindScale(kind, o) * factor;
    // A unit a pronoun stands for is the question's own word ("she" is Rayner): the question is judged
    // on it too. Context carried without being named only helps to rank.
    carried.push({
      key,
      label,
      kind: kind as QueryUnit['kind'],
      alts: [...carriedAlts(key, kind, o), ...wordAlts(ctx.index, key, label, o)],
      weight: weight * factor,
      scale,
      known: true,
      common: false,
      name: false,
      carried: !explicit,
    });
    origin.set(key, { weight, explicit });
  };

  // People: who "he" / "him" stands for.
  // "she" after "he" is someone else: a person a pronoun of the other gender stood for is not its antecedent.
  const focusPeople = state.focus.filter((f) => f.kind === 'person' && (p.gender === undefined || f.gender === undefined || f.gender === p.gender));
  const recentPeople = focusPeople.filter((f) => f.age === 0);
  const answerPerson = last?.speaker ?? last?.people[0];
  // One person. "he" / "him": of those the last question named, the one who speaks in the answer just
  // shown, else the first named; with none named, the answer's speaker ("Who spoke for the Kremlin?"
  // → Peskov). Without a pronoun ("and about elections?") the conversation's person goes on, even
  // when a later answer happened to quote someone else.
  const recent = account ?? recentPeople.find((f) => f.key === `c:${answerPerson}`) ?? recentPeople[0];
  // Not the answer's person either when a pronoun of the other gender stood for them before ("she" is
  // not the man "he" just stood for).
  const otherGender = (key: string) => {
    const kept = state.focus.find((f) => f.key === key)?.gender;
    return p.gender !== undefined && kept !== undefined && kept !== p.gender;
  };
  const answerItem = answerPerson === undefined ? undefined : conceptItem(ctx.index, answerPerson, 'person', o);
  const fromAnswer = answerItem !== undefined && otherGender(answerItem.key) ? undefined : answerItem;
  const older = focusPeople[0];
  // "من هو الإسكندر الأكبر؟" then "واين ولد؟": whom the last question asked "who is" about, though no
  // person of the story's vocabulary, is "he", before the person the answer names (a title found as one).
  const whoIs = recent === undefined && pronoun ? state.focus.filter((f) => f.whoIs === true && f.age === 0) : [];
  const antecedent = recent ?? (pronoun ? (whoIs[0] ?? fromAnswer ?? older) : (older ?? fromAnswer));
  // A story without a vocabulary of its people has no person concepts: a name the last question
  // wrote with a capital ("Edde") is the best guess at who "he" is.
  const named = antecedent === undefined && pronoun ? state.focus.find((f) => f.kind === 'term' && f.age === 0 && /^[A-Z]/.test(f.label)) : undefined;
  // "they", "both": everyone the last question named, else everyone the answer names, but its speaker
  // when it reports on two others ("Peskov said the call between Putin and Trump …": they are Putin and Trump).
  const inAnswer = last?.people ?? [];
  const others = inAnswer.filter((id) => id !== last?.speaker);
  const reported = last?.speaker !== undefined && others.length > 1 ? others : inAnswer;
  const everyone =
    recentPeople.length > 1 ? recentPeople : reported.length > 1 ? reported.slice(0, 3).map((id) => conceptItem(ctx.index, id, 'person', o)) : [];
  const antecedents: FocusItem[] = p.group && everyone.length > 1 ? everyone : antecedent !== undefined ? [antecedent] : named !== undefined ? [named] : [];
  let unresolvedPerson = false;
  if (newPerson) {
    // "How did Trump react to him?": the object is someone other than the person named. "وعن ماذا
    // تحدث مع ترامب؟": the verb's "he" is someone other than Trump, whom he spoke with.
    if (p.objectPronoun || (pronoun && !namesVerbSubject)) for (const f of antecedents) carry(f.key, f.kind, f.label, f.weight, 1, true);
  } else if (pronoun || own.length === 0) {
    if (antecedents.length === 0 && pronoun) unresolvedPerson = true;
    // "who else said that?" asks for a person other than the one talked about: nobody is carried.
    if (pronoun || !p.asksWho) for (const f of antecedents) carry(f.key, f.kind, f.label, f.weight, 1, pronoun);
  } else if (p.attached && antecedents.length > 0) {
    // منصبها ("her position"): a suffix may stand for the conversation's person as well as for a thing;
    // when someone is there to stand for, the question is judged on them too.
    for (const f of antecedents) carry(f.key, f.kind, f.label, f.weight, 1, true);
  } else if (!p.asksWho) {
    // "and who proposed the swap?" asks for a person: the one talked about so far is not carried along.
    for (const f of antecedents) carry(f.key, f.kind, f.label, f.weight, o.carry, false);
  }

  // Whom a gendered pronoun stood for keeps that gender (see FocusItem.gender).
  if (p.gender !== undefined && pronoun)
    for (const f of antecedents) {
      const from = origin.get(f.key);
      // A gender once kept is never turned into the other.
      if (from?.explicit && !otherGender(f.key)) origin.set(f.key, { ...from, gender: p.gender });
    }

  // Topics, places, terms of the previous question.
  // A follow-up that only names someone ("and Zelensky?", or "and with Destiny's Child?": a name the
  // story's vocabulary does not know, written with a capital) asks the same again of them: the earlier
  // topics stay whole. A place or organisation the vocabulary knows is a topic ("وماذا عن الناتو؟").
  const onlyNames = (q.followUpOpening || bareName) && own.length > 0 && own.every(isName);
  const ownTopics = !onlyNames && own.some((u) => u.kind !== 'person');
  for (const f of state.focus) {
    if (f.kind === 'person' || f.kind === 'action') continue;
    let factor: number;
    // An organisation that spoke goes on speaking as a person does: "وماذا عن كورسك؟" after "ماذا قال
    // الكرملين عن المكالمة؟" is the Kremlin's word on Kursk, unless someone else is named to speak.
    if (f.speaks === true && !newPerson && !own.some((u) => u.kind === 'org') && !p.asksWho) factor = pronoun || own.length === 0 ? 1 : o.carry;
    // "what else did he say?": something other than what was asked about. But "what else did he say
    // about it?", "who else said that?": more on the same topic, which the question is judged on.
    else if (q.other) factor = thing && !p.group && f.replaced !== true && f.age === 0 ? 1 : 0;
    // A topic an earlier question replaced comes back only through "it" / "that".
    else if (f.replaced === true) factor = thing ? o.carry : 0;
    else if (!ownTopics) factor = 1;
    else if (thing) factor = o.carry;
    else factor = 0;
    if (f.age > 0) factor *= o.carry;
    carry(f.key, f.kind, f.label, f.weight, factor, q.other && thing && !p.group);
  }

  // "there": the place the last question named, else the first the answer just shown names.
  if (p.place) {
    const asked = state.focus.find((f) => f.kind === 'place' && f.age === 0);
    if (asked !== undefined) carry(asked.key, asked.kind, asked.label, asked.weight, 1, true);
    else
      for (const id of last?.places.slice(0, 1) ?? []) {
        const f = conceptItem(ctx.index, id, 'place', o);
        carry(f.key, f.kind, f.label, f.weight, 1, true);
      }
  }
  // "then", "that year": the years of the answer just shown.
  if (last !== undefined && p.time) {
    for (const key of last.years.slice(0, 2)) carry(key, 'term', key.slice(2), idf(ctx.index, key), 1, true);
  }

  const pointsAtAnswer = thing || own.length === 0;
  // The answer just shown is where "him" / "it" was last seen: its neighbours continue it.
  // "what did he add?" asks what comes after the answer just shown, though it hides what was shown.
  // "what else did he say?" goes on first with what he says next (the rest of a quotation), as "what did he add?" does.
  const nearLast = p.continuation || (q.other && pronoun) || (!q.other && (pointsAtAnswer || q.followUpOpening || pronoun || p.place || p.time));
  return {
    followUp: true,
    carried,
    excludeShown: q.other,
    nearLast,
    nearSelf: pointsAtAnswer && !newPerson,
    unresolvedPerson,
    // "what did they say?" points at people, not at what was said.
    aboutAnswer: (thing || reply) && !q.other && !p.group,
    aboutSpeaker:
      pronoun && !newPerson && !q.other && !p.group && last?.speaker !== undefined && antecedents.length === 1 && antecedents[0]?.key === `c:${last.speaker}`,
    origin,
  };
}

/**
 * Whether a folded Arabic noun ends in its owner's pronoun: ه, ها, هم, هما, هن ("his", "her", "their"),
 * with at least two letters before it (أمه, "his mother"). A bare final ه is also the folded ة (والده
 * may be والدة, "mother"): for a noun of kinship both readings ask for someone's kin.
 */
function ownerSuffixed(word: string): boolean {
  const bare = /^[وف]/.test(word) && word.length > 4 ? word.slice(1) : word;
  const m = /(هما|هم|هن|ها|ه)$/.exec(bare);
  return m !== null && bare.length - m[0].length >= 2 && !bare.startsWith('ال');
}

/**
 * A word that may be someone's name: not a word of general use (an English common word, an Arabic word
 * the dictionary renders by one: الأكبر, "the greatest"), which "who is the defence secretary?" asks by.
 */
function nameLike(u: QueryUnit): boolean {
  // An Arabic word with the article counts as common (الإسكندر): whether it is a name is the dictionary's say.
  return (u.key.startsWith('ar:') || !u.common) && u.ordinary !== true && u.capped !== true && u.translatedCommon !== true;
}

/** A person, or a word the story's vocabulary does not know written with a capital ("Destiny's Child"). */
function isName(u: QueryUnit): boolean {
  return u.kind === 'person' || (u.kind === 'term' && /^\p{Lu}/u.test(u.label));
}

/** A focus item for a concept by id (a person or place taken from an answer), weighed by its idf. */
export function conceptItem(index: SearchIndex, id: string, kind: string, o: SearchOptions): FocusItem {
  const key = `c:${id}`;
  const k = index.concepts.kinds.get(id) ?? kind;
  return { key, label: id, kind: k, weight: round(idf(index, key) * kindScale(k, o)), age: 0 };
}

/**
 * The words a remembered name was written with, as the question that named it would match them: a
 * name found in a story without a vocabulary (AUTO_PREFIX) is linked to some sentences only (¶1.1
 * "Edison"), while the question's word reaches every sentence that writes it (¶3.1 إديسون). "How many
 * patents did he hold?" after "When was Edison born?" must reach those as "… did Edison hold?" does.
 */
function wordAlts(index: SearchIndex, key: string, label: string, o: SearchOptions): QueryUnit['alts'] {
  // A concept of the lexicon is linked wherever any of its spellings is written: only a found one needs this.
  if (!key.startsWith(`c:${AUTO_PREFIX}`) || label === key.slice(2)) return [];
  const memo = memoMap(WORD_ALTS, index);
  const at = `${key}\t${label}`;
  let alts = memo.get(at);
  if (alts === undefined) {
    const u = parseQuery(index, label, o).units.find((v) => v.alts.some((a) => a.key === key));
    alts = u === undefined ? [] : u.alts.filter((a) => !/^[crsa]:/.test(a.key));
    // A chat names few people: the memo stays small, but is bounded all the same.
    if (memo.size > 4096) memo.clear();
    memo.set(at, alts);
  }
  return alts;
}

/**
 * wordAlts per index, forgotten when a story is added in place: a word's alternatives then grow by the
 * new story's spellings of it (Edison → its Arabic spelling إديسون, which the story writes).
 */
const WORD_ALTS = indexMemo<Map<string, QueryUnit['alts']>>();

/** What a remembered concept may match again: its name, its roles, a carried speaker, its people. */
export function carriedAlts(key: string, kind: string, o: SearchOptions): QueryUnit['alts'] {
  if (!key.startsWith('c:')) return [{ key, q: 1 }];
  const id = key.slice(2);
  return [
    { key, q: 1 },
    { key: `r:${id}`, q: o.role },
    ...(kind === 'person' ? [{ key: `s:${id}`, q: o.speaker }] : []),
    ...(kind === 'org' || kind === 'place' ? [{ key: `a:${id}`, q: o.affiliation }] : []),
  ];
}

/**
 * A correction ("no, I meant Zelensky") applied to the question it corrects: the corrected
 * question's units, with those of the same kind as the correction's replaced by the correction's.
 */
export function correctedUnits(
  base: ParsedQuery,
  correction: ParsedQuery,
  referred?: { readonly focus: readonly FocusItem[]; readonly o: SearchOptions },
): QueryUnit[] {
  const kindClass = (k: string) => (k === 'person' ? 'person' : k === 'place' || k === 'org' ? 'name' : k === 'action' ? 'action' : 'topic');
  const replaced = new Set(correction.units.filter((u) => u.kind !== 'action').map((u) => kindClass(u.kind)));
  // "where?" then "no, I meant Trump and Putin": a last question with nothing of its own asked about
  // what it referred to, the focus it carried (the meeting, Zelensky; a turn old, as carried focus ages):
  // that question is the one corrected.
  const own = base.units.some((u) => u.kind !== 'action');
  const asked =
    own || referred === undefined
      ? base.units
      : [
          ...base.units,
          ...referred.focus
            .filter((f) => f.age <= 1 && !base.units.some((u) => u.key === f.key))
            .map(
              (f): QueryUnit => ({
                key: f.key,
                label: f.label,
                kind: f.kind as QueryUnit['kind'],
                alts: carriedAlts(f.key, f.kind, referred.o),
                weight: f.weight,
                scale: kindScale(f.kind, referred.o),
                known: true,
                common: false,
                name: false,
              }),
            ),
        ];
  // A correction by a person replaces the person; one by a place or topic replaces those.
  const kept = asked.filter((u) => !replaced.has(kindClass(u.kind)));
  const keys = new Set(kept.map((u) => u.key));
  return [...kept, ...correction.units.filter((u) => u.kind !== 'action' && !keys.has(u.key))];
}

/**
 * The focus to remember after a question: its own units, then what it carried, aged. `speaking` holds
 * the keys of the organisations it asked to speak (see FocusItem.speaks); `keyOf` picks which of a
 * unit's alternatives is remembered (the first by default; the engine's, the one its answer names).
 * `whoIs`: the question asks "who is X?"; `titled`: the keys of its words that name the story's one
 * subject, a person for all the vocabulary knows (see SearchOptions.titleSomeone). Either makes those
 * words someone (FocusItem.whoIs).
 */
export function nextFocus(
  units: readonly QueryUnit[],
  r: Resolution,
  previous: ChatState,
  speaking: ReadonlySet<string> = new Set(),
  keyOf: (u: QueryUnit) => string = (u) => u.alts[0]?.key ?? u.key,
  whoIs = false,
  titled: ReadonlySet<string> = new Set(),
): FocusItem[] {
  const own: FocusItem[] = [];
  // "who is X?" naming no person of the vocabulary: its words name someone (FocusItem.whoIs). So do the
  // words naming the story's one subject (`titled`: "where was Gibran born?").
  const someone = (whoIs || titled.size > 0) && !units.some((u) => u.kind === 'person' && !u.carried);
  for (const u of units) {
    if (!u.known || u.carried) continue;
    const speaks = u.kind === 'org' && speaking.has(u.key) ? { speaks: true } : {};
    const gender = r.origin.get(u.key)?.gender ?? previous.focus.find((f) => f.key === u.key)?.gender;
    own.push({
      key: keyOf(u),
      label: u.label.slice(0, 60),
      kind: u.kind,
      weight: round(u.weight),
      age: 0,
      ...speaks,
      ...(gender === undefined ? {} : { gender }),
      // Still someone when a pronoun stood for them again.
      ...((someone && u.kind === 'term' && nameLike(u) && (whoIs || titled.has(u.key))) ||
      (r.origin.get(u.key)?.explicit === true && previous.focus.find((f) => f.key === u.key)?.whoIs === true)
        ? { whoIs: true as const }
        : {}),
    });
  }
  const keys = new Set(own.map((f) => f.key));
  const kept: FocusItem[] = [];
  for (const c of r.carried) {
    if (keys.has(c.key)) continue;
    const before = previous.focus.find((f) => f.key === c.key);
    const from = r.origin.get(c.key);
    // A unit the question pointed at ("he", "there") is asked about again: it starts afresh.
    const age = from?.explicit === true ? 0 : (before?.age ?? 0) + 1;
    if (age > MAX_FOCUS_AGE) continue;
    const weight = from?.weight ?? before?.weight ?? c.weight;
    const gender = from?.gender ?? before?.gender;
    kept.push({
      key: c.key,
      label: c.label.slice(0, 60),
      kind: c.kind,
      weight: round(weight),
      age,
      ...(before?.speaks === true ? { speaks: true } : {}),
      ...(gender === 'm' || gender === 'f' ? { gender } : {}),
      ...(before?.whoIs === true && from?.explicit === true ? { whoIs: true as const } : {}),
    });
  }
  // Topics a new topic replaced stay in focus, aged, carried nowhere unless "it" points back past the
  // last question ("And how many were injured?" → "When did it happen?": the earthquake).
  const have = new Set([...keys, ...kept.map((f) => f.key)]);
  const dropped = previous.focus.filter((f) => f.kind !== 'person' && f.kind !== 'action' && !have.has(f.key) && f.age + 1 <= MAX_FOCUS_AGE);
  return [...own, ...kept, ...dropped.map((f) => ({ ...f, age: f.age + 1, replaced: true }))].slice(0, MAX_FOCUS_ITEMS);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * The question's words without a place pointer that only says something exists: "were there injuries?",
 * "هل هناك إصابات؟" (is there), "is there a plan?" point at no place, and had been read as "there" after
 * an answer, a follow-up asking about its place. A one-word pointer right after a form of "be", هل or
 * كان (`existentialBefore`), or opening the question, is left out.
 */
function placeWords(words: readonly string[], w: ConversationWords): readonly string[] {
  let out: string[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const x = words[i] as string;
    if (!w.pointerStarts.has(x) || !((i === 0 && words.length > 1) || w.existentialBefore.has(words[i - 1] as string))) continue;
    if (!w.placePointers.some((p) => p.length === 1 && p[0] === x)) continue;
    out ??= words.slice();
    out[i] = '';
  }
  return out ?? words;
}
