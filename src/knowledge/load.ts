/**
 * Loads a knowledge folder: the shared language data (lexicon, stop words, dialogue words, answer
 * types) and every story folder beside them. Everything is validated; the first problem throws a
 * KnowledgeError naming the file and line. Adding a story is adding a folder: no code changes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DICTIONARY_FILE, type Dictionary, loadDictionary } from '../text/dictionary.js';
import { LANGUAGE_CODES, type Language, type PerLanguage, perLanguage } from '../text/languages.js';
import { KnowledgeError, lineAt } from './errors.js';
import { checkReferences, type LexiconEntry, mergeLexicons, parseLexicon } from './lexicon.js';
import { type LoadedStory, loadStory } from './story.js';

/** Words that steer a conversation, per language (knowledge/dialogue.json). */
export interface DialogueWords {
  /** Whole messages that ask for the next answers: "more", "المزيد". */
  readonly more: PerLanguage<readonly string[]>;
  /** Pronouns standing for a person of an earlier question. */
  readonly personPronouns: PerLanguage<readonly string[]>;
  /** Pronouns standing for a thing or statement of an earlier question. */
  readonly thingPronouns: PerLanguage<readonly string[]>;
  /** Openings that mark a follow-up: "and", "what about", "و", "وماذا عن". */
  readonly followUp: PerLanguage<readonly string[]>;
  /** Words that ask for something other than what was shown: "else", "other", "أيضا". */
  readonly other: PerLanguage<readonly string[]>;
  /** Greetings and small talk: a message of only these is not a question about the story. */
  readonly smallTalk: PerLanguage<readonly string[]>;
  /** Object and possessive pronouns ("him", "عنه", "قاله"): someone other than a person the question names. */
  readonly objectPronouns: PerLanguage<readonly string[]>;
  /** Openings that correct the last question's subject: "no, I meant", "لا، أقصد". */
  readonly corrections: PerLanguage<readonly string[]>;
  /** Words pointing at the place of the last answer: "there", "هناك". */
  readonly placePointers: PerLanguage<readonly string[]>;
  /**
   * Words after which a place pointer says only that something exists ("were there injuries?", "هل هناك
   * إصابات؟"): a form of "be", هل, كان. There it points at no place.
   */
  readonly existentialBefore: PerLanguage<readonly string[]>;
  /** Words pointing at the time of the last answer: "then", "that year", "حينها". */
  readonly timePointers: PerLanguage<readonly string[]>;
  /** Whole questions about who said the answer just shown: "who said that?", "من قال ذلك؟". */
  readonly sourceQuestions: PerLanguage<readonly string[]>;
  /** Words that may come before a choice's number: "number 2", "الخيار 2". */
  readonly choicePrefix: PerLanguage<readonly string[]>;
  /**
   * Verbs that carry their subject ("قال", he said): asked with nobody named, they stand for "he" /
   * "she" as a pronoun would. Arabic drops the subject pronoun; English has none of these.
   */
  readonly subjectVerbs: PerLanguage<readonly string[]>;
  /** The question words that ask for a person ("who", "من"): a verb right after one has it for its subject. */
  readonly whoWords: PerLanguage<readonly string[]>;
  /**
   * Verbs of making a text ("write", "compose", كتب، ألف): after "who" and before a thing named ("who
   * wrote To Kill a Mockingbird?") they ask for the author, not for words said (see SearchOptions.authorWho).
   */
  readonly authorVerbs: PerLanguage<readonly string[]>;
  /**
   * Question words of time, place, manner and reason (متى، أين، كيف، لماذا) after which a bare
   * three-letter word is a verb in the past tense of "he" ("ومتى هرب؟"): see pointersOf. Not ما, من
   * or كم, which nouns follow ("ما دور …", "كم عدد …").
   */
  readonly verbAsks: PerLanguage<readonly string[]>;
  /**
   * The plain verbs of saying ("say", "write", "tell", قال، كتب): "what else did he write?" asks for more
   * of his words, not for a sentence holding the verb, as a verb of its own does ("what else did he
   * insist on?", see elseOwnVerb).
   */
  readonly plainSaying: PerLanguage<readonly string[]>;
  /** Pronouns for a man ("he", "him"): a person one stood for is not whom "she" stands for next. */
  readonly hePronouns: PerLanguage<readonly string[]>;
  /** Pronouns for a woman ("she", "her"): see hePronouns. */
  readonly shePronouns: PerLanguage<readonly string[]>;
  /** Arabic "what / which" (ما, أي) that, before a noun and a relative pronoun, asks for a named thing (ما الجائزة التي …). */
  readonly whichWords: PerLanguage<readonly string[]>;
  /**
   * What "how many" may count that a story gives as a bare number ("1.5 million", "مليون نسمة"): people,
   * times. Any other thing counted a question asks of a story in another language must be a word the
   * story holds somewhere (see the engine's count check).
   */
  readonly plainCounts: PerLanguage<readonly string[]>;
  /**
   * Words after which what a count question counts is always a noun (عدد, "number", in كم عدد): the
   * count check then holds for questions in that language too (see the engine's count check).
   */
  readonly countNouns: PerLanguage<readonly string[]>;
  /** Words and phrases that ask about the present (today, last night, الحالي): see the engine's present check. */
  readonly presentWords: PerLanguage<readonly string[]>;
  /** The same, counted only as a question's last word (اليوم is "today" there, "the day" before a word). */
  readonly presentWordsLast: PerLanguage<readonly string[]>;
  /** Words that, in an answer, speak of its present besides those (currently, still, لا يزال). */
  readonly presentSaid: PerLanguage<readonly string[]>;
  /**
   * Words and phrases that ask for the one at an extreme (*the largest*, *most*, *the first*, أطول,
   * الكبرى; besides an English adjective in -est): see the engine's extreme check. An Arabic word counts
   * with its article and conjunctions on it.
   */
  readonly extremeWords: PerLanguage<readonly string[]>;
  /** Words that, in an answer, say it is at some extreme besides those (*only*, *record*, *second*, الوحيد). */
  readonly extremeSaid: PerLanguage<readonly string[]>;
  /** Relative pronouns (الذي, التي): see whichWords. */
  readonly relativePronouns: PerLanguage<readonly string[]>;
  /**
   * Prepositions after which a person is talked about or to, not the one who speaks ("what did Putin say
   * about Zelensky?", "وعن ماذا تحدث مع ترامب؟").
   */
  readonly objectPrepositions: PerLanguage<readonly string[]>;
  /**
   * Prepositions a question may open with before its question word ("in which song?", "وبعد أي معركة؟"):
   * with no verb after them, such a question is a fragment about the answer just shown.
   */
  readonly askingPrepositions: PerLanguage<readonly string[]>;
  /** Pronouns that stand for who speaks or acts ("he", "she"), as against "him" or "عنه". */
  readonly subjectPronouns: PerLanguage<readonly string[]>;
  /**
   * Phrases that point at a thing or a source as a pronoun does ("that one", "according to him"): their
   * words are no topic to look for.
   */
  readonly thingPointers: PerLanguage<readonly string[]>;
  /**
   * Phrases that name the source of what is asked ("according to him", "حسب قوله"): a pronoun beside one
   * stands for who speaks in the answer just shown, whose account the user asks for.
   */
  readonly sourcePointers: PerLanguage<readonly string[]>;
  /**
   * Words of talk or of grammar, not of the question: no words to look for. Talk ("in the first place",
   * بالضبط), and complex prepositions ("in order for", "in his place", "in addition to", "along with"),
   * whose nouns and adverbs are grammar there, not a topic the answer must hold.
   */
  readonly fillers: PerLanguage<readonly string[]>;
  /**
   * Words that set someone apart ("besides", "apart from", باستثناء، غير): a name right after one is who
   * the answer must not be about ("who said it besides Trump?"), not a name to look for.
   */
  readonly exceptions: PerLanguage<readonly string[]>;
  /** Plural pronouns for people ("they", "both", "هما"): all the people of the last question. */
  readonly groupPronouns: PerLanguage<readonly string[]>;
  /** Words asking how the answer just shown goes on ("what did he add?", "وماذا أضاف؟"). */
  readonly continuations: PerLanguage<readonly string[]>;
  /**
   * Words with which a story's sentence refers back to the one before it ("Peskov said this was
   * impossible", "هذا صحيح"): that sentence is a reply to it. A one-word Arabic form counts only when no
   * word with the article ال follows (هذه الحرب, "this war", is a determiner, not a reference).
   */
  readonly backReferences: PerLanguage<readonly string[]>;
  /**
   * Words with which a story's sentence refers to a place named a little before it ("Ukrainian units will
   * be driven out of this region", "من هذه المنطقة"): the sentence is about that place though it does not name it.
   */
  readonly placeReferences: PerLanguage<readonly string[]>;
  /**
   * Pronoun suffixes written onto a word ("إحصاؤهم", counting them): the word points back at what the
   * conversation was about, as "them" does. Arabic only; English writes its pronouns apart.
   */
  readonly attachedPronouns: PerLanguage<readonly string[]>;
  /** Whole questions about what the story says just before the answer shown: "and before that?", "وقبل ذلك؟". */
  readonly beforeQuestions: PerLanguage<readonly string[]>;
  /** Whole questions about what the story says next: "what happened next?", "وبعد ذلك؟". */
  readonly afterQuestions: PerLanguage<readonly string[]>;
  /**
   * Demonstratives that go before a noun ("that album", "ذلك الألبوم"): the noun names something the
   * answer shown names.
   */
  readonly demonstratives: PerLanguage<readonly string[]>;
  /**
   * Whole yes/no questions on how what the answer shown tells turned out: "did it work?", "وهل نجح ذلك؟".
   * The story tells the outcome at the end of that answer or right after it.
   */
  readonly outcomeQuestions: PerLanguage<readonly string[]>;
  /** Words that tell an outcome or turn against what came before ("but", "failed", لكن، النتيجة): see outcomeQuestions. */
  readonly resultWords: PerLanguage<readonly string[]>;
  /** Whole questions for who came after the person just talked about: "who succeeded him?", "ومن خلفه؟". */
  readonly successorQuestions: PerLanguage<readonly string[]>;
  /**
   * Whole questions about the story as a whole ("what is this story about?", "summarize", "لخص الخبر"):
   * answered with the story's opening sentences, which a news story writes as its summary.
   */
  readonly gistQuestions: PerLanguage<readonly string[]>;
  /** Words of politeness around a whole question ("summarize, please", "لخص الخبر من فضلك"), ignored there. */
  readonly politeWords: PerLanguage<readonly string[]>;
  /**
   * Words that place what a question asks after something else ("what did he write after the call?",
   * "بعد المكالمة"): a story tells events in order, so what follows is often said in the next sentence.
   */
  readonly afterWords: PerLanguage<readonly string[]>;
  /**
   * Verbs that ask what someone did or what happened, with nothing of their own: with a person pronoun
   * and a question word set aside, "what did he do after that?" is "after that?".
   */
  readonly stepVerbs: PerLanguage<readonly string[]>;
  /**
   * Verbs of doing ("what did Ukraine do in Kursk?", "ماذا فعلت أوكرانيا؟"): no word to look for, and
   * whoever the question names to do it is the subject of the sentence that answers.
   */
  readonly doVerbs: PerLanguage<readonly string[]>;
  /** The question words after which a verb of doing asks what was done ("what", ماذا; not ما: "ما هو فعل …؟" asks for a verb). */
  readonly doAsks: PerLanguage<readonly string[]>;
  /** Pronouns that after a question word are a copula, standing for no one: هو in "من هو أرطغرل؟". */
  readonly copulas: PerLanguage<readonly string[]>;
  /** Verbs of replying ("respond", "رد"): asked with no object of their own, they ask about the reply to the answer just shown. */
  readonly reactions: PerLanguage<readonly string[]>;
  /** Words that open a question of its own ("who", "متى"): it asks for its own kind of answer, not the last one's. */
  readonly questionWords: PerLanguage<readonly string[]>;
}

/** Words around names, per language (knowledge/name-cues.json), for finding a story's names without a lexicon. */
export interface NameCues {
  /** Titles before a person's name: "President", "الرئيس". */
  readonly personBefore: PerLanguage<readonly string[]>;
  /** Verbs of saying next to a person's name: "said", "قال". */
  readonly saying: PerLanguage<readonly string[]>;
  /** Words before a place's name: "in", "في". */
  readonly placeBefore: PerLanguage<readonly string[]>;
  /** Words inside an organisation's name: "council", "حزب". */
  readonly orgWords: PerLanguage<readonly string[]>;
  /**
   * Words of closed classes (conjunctions, prepositions, determiners, quantifiers, pronouns, sentence
   * adverbs) that a sentence may open on, capitalised there, without being names: "Because", "Upon".
   */
  readonly notNames: PerLanguage<readonly string[]>;
}

/**
 * Something a question may ask that only a story speaking of it can answer (knowledge/facets.jsonl): a
 * spouse, children, a height, a price. A story that holds none of its `said` words cannot say who
 * someone married or how tall something is.
 */
export interface Facet {
  readonly id: string;
  /** What the refusal says the story does not mention ("a wife, husband or marriage"), per language. */
  readonly label: PerLanguage<string>;
  /** Words or phrases that ask for it. */
  readonly ask: PerLanguage<readonly string[]>;
  /** Words of which a story that speaks of it holds at least one. */
  readonly said: PerLanguage<readonly string[]>;
  /** Characters that say it too ("$" for a price). */
  readonly symbols: readonly string[];
  /**
   * Words that say it only right after a number: كم is "how many" and a stop word, but "1115 كم" is
   * kilometres (`"afterNumber"` in the file, none when absent).
   */
  readonly afterNumber: readonly string[];
  /**
   * Words or phrases the question must open on besides, when it asks for an amount ("how much", كم,
   * "what is"): "which metal's price rose?" asks for a metal, not a price. Empty: any question asks.
   */
  readonly with: PerLanguage<readonly string[]>;
  /** Whether a life's span in brackets, "(1858 – 1931)", says it too (a birth, a death, an age). */
  readonly span: boolean;
  /**
   * Whether it is asked of a thing the question names (a building built, a club founded): the best answer,
   * or a sentence beside it, must name that thing too (`"thing": true` in the file; `facetThing`).
   */
  readonly thing: boolean;
}

/** A kind of answer a question asks for ("how long" → a duration), and the words that supply it. */
export interface AnswerType {
  readonly id: string;
  /** Question phrases that ask for it. */
  readonly ask: PerLanguage<readonly string[]>;
  /** Words in a sentence that supply it. */
  readonly cue: PerLanguage<readonly string[]>;
  /**
   * Phrases of stop words in a sentence that supply it, matched in the sentence's text ("such as", "for
   * example": a list follows); `"phrases"` in the file, none when absent.
   */
  readonly phrases: PerLanguage<readonly string[]>;
  /**
   * Regular expressions (Unicode, case-insensitive) over a sentence's text that supply it, for a form no
   * word list can hold: a decade in digits ("the 1970s", "'90s"), which the analyzer keys as its first
   * year (`n:1970`) and so no cue can tell from a year; `"patterns"` in the file, none when absent.
   */
  readonly patterns?: readonly string[];
  /**
   * The tunable of src/search/defaults.ts that switches its patterns on (above 0), for patterns that
   * add to what supplies a type with other means (a duration's *five-year*, *3 years*): the type then
   * asks whatever `answerPatterns` is; `"patternsOption"` in the file, none when absent.
   */
  readonly patternsOption?: string;
  /** Whether a number in a sentence supplies it too (any, or those of `numberKind`). */
  readonly numbers: boolean;
  /**
   * Which numbers supply it, when not any (`"numbers": "counts"` or `"dates"` in the file): a count is
   * no year, day of a month or ordinal ("how many"); a date is a year or a day beside a month ("when").
   */
  readonly numberKind?: 'counts' | 'dates';
  /** Lexicon kinds whose concepts supply it (a place answers "where"). */
  readonly kinds: readonly string[];
  /** Whether a quotation in a sentence supplies it (what someone said). */
  readonly quotes: boolean;
  /**
   * Whether a sentence defining an acronym supplies it: capitals in brackets after what they stand for
   * ("Urban heat islands (UHI)"); `"acronyms": true` in the file.
   */
  readonly acronyms: boolean;
  /** How strongly supplying it counts, relative to the other types (a duration is specific, a quote is not). */
  readonly weight: number;
  /** Whether the asking words stop being content words ("how long" does; "say" stays a word). */
  readonly consume: boolean;
  /**
   * Whether the question names what it counts right after its asking words ("how many counties",
   * "كم منطقة"), so a sentence with a number beside that word answers it best ("56 counties").
   */
  readonly counted: boolean;
  /**
   * Whether the answer is a name (of `kinds`) the question does not write itself: "who preceded John
   * Jenkins?" is answered by another person. Not for "who is …?", which asks what the story says of a
   * name or who holds a role.
   */
  readonly fresh: boolean;
  readonly file: string;
  readonly line: number;
}

/** Everything the engine is built from. */
export interface Knowledge {
  readonly dir: string;
  readonly stories: readonly LoadedStory[];
  /** The shared lexicon merged with every story's own additions. */
  readonly lexicon: readonly LexiconEntry[];
  /** The shared lexicon alone (knowledge/lexicon.jsonl), to merge again when stories change. */
  readonly sharedLexicon: readonly LexiconEntry[];
  readonly stopwords: PerLanguage<readonly string[]>;
  readonly dialogue: DialogueWords;
  readonly answerTypes: readonly AnswerType[];
  /** What questions may ask that a story must speak of to answer (knowledge/facets.jsonl); empty when absent. */
  readonly facets?: readonly Facet[];
  /** English synonyms from WordNet: a word people may ask with → words of the stories' English renderings. */
  readonly synonyms: ReadonlyMap<string, readonly string[]>;
  /** Common English words (lemmas): an unknown word on this list is a paraphrase, not an unknown name. */
  readonly commonEnglish: ReadonlySet<string>;
  /** One-word English names, lowercase (WordNet's capitalised-only words: germany, cairo); empty when absent. */
  readonly englishNames: ReadonlySet<string>;
  /** Words of peoples, lowercase (knowledge/english-peoples.txt: chinese, canadian): capitalised, yet no name; empty when absent. */
  readonly englishPeoples: ReadonlySet<string>;
  /** Common English words that are also first names, lowercase (knowledge/english-first-names.txt: bill, mark); empty when absent. */
  readonly englishFirstNames: ReadonlySet<string>;
  /** Common English nouns with a sense naming a person or a group, lowercase (knowledge/english-speaker-nouns.txt: coach, khan, bureau); empty when absent. */
  readonly englishSpeakerNouns: ReadonlySet<string>;
  /** Common English nouns whose first sense names a person, lowercase (knowledge/english-person-nouns.txt: singer, anthropologist); absent or empty when the file is. */
  readonly englishPersonNouns?: ReadonlySet<string>;
  /** The English ↔ Arabic dictionary (knowledge/dictionary/), when the folder has one. */
  readonly dictionary?: Dictionary;
  /** Arabic words of being born and dying (knowledge/life-words.ar.txt): a life's span in brackets stands for them. Empty when absent. */
  readonly lifeWords?: readonly string[];
  /** English words a span of years in brackets stands for (knowledge/span-words.en.txt: years, born, reign). Empty when absent. */
  readonly spanWords?: readonly string[];
  /**
   * Ties of kinship (knowledge/kin-words.txt): each tie's nouns (husband, زوجة) and the words of the event
   * that makes it (marriage, تزوج), either language; or, a line opening on "=", the nouns of one tie in
   * both languages (mother أم والدة: `same`, no events). Empty when absent.
   */
  readonly kinWords?: ReadonlyArray<{ readonly nouns: readonly string[]; readonly events: readonly string[]; readonly same?: true }>;
  /**
   * English synonyms for every story (knowledge/thesaurus/, from WordNet): `en:` key → `en:` keys.
   * Empty when the folder has none.
   */
  readonly thesaurus: Thesaurus;
  /**
   * English words of one family (knowledge/thesaurus/derived.en.tsv, from WordNet's derivation and
   * pertainym pointers: *honor* ~ *honorary*, *China* ~ *Chinese*): `en:` key → `en:` keys. Empty when absent.
   */
  readonly derived: Thesaurus;
  /** English nouns by kind (knowledge/thesaurus/kinds.en.tsv, from WordNet's hypernyms): `en:` key of a kind → `en:` keys of its members. */
  readonly kinds: Thesaurus;
  /**
   * English nouns naming an office a person holds, as words, lowercase (knowledge/thesaurus/offices.en.txt,
   * from WordNet: *sultan*, *governor*, *campaigner*); absent or empty when the file is.
   */
  readonly offices?: ReadonlySet<string>;
  /**
   * The shared data files the folder lacks, one sentence each (the file, what answers lose, how to
   * restore it), for the front end to warn about at start-up; empty for a complete folder.
   */
  readonly missing?: readonly string[];
  /** Words around names, for finding a story's names without a lexicon (knowledge/name-cues.json). */
  readonly nameCues: NameCues;
  /** Words for reading what a sentence is about (knowledge/subjects.en.json, with subjects.ar.json's added); absent when the English file is. */
  readonly subjects?: SubjectWords;
  /** English phrasal verbs and what they mean in single words (knowledge/phrasal-verbs.en.tsv); empty when absent. */
  readonly phrasalVerbs: readonly PhrasalVerb[];
  /**
   * Capital cities a question may name for their country's government (knowledge/capitals.en.tsv:
   * "washington" → america, american), by lower-case form; absent when the file is.
   */
  readonly capitals?: ReadonlyMap<string, readonly string[]>;
  /**
   * Chat spellings and the standard words they stand for (knowledge/chat-spellings.en.tsv: "wat" →
   * "what", "didnt" → "did not"; chat-spellings.ar.tsv: spoken Arabic's رح → سوف), by lower-case
   * spelling; read into questions only. Empty when both files are absent.
   */
  readonly chatSpellings: ReadonlyMap<string, string>;
  /**
   * Where start-up may remember what it derived from the stories between runs (the names found in
   * stories without vocabulary.jsonl: src/search/name-cache.ts): `.cache` beside the story folders.
   * Absent: nothing is remembered.
   */
  readonly cacheDir?: string;
}

/** Folders of the knowledge folder that hold shared data, not a story (the bilingual dictionary). */
export const SHARED_FOLDERS: ReadonlySet<string> = new Set(['dictionary', 'thesaurus']);

/** English phrasal verbs, relative to the knowledge folder. */
export const PHRASAL_VERBS_FILE = 'phrasal-verbs.en.tsv';

/** Capitals and their countries' words, relative to the knowledge folder. */
export const CAPITALS_FILE = 'capitals.en.tsv';

/** Reads knowledge/capitals.en.tsv; a malformed line fails start-up with its number. */
function parseCapitals(file: string): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  readRequired(file)
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      const cols = line.split('\t');
      const forms = (cols[0] ?? '').split('|').filter((w) => w !== '');
      const words = (cols[1] ?? '').split(/\s+/).filter((w) => w !== '');
      if (cols.length !== 2 || forms.length === 0 || words.length === 0 || forms.some((f) => f !== f.toLowerCase() || /\s/.test(f)))
        throw new KnowledgeError(file, i + 1, 'want "capital forms (|-separated, lower case, one word) TAB country words"');
      for (const f of forms) out.set(f, words);
    });
  return out;
}

/** Chat spellings, English and spoken Arabic, relative to the knowledge folder; each optional. */
export const CHAT_SPELLINGS_FILES = ['chat-spellings.en.tsv', 'chat-spellings.ar.tsv'] as const;

/**
 * Reads a chat-spellings file into `out`; a malformed line, or a spelling listed twice (in this file
 * or an earlier one), fails start-up with its number.
 */
function parseChatSpellings(file: string, out: Map<string, string>): Map<string, string> {
  readRequired(file)
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      const [spelling, standard, extra] = line.split('\t').map((c) => c.trim());
      if (!spelling || !standard || extra !== undefined || /\s/.test(spelling))
        throw new KnowledgeError(file, i + 1, 'want "spelling TAB standard words", one spelling (a single word) a line');
      if (out.has(spelling.toLowerCase())) throw new KnowledgeError(file, i + 1, `"${spelling}" is listed twice`);
      out.set(spelling.toLowerCase(), standard);
    });
  return out;
}

/** A phrasal verb: the verb's forms, the particle words after it, and its meaning in single words. */
export interface PhrasalVerb {
  readonly forms: ReadonlySet<string>;
  readonly particles: readonly string[];
  readonly meaning: readonly string[];
}

/** Reads knowledge/phrasal-verbs.en.tsv; a malformed line fails start-up with its number. */
function parsePhrasalVerbs(file: string): PhrasalVerb[] {
  const out: PhrasalVerb[] = [];
  readRequired(file)
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      const cols = line.split('\t');
      const words = (col: string | undefined) => (col ?? '').split(/\s+/).filter((w) => w !== '');
      const forms = (cols[0] ?? '').split('|').filter((w) => w !== '');
      if (cols.length !== 3 || forms.length === 0 || words(cols[1]).length === 0 || words(cols[2]).length === 0)
        throw new KnowledgeError(file, i + 1, 'want "verb forms (|-separated) TAB particles TAB meaning words"');
      out.push({ forms: new Set(forms), particles: words(cols[1]), meaning: words(cols[2]) });
    });
  return out;
}

/** Arabic words of being born and dying, relative to the knowledge folder. */
export const LIFE_WORDS_FILE = 'life-words.ar.txt';

/** The facets a story must speak of to answer a question asking for them (see Facet). */
export const FACETS_FILE = 'facets.jsonl';

/** English words a span of years in brackets stands for, relative to the knowledge folder. */
export const SPAN_WORDS_FILE = 'span-words.en.txt';

/** Nouns of kinship and the words of the events that make the ties, relative to the knowledge folder. */
export const KIN_WORDS_FILE = 'kin-words.txt';

/** The thesaurus, relative to the knowledge folder (scripts/build-thesaurus.ts writes it). */
export const THESAURUS_FILE = join('thesaurus', 'thesaurus.en.tsv');
/** Nouns by kind, relative to the knowledge folder (scripts/build-kinds.ts writes it). */
export const KINDS_FILE = join('thesaurus', 'kinds.en.tsv');
/** Nouns of an office, relative to the knowledge folder (scripts/build-kinds.ts writes it). */
export const OFFICES_FILE = join('thesaurus', 'offices.en.txt');
/** English word families from WordNet, relative to the knowledge folder (scripts/build-derived.ts writes it). */
export const DERIVED_FILE = join('thesaurus', 'derived.en.tsv');

/**
 * The shared data a knowledge folder may go without, and what answers lose without each. A test's or a
 * small custom folder may leave them out; a copy of the shipped folder that lacks one (a file deleted by
 * mistake, an incomplete copy) still starts and answers, only worse, so start-up names each one missing.
 * (A function: some of the names are declared further down.)
 */
function optionalData(): readonly (readonly [file: string, loss: string, rebuild?: string])[] {
  return [
    [DICTIONARY_FILE, 'questions in one language no longer reach stories in the other', 'npm run build:dictionary'],
    [THESAURUS_FILE, 'English words no longer match their synonyms', 'npm run build:thesaurus'],
    [KINDS_FILE, 'a kind (metal) no longer matches its members (copper)', 'npm run build:kinds'],
    [OFFICES_FILE, 'a "who" question about an office (sultan) is no longer refused by a story naming none', 'npm run build:kinds'],
    [DERIVED_FILE, 'English words no longer match their family (rule ~ ruler)', 'npm run build:derived'],
    ['name-cues.json', "a story's names are found less well"],
    ...CHAT_SPELLINGS_FILES.map((f) => [f, 'chat spellings in questions are no longer read'] as const),
    [SUBJECTS_FILE, 'what a sentence is about is no longer read from the sentence before'],
    [FACETS_FILE, 'questions about a facet a story does not speak of are no longer refused'],
    [KIN_WORDS_FILE, 'questions about kin no longer reach the sentences that tell the tie'],
    [PHRASAL_VERBS_FILE, 'English phrasal verbs are no longer read as their meaning'],
    [CAPITALS_FILE, "a capital city no longer stands for its country's government (Washington for the United States)"],
    [LIFE_WORDS_FILE, "a life's span in brackets no longer answers when someone was born or died"],
    [SPAN_WORDS_FILE, "a life's span in brackets no longer answers when someone was born or died"],
    ...['english-names.txt', 'english-peoples.txt', 'english-first-names.txt', 'english-speaker-nouns.txt', 'english-person-nouns.txt'].map(
      (f) => [f, "English stories' names are found less well"] as const,
    ),
  ];
}

/** One sentence for each file of optionalData() that `dir` lacks, saying what is lost and how to restore it. */
function missingData(dir: string, at: (file: string) => string = (file) => join(dir, file)): string[] {
  return optionalData()
    .filter(([file]) => !existsSync(at(file)))
    .map(
      ([file, loss, rebuild]) =>
        `${join(dir, file)} is missing, so ${loss}; copy it back from the repository's knowledge/ folder${rebuild === undefined ? '' : ` or rebuild it with ${rebuild}`}`,
    );
}

/** How to load a knowledge folder. */
export interface LoadOptions {
  /** A folder of story folders to load instead of the ones beside the shared data (benchmarks use it). */
  readonly storiesDir?: string;
  /**
   * false: leave out everything written by hand for particular stories (every lexicon.jsonl, the
   * English renderings and their precomputed synonyms), to measure what the engine does on a story
   * nobody prepared. Default true.
   */
  readonly handMade?: boolean;
  /** false: remember nothing between starts (no `.cache` folder is read or written). Default true. */
  readonly cache?: boolean;
  /**
   * true: a folder with no story yet loads (`add-story` adding the first story of a newsroom's own
   * folder, the shipped story removed). Default false: the bot and the chat need a story to answer from.
   */
  readonly allowNoStories?: boolean;
  /**
   * A folder to read each shared data file from (dictionary, stop words, dialogue words…) when `dir`
   * lacks it: the shipped knowledge/ folder, for an operator's KNOWLEDGE_DIR that holds only stories (or
   * a lexicon of its own), so an upgrade's data reaches it. A dialogue.json of `dir` that lacks keys a
   * newer version added takes them from here. Unset: `dir` alone (tests that leave a file out on purpose).
   */
  readonly sharedFrom?: string;
}

/**
 * Loads a knowledge folder.
 * @param dir the folder (knowledge/ by default): shared files at the top, one folder per story
 * @throws KnowledgeError for any missing or malformed file
 */
export function loadKnowledge(dir: string, options: LoadOptions = {}): Knowledge {
  const handMade = options.handMade !== false;
  const storiesDir = options.storiesDir ?? dir;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new KnowledgeError(dir, undefined, 'not a folder; point --knowledge (or KNOWLEDGE_DIR) at a folder holding story folders');
  }
  // Each shared file from `dir`, else from `sharedFrom` when it holds it (see LoadOptions.sharedFrom).
  const from = options.sharedFrom;
  const at = (file: string) =>
    from === undefined || from === dir || existsSync(join(dir, file)) || !existsSync(join(from, file)) ? join(dir, file) : join(from, file);
  const shared = handMade ? parseLexicon(readRequired(at('lexicon.jsonl')), at('lexicon.jsonl')) : [];
  const stopwords = perLanguage((code) => readWordList(at(`stopwords.${code}.txt`)));
  const dialogue = parseDialogue(at('dialogue.json'), from === undefined ? undefined : join(from, 'dialogue.json'));
  const answerTypes = parseAnswerTypes(at('answer-types.jsonl'));
  const facets = existsSync(at(FACETS_FILE)) ? parseFacets(at(FACETS_FILE)) : [];
  const commonEnglish = new Set(readWordList(at('english-common.txt')));
  const englishNames = existsSync(at('english-names.txt')) ? new Set(readWordList(at('english-names.txt'))) : NO_WORDS;
  const englishPeoples = existsSync(at('english-peoples.txt')) ? new Set(readWordList(at('english-peoples.txt'))) : NO_WORDS;
  const englishFirstNames = existsSync(at('english-first-names.txt')) ? new Set(readWordList(at('english-first-names.txt'))) : NO_WORDS;
  const englishSpeakerNouns = existsSync(at('english-speaker-nouns.txt')) ? new Set(readWordList(at('english-speaker-nouns.txt'))) : NO_WORDS;
  const englishPersonNouns = existsSync(at('english-person-nouns.txt')) ? new Set(readWordList(at('english-person-nouns.txt'))) : NO_WORDS;
  const dictionary = existsSync(at(DICTIONARY_FILE)) ? loadDictionary(dirname(dirname(at(DICTIONARY_FILE)))) : undefined;
  const thesaurus = existsSync(at(THESAURUS_FILE)) ? parseThesaurus(at(THESAURUS_FILE)) : NO_THESAURUS;
  const kinds = existsSync(at(KINDS_FILE)) ? parseThesaurus(at(KINDS_FILE)) : NO_THESAURUS;
  const offices = existsSync(at(OFFICES_FILE)) ? new Set(readWordList(at(OFFICES_FILE))) : NO_WORDS;
  const derived = existsSync(at(DERIVED_FILE)) ? parseThesaurus(at(DERIVED_FILE)) : NO_THESAURUS;
  const phrasalVerbs = existsSync(at(PHRASAL_VERBS_FILE)) ? parsePhrasalVerbs(at(PHRASAL_VERBS_FILE)) : [];
  const capitals = existsSync(at(CAPITALS_FILE)) ? parseCapitals(at(CAPITALS_FILE)) : undefined;
  const chatSpellings = new Map<string, string>();
  for (const f of CHAT_SPELLINGS_FILES) if (existsSync(at(f))) parseChatSpellings(at(f), chatSpellings);
  const lifeWords = existsSync(at(LIFE_WORDS_FILE)) ? readWordList(at(LIFE_WORDS_FILE)) : [];
  const spanWords = existsSync(at(SPAN_WORDS_FILE)) ? readWordList(at(SPAN_WORDS_FILE)) : [];
  const kinWords = existsSync(at(KIN_WORDS_FILE)) ? parseKinWords(at(KIN_WORDS_FILE)) : [];
  const nameCues = existsSync(at('name-cues.json')) ? parseNameCues(at('name-cues.json')) : NO_CUES;
  const subjects = existsSync(at(SUBJECTS_FILE)) ? withArabicSubjects(parseSubjectWords(at(SUBJECTS_FILE)), at(SUBJECTS_FILE_AR)) : undefined;
  const stories: LoadedStory[] = [];
  const synonyms = new Map<string, string[]>();
  if (!existsSync(storiesDir) || !statSync(storiesDir).isDirectory()) throw new KnowledgeError(storiesDir, undefined, 'not a folder of story folders');
  const folders = readdirSync(storiesDir, { withFileTypes: true })
    // A link to a story folder kept elsewhere is a story folder too (a newsroom's archive, a shared disk):
    // skipping it had left a folder of links with "no story folders found".
    .filter(
      (d) =>
        (d.isDirectory() || (d.isSymbolicLink() && isFolder(join(storiesDir, d.name)))) &&
        !d.name.startsWith('.') &&
        !d.name.startsWith('_') &&
        !SHARED_FOLDERS.has(d.name),
    )
    .map((d) => d.name)
    .sort();
  for (const id of folders) {
    const storyDir = join(storiesDir, id);
    const story = loadStory(storyDir, id, handMade);
    stories.push(story);
    if (story.hasSynonyms) mergeSynonyms(synonyms, join(storyDir, 'synonyms.en.json'));
  }
  if (stories.length === 0 && options.allowNoStories !== true)
    throw new KnowledgeError(
      storiesDir,
      undefined,
      'no story folders found: add one with npm run add-story -- article.txt (a story folder holds story.txt and story.json)',
    );
  const lexicon = storiesLexicon(shared, stories);
  return {
    dir,
    stories,
    lexicon,
    sharedLexicon: shared,
    stopwords,
    dialogue,
    answerTypes,
    facets,
    synonyms,
    commonEnglish,
    englishNames,
    englishPeoples,
    englishFirstNames,
    englishSpeakerNouns,
    englishPersonNouns,
    offices,
    nameCues,
    thesaurus,
    derived,
    kinds,
    phrasalVerbs,
    ...(capitals ? { capitals } : {}),
    chatSpellings,
    lifeWords,
    spanWords,
    kinWords,
    ...(subjects ? { subjects } : {}),
    ...(dictionary ? { dictionary } : {}),
    ...(options.cache === false ? {} : { cacheDir: join(storiesDir, '.cache') }),
    // A dictionary cut short still answers with the lines it has: start-up names it, as a missing one.
    missing: [...missingData(dir, at), ...(dictionary?.problem === undefined ? [] : [dictionary.problem])],
  };
}

/** English synonyms by analyzer key (`en:bui` → [`en:purchas`, …]). */
export interface Thesaurus {
  get(key: string): readonly string[] | undefined;
  /** Number of keys (0: no thesaurus). */
  readonly size: number;
}

/** A thesaurus with no entries, for a knowledge folder without one. */
export const NO_THESAURUS: Thesaurus = Object.freeze({ get: () => undefined, size: 0 });

/**
 * Reads the thesaurus: lines `key <TAB> keys`, sorted by key, Porter stems without their `en:` prefix,
 * after `#` comments. Splitting 17,600 lines into a map took 65 ms at start-up; a look-up instead
 * binary-searches the text (sorted lines) and remembers what it found.
 */
function parseThesaurus(file: string): Thesaurus {
  const text = readRequired(file);
  let start = 0;
  while (text.startsWith('#', start)) start = text.indexOf('\n', start) + 1 || text.length;
  let size = 0;
  for (let i = start; i < text.length; i = text.indexOf('\n', i) + 1 || text.length) size++;
  const found = new Map<string, readonly string[] | undefined>();
  const search = (key: string): readonly string[] | undefined => {
    let lo = start;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const from = text.lastIndexOf('\n', mid - 1) + 1;
      const tab = text.indexOf('\t', from);
      const nl = text.indexOf('\n', from);
      const end = nl < 0 ? text.length : nl;
      if (tab < 0 || tab > end) throw new KnowledgeError(file, undefined, 'a line without a tab; rebuild it with npm run build:thesaurus');
      const k = text.slice(from, tab);
      if (k === key)
        return Object.freeze(
          text
            .slice(tab + 1, end)
            .split(' ')
            .filter((x) => x !== '')
            .map((x) => `en:${x}`),
        );
      if (k < key) lo = end + 1;
      else hi = from;
    }
    return undefined;
  };
  return {
    size,
    get(key: string) {
      if (!key.startsWith('en:')) return undefined;
      if (!found.has(key)) found.set(key, search(key.slice(3)));
      return found.get(key);
    },
  };
}

/**
 * The same knowledge with another set of stories (one added or removed at run time): the lexicon is
 * merged again from the shared one and the stories' own.
 * @throws KnowledgeError when a story's lexicon contradicts the others
 */
export function withStories(k: Knowledge, stories: readonly LoadedStory[]): Knowledge {
  return { ...k, stories, lexicon: storiesLexicon(k.sharedLexicon, stories) };
}

/**
 * The lexicon of a set of stories: the shared entries merged with each story's own, which serve that
 * story alone (`stories`), checked, then without the entries written only for stories not among them
 * (the seed's concepts in a folder without the seed), and without the "of" links to those.
 * @throws KnowledgeError when a story's lexicon contradicts the others, or an "of" names no entry
 */
function storiesLexicon(shared: readonly LexiconEntry[], stories: readonly LoadedStory[]): LexiconEntry[] {
  const merged = mergeLexicons([[...shared], ...stories.map((s) => s.lexicon.map((e) => ({ ...e, stories: [s.info.id] })))]);
  checkReferences(merged);
  const present = new Set(stories.map((s) => s.info.id));
  const kept = merged.filter((e) => e.stories === undefined || e.stories.some((id) => present.has(id)));
  if (kept.length === merged.length) return merged;
  const ids = new Set(kept.map((e) => e.id));
  return kept.map((e) => (e.of.every((x) => ids.has(x)) ? e : { ...e, of: e.of.filter((x) => ids.has(x)) }));
}

function readRequired(file: string): string {
  if (!existsSync(file)) throw new KnowledgeError(file, undefined, 'missing');
  return readFileSync(file, 'utf8');
}

/** One word or phrase a line; # starts a comment. The build scripts read the knowledge lists with it too. */
/**
 * Reads knowledge/kin-words.txt: one tie a line, its nouns, "|", the words of the event that makes it;
 * or "=" and the nouns of one tie in both languages (`same`). A line without "|" or with either side
 * empty, or an "=" line of fewer than two nouns, fails with the file and the line.
 */
export function parseKinWords(file: string): Array<{ nouns: string[]; events: string[]; same?: true }> {
  return readWordList(file).map((line, i) => {
    if (line.startsWith('=')) {
      const nouns = line
        .slice(1)
        .trim()
        .split(/\s+/)
        .filter((w) => w !== '');
      if (nouns.length < 2 || nouns.includes('|') || nouns.includes('='))
        throw new KnowledgeError(file, undefined, `tie ${i + 1} ("${line}") must be "=" then two or more nouns of one tie, e.g. "= mother أم والدة"`);
      return { nouns, events: [], same: true as const };
    }
    const [nouns = [], events = [], ...rest] = line.split('|').map((x) =>
      x
        .trim()
        .split(/\s+/)
        .filter((w) => w !== ''),
    );
    if (rest.length > 0 || nouns.length === 0 || events.length === 0)
      throw new KnowledgeError(
        file,
        undefined,
        `tie ${i + 1} ("${line}") must be its nouns, "|", then the words of its event, e.g. "husband wife | marriage married"`,
      );
    return { nouns, events };
  });
}

export function readWordList(file: string): string[] {
  // The comment found by indexOf, not a regular expression per line: the common-word list has 16,000
  // lines, read at every start (about 5 ms less).
  const out: string[] = [];
  for (const raw of readRequired(file).split('\n')) {
    const hash = raw.indexOf('#');
    const l = (hash < 0 ? raw : raw.slice(0, hash)).trim();
    if (l !== '') out.push(l);
  }
  return out;
}

function parseJson(file: string): unknown {
  const src = readRequired(file);
  try {
    return JSON.parse(src);
  } catch (e) {
    const pos = /position (\d+)/.exec((e as Error).message);
    throw new KnowledgeError(file, pos ? lineAt(src, Number(pos[1])) : undefined, `not valid JSON (${(e as Error).message})`);
  }
}

/** A word list per language: every language of the registry must have its key, a list of strings. */
function bilingual(v: unknown, file: string, what: string): Record<Language, string[]> {
  const o = v as Record<string, unknown> | undefined;
  const ok = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string' && s.trim() !== '');
  if (typeof o !== 'object' || o === null || !LANGUAGE_CODES.every((code) => ok(o[code]))) {
    throw new KnowledgeError(file, undefined, `"${what}" must be {${LANGUAGE_CODES.map((code) => `"${code}": [strings]`).join(', ')}}`);
  }
  return perLanguage((code) => o[code] as string[]);
}

const NONE: PerLanguage<readonly string[]> = perLanguage(() => []);
const NO_WORDS: ReadonlySet<string> = new Set();

const NO_CUES: NameCues = { personBefore: NONE, saying: NONE, placeBefore: NONE, orgWords: NONE, notNames: NONE };

/** The file of English words for reading a sentence's subject (src/search/subjects.ts). */
export const SUBJECTS_FILE = 'subjects.en.json';
/** The Arabic words of the same lists, merged with the English ones when the file is there. */
export const SUBJECTS_FILE_AR = 'subjects.ar.json';

/**
 * English words for reading what a sentence is about (src/search/subjects.ts), folded to lower case.
 * Each is a set of single words.
 */
export interface SubjectWords {
  /** An opening pronoun points back at the subject of the sentence before ("It", "Its"). */
  readonly pronouns: ReadonlySet<string>;
  /** An opening article that points back before a common noun that subject holds ("The store"). */
  readonly definite: ReadonlySet<string>;
  /** Words that open an adverbial closed by a comma, after which the subject comes ("In 1946, …"). */
  readonly openers: ReadonlySet<string>;
  /** Words that end an opening noun phrase ("is", "which", "in"). */
  readonly ends: ReadonlySet<string>;
}

/** The English subject words with the Arabic file's added to each list (the English alone without it). */
function withArabicSubjects(en: SubjectWords, file: string): SubjectWords {
  if (!existsSync(file)) return en;
  const ar = parseSubjectWords(file);
  const join = (a: ReadonlySet<string>, b: ReadonlySet<string>) => new Set([...a, ...b]);
  return {
    pronouns: join(en.pronouns, ar.pronouns),
    definite: join(en.definite, ar.definite),
    openers: join(en.openers, ar.openers),
    ends: join(en.ends, ar.ends),
  };
}

function parseSubjectWords(file: string): SubjectWords {
  const o = parseJson(file) as Record<string, unknown>;
  const list = (what: string): ReadonlySet<string> => {
    const v = o[what];
    if (!Array.isArray(v) || !v.every((w) => typeof w === 'string' && /^\S+$/.test(w))) {
      throw new KnowledgeError(file, undefined, `"${what}" must be a list of single words, e.g. ["it", "its"]`);
    }
    return new Set(v.map((w: string) => w.toLowerCase()));
  };
  return { pronouns: list('pronouns'), definite: list('definite'), openers: list('openers'), ends: list('ends') };
}

function parseNameCues(file: string): NameCues {
  const o = parseJson(file) as Record<string, unknown>;
  return {
    personBefore: bilingual(o.personBefore, file, 'personBefore'),
    saying: bilingual(o.saying, file, 'saying'),
    placeBefore: bilingual(o.placeBefore, file, 'placeBefore'),
    orgWords: bilingual(o.orgWords, file, 'orgWords'),
    notNames: o.notNames === undefined ? NONE : bilingual(o.notNames, file, 'notNames'),
  };
}

/**
 * Reads dialogue.json. A key it lacks is taken from `fallback` (the shipped dialogue.json) when given:
 * a custom folder's copy kept from an older version lacks the keys later versions added.
 */
function parseDialogue(file: string, fallback?: string): DialogueWords {
  const own = parseJson(file) as Record<string, unknown>;
  const base = fallback === undefined || fallback === file || !existsSync(fallback) ? {} : (parseJson(fallback) as Record<string, unknown>);
  const o = { ...base, ...own };
  // Every key missing or malformed is named at once: a dialogue.json kept from an older version lacks
  // the keys later versions added, and fixing them one start at a time would take as many starts.
  const wrong: string[] = [];
  const word = (key: string): Record<Language, string[]> => {
    try {
      return bilingual(o[key], file, key);
    } catch {
      wrong.push(key);
      return perLanguage(() => []);
    }
  };
  const words: DialogueWords = {
    more: word('more'),
    personPronouns: word('personPronouns'),
    thingPronouns: word('thingPronouns'),
    followUp: word('followUp'),
    other: word('other'),
    smallTalk: word('smallTalk'),
    objectPronouns: word('objectPronouns'),
    corrections: word('corrections'),
    placePointers: word('placePointers'),
    existentialBefore: word('existentialBefore'),
    timePointers: word('timePointers'),
    sourceQuestions: word('sourceQuestions'),
    choicePrefix: word('choicePrefix'),
    questionWords: word('questionWords'),
    groupPronouns: word('groupPronouns'),
    continuations: word('continuations'),
    backReferences: word('backReferences'),
    placeReferences: word('placeReferences'),
    attachedPronouns: word('attachedPronouns'),
    beforeQuestions: word('beforeQuestions'),
    afterQuestions: word('afterQuestions'),
    demonstratives: word('demonstratives'),
    outcomeQuestions: word('outcomeQuestions'),
    resultWords: word('resultWords'),
    successorQuestions: word('successorQuestions'),
    gistQuestions: word('gistQuestions'),
    politeWords: word('politeWords'),
    afterWords: word('afterWords'),
    stepVerbs: word('stepVerbs'),
    doVerbs: word('doVerbs'),
    doAsks: word('doAsks'),
    copulas: word('copulas'),
    reactions: word('reactions'),
    subjectVerbs: word('subjectVerbs'),
    whoWords: word('whoWords'),
    authorVerbs: word('authorVerbs'),
    verbAsks: word('verbAsks'),
    plainSaying: word('plainSaying'),
    hePronouns: word('hePronouns'),
    shePronouns: word('shePronouns'),
    whichWords: word('whichWords'),
    relativePronouns: word('relativePronouns'),
    plainCounts: word('plainCounts'),
    countNouns: word('countNouns'),
    presentWords: word('presentWords'),
    presentWordsLast: word('presentWordsLast'),
    presentSaid: word('presentSaid'),
    extremeWords: word('extremeWords'),
    extremeSaid: word('extremeSaid'),
    objectPrepositions: word('objectPrepositions'),
    askingPrepositions: word('askingPrepositions'),
    subjectPronouns: word('subjectPronouns'),
    thingPointers: word('thingPointers'),
    sourcePointers: word('sourcePointers'),
    fillers: word('fillers'),
    exceptions: word('exceptions'),
  };
  if (wrong.length > 0)
    throw new KnowledgeError(
      file,
      undefined,
      `${wrong.map((k) => `"${k}"`).join(', ')} must ${wrong.length > 1 ? 'each ' : ''}be {${LANGUAGE_CODES.map((code) => `"${code}": [strings]`).join(', ')}} (a dialogue.json from an older version lacks the newer keys: take them from the knowledge/dialogue.json this version ships)`,
    );
  return words;
}

/**
 * The entries of a JSON Lines file of knowledge (answer-types.jsonl, facets.jsonl): one object a line,
 * each with a string "id", blank lines and // comments skipped. A line that is no JSON, lacks its id, or
 * that `build` finds wrong fails start-up with the file and its line number.
 */
function parseIdLines<T>(file: string, build: (o: Record<string, unknown> & { id: string }, line: number) => T): T[] {
  const out: T[] = [];
  readRequired(file)
    .split('\n')
    .forEach((raw, i) => {
      const src = raw.trim();
      if (src === '' || src.startsWith('//')) return;
      let o: Record<string, unknown>;
      try {
        o = JSON.parse(src) as Record<string, unknown>;
      } catch (e) {
        throw new KnowledgeError(file, i + 1, `not valid JSON (${(e as Error).message})`);
      }
      if (typeof o.id !== 'string') throw new KnowledgeError(file, i + 1, '"id" must be a string');
      try {
        out.push(build(o as Record<string, unknown> & { id: string }, i + 1));
      } catch (e) {
        throw new KnowledgeError(file, i + 1, (e as KnowledgeError).problem);
      }
    });
  return out;
}

function parseAnswerTypes(file: string): AnswerType[] {
  return parseIdLines(
    file,
    (o, line): AnswerType => ({
      id: o.id,
      ask: bilingual(o.ask, file, 'ask'),
      cue: bilingual(o.cue, file, 'cue'),
      phrases: o.phrases === undefined ? NONE : bilingual(o.phrases, file, 'phrases'),
      patterns: Array.isArray(o.patterns) ? o.patterns.filter((p): p is string => typeof p === 'string' && p !== '') : [],
      ...(typeof o.patternsOption === 'string' && o.patternsOption !== '' ? { patternsOption: o.patternsOption } : {}),
      numbers: o.numbers === true || o.numbers === 'counts' || o.numbers === 'dates',
      ...(o.numbers === 'counts' || o.numbers === 'dates' ? { numberKind: o.numbers } : {}),
      quotes: o.quotes === true,
      acronyms: o.acronyms === true,
      weight: typeof o.weight === 'number' && o.weight >= 0 ? o.weight : 1,
      consume: o.consume !== false,
      counted: o.counted === true,
      fresh: o.fresh === true,
      kinds: Array.isArray(o.kinds) ? o.kinds.filter((k): k is string => typeof k === 'string') : [],
      file,
      line,
    }),
  );
}

function parseFacets(file: string): Facet[] {
  return parseIdLines(file, (o, line): Facet => {
    const label = o.label as Record<string, unknown> | undefined;
    if (typeof label !== 'object' || label === null || !LANGUAGE_CODES.every((code) => typeof label[code] === 'string'))
      throw new KnowledgeError(file, line, `"label" must be {${LANGUAGE_CODES.map((code) => `"${code}": "what the story does not mention"`).join(', ')}}`);
    const symbols = o.symbols ?? [];
    if (!Array.isArray(symbols) || symbols.some((x) => typeof x !== 'string' || x === ''))
      throw new KnowledgeError(file, line, '"symbols" must be an array of characters ("$")');
    const afterNumber = o.afterNumber ?? [];
    if (!Array.isArray(afterNumber) || afterNumber.some((x) => typeof x !== 'string' || !/^\p{L}+$/u.test(x)))
      throw new KnowledgeError(file, line, '"afterNumber" must be an array of words ("كم")');
    return {
      id: o.id,
      label: perLanguage((code) => label[code] as string),
      ask: bilingual(o.ask, file, 'ask'),
      said: bilingual(o.said, file, 'said'),
      symbols: symbols as string[],
      afterNumber: afterNumber as string[],
      with: o.with === undefined ? perLanguage(() => []) : bilingual(o.with, file, 'with'),
      span: o.span === true,
      thing: o.thing === true,
    };
  });
}

function mergeSynonyms(into: Map<string, string[]>, file: string): void {
  const o = parseJson(file);
  if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new KnowledgeError(file, 1, 'expected {"word": ["story word", …]}');
  for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) {
      throw new KnowledgeError(file, undefined, `"${k}" must map to an array of words`);
    }
    const prev = into.get(k);
    into.set(k, prev ? [...new Set([...prev, ...(v as string[])])] : (v as string[]));
  }
}

/** Whether a path leads to a folder, through links; false for a broken link or a file. */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
