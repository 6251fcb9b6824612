/**
 * The shapes shared between the engine and its front ends (the CLI and the Telegram bot).
 * Front ends import these types, `createEngine` (src/engine.ts) and the language registry
 * (src/text/languages.ts), and nothing else from the core.
 */

import type { Language, PerLanguage } from './text/languages.js';

/** A language the engine understands and the UI speaks: a code of the registry in src/text/languages.ts. */
export type Lang = Language;

/** What a front end may show about a story. */
export interface StoryInfo {
  /** Folder name under knowledge/, e.g. "bbc-2025-02-12-trump-putin-call". */
  readonly id: string;
  /** Per language (a story added with one title has it in every language). */
  readonly title: PerLanguage<string>;
  /** Who published the original, e.g. "BBC". */
  readonly source: string;
  /** Language of story.txt. */
  readonly language: Lang;
  /** ISO date, e.g. "2025-02-13". */
  readonly published: string;
  /** Shown beside every quote, e.g. that the text is a machine translation. */
  readonly note: string;
  /** Optional link to the original report. */
  readonly url?: string;
  /**
   * True when story.txt is itself a machine translation (story.json's "machineTranslated"), so quotes
   * say so; absent for a story published in its own language.
   */
  readonly machineTranslated?: true;
  /** Who made the English rendering (story.en.tsv), when the story has one. */
  readonly translation?: TranslationKind;
  /** Number of answer units (sentences). */
  readonly sentences: number;
  /** Number of paragraphs. */
  readonly paragraphs: number;
}

/**
 * Who made a story's English rendering: "project" for one written for this project (the default),
 * "machine" for one fetched from a translation server when the story was added (story.en.tsv then
 * starts with "# machine translation: <server>"). Front ends label the two differently.
 */
export type TranslationKind = 'project' | 'machine';

/** A sentence of a story as front ends see it. */
export interface SentenceView {
  readonly story: string;
  /** Citation label, stable across restarts: "22", "24.2". */
  readonly ref: string;
  readonly paragraph: number;
  /** The sentence, verbatim from story.txt. */
  readonly text: string;
  /** The story's English rendering of the sentence, when the story has one. */
  readonly translation?: string;
  /** Who made `translation` (present with it): front ends label a machine translation as one. */
  readonly translationKind?: TranslationKind;
  /** Offsets [start, end) of `text` in story.txt. */
  readonly start: number;
  readonly end: number;
}

/** A half-open range [start, end) of UTF-16 code units inside a sentence's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One cited answer. */
export interface Answer extends SentenceView {
  /** Relevance, higher is better; comparable within one result only. */
  readonly score: number;
  /** Where the question's words matched inside `text` (for bold). */
  readonly highlights: readonly Span[];
  /** Where the question's words matched inside `translation` (for bold). */
  readonly translationHighlights: readonly Span[];
  /** The sentences before and after, for context (around the whole span when it has two parts). */
  readonly context: { readonly before?: SentenceView; readonly after?: SentenceView };
  /**
   * The citation label as shown: the ref, or "23–24.1" when a quotation runs over two adjacent
   * sentences and both are quoted as one answer.
   */
  readonly label: string;
  /** The sentences quoted, in story order, each with its highlights: one, or two for a span. */
  readonly parts: readonly QuotedPart[];
  /**
   * For a sentence with no English rendering: what its matched words are in English, word by word
   * (the question's own word for a name or a translated word, else the dictionary's). A labelled aid
   * for an English reader, never a translation of the sentence. Empty when the sentence is English
   * or has a rendering.
   */
  readonly gloss?: readonly GlossItem[];
}

/** One matched word of a quoted sentence and what it is in the other language. */
export interface GlossItem {
  /** The word as the sentence writes it. */
  readonly word: string;
  /**
   * Its English (of an Arabic sentence's word) or Arabic (of an English one's): the question's word when
   * the question is in that language ("Peskov", "elections", "بيونسيه"), else the dictionary's first word.
   */
  readonly gloss: string;
}

/** One sentence of an answer, with where the question's words matched in it. */
export interface QuotedPart extends SentenceView {
  readonly highlights: readonly Span[];
  readonly translationHighlights: readonly Span[];
}

/** Two people's statements answer equally well: the reply offers each, and says so. */
export interface Choice {
  /** Person concept id. */
  readonly person: string;
  /** The person's name as the lexicon writes it first, per language. */
  readonly name: PerLanguage<string>;
  /** Index into `AskResult.answers` of the answer that is this person's. */
  readonly answer: number;
}

/** What went wrong inside the engine on a question, for the front end's log. */
export interface EngineFailure {
  readonly message: string;
  readonly stack?: string;
}

/** Why a question got no answers. */
export type AbstainReason =
  | 'empty' // nothing to search for: empty, punctuation, emoji only
  | 'no-content' // only stop words / greetings ("hello how are you")
  | 'not-in-story' // the story does not answer it
  | 'no-more' // "more" with nothing left to show
  | 'present' // a first question about today ("what did Trump say today?"): a story tells its own day, not the asker's
  | 'too-long'; // over the input limit; the question was truncated and still found nothing

/** The result of one question. */
export interface AskResult {
  /** The question's language (by script), used for the reply's language when no UI language is set. */
  readonly lang: Lang;
  /** True when the engine declines to answer; `answers` is then empty. */
  readonly abstained: boolean;
  readonly reason?: AbstainReason;
  /**
   * Which check refused it, finer than `reason` (for measuring the checks, never shown): 'no-hit' (no
   * sentence shares a word), 'coverage' (the best covers too little of the question), 'counts-unheld',
   * 'present', 'facet', 'year', 'place', 'facet-near', 'no-count', 'no-extreme', 'population-place',
   * 'discovery-thing', 'role', 'who-nowhere'; for the other reasons, the reason itself.
   */
  readonly gate?: string;
  /**
   * Surface forms from the question that the story does not mention ("Macron", "France"); for a question
   * refused for a facet the story never speaks of, that facet's label ("a wife, husband or marriage").
   */
  readonly unknown: readonly string[];
  /** Best first. */
  readonly answers: readonly Answer[];
  /** True when the question was read as a follow-up of the previous one in this chat. */
  readonly followUp: boolean;
  /** True when this was a "more" request. */
  readonly more: boolean;
  /** How many further answers "more" would show. */
  readonly remaining: number;
  /**
   * Present when the question could mean different people's statements ("what did he say about
   * elections?" with nobody named before): the answers are each person's best, and the front end
   * offers them as choices (buttons, numbers). Picking one continues the conversation with that person.
   */
  readonly choices?: readonly Choice[];
  /**
   * Set when the engine failed on this question (a bug of ours, never the user's input): the result is
   * then a plain refusal the user can read, and the front end logs this. Plain data, JSON-safe.
   */
  readonly error?: EngineFailure;
  /** The chat's state after this question: store it and pass it back with the next question. */
  readonly state: ChatState;
}

/**
 * Per-chat conversation state: plain JSON, small, versioned. Front ends store it as they like
 * (grammY session, a Map in the CLI) and pass it back unchanged.
 */
export interface ChatState {
  readonly v: 1;
  /** Focus carried into follow-ups: weighted query units of recent turns. */
  readonly focus: readonly FocusItem[];
  /** The last question as typed (trimmed, capped). */
  readonly lastQuestion?: string;
  /** The ranked results of the last question, for "more": story id + ref. */
  readonly results: readonly { readonly story: string; readonly ref: string; readonly score: number }[];
  /** How many of `results` were shown. */
  readonly shown: number;
  /** Story the conversation is about, if pinned or last answered. */
  readonly story?: string;
  /** Language of the last question. */
  readonly lang?: Lang;
  /** Kinds of answer the last question asked for ("duration"), carried into "and the one with …?". */
  readonly types?: readonly string[];
  /**
   * Sentences this conversation has shown ("story#ref"), newest last, bounded: "more" and "else"
   * never show them again, and a new question does not repeat them beside its best answer.
   */
  readonly seen?: readonly string[];
  /** What the best answer just shown makes available to the next question ("he", "there", "that year"). */
  readonly last?: LastAnswer;
  /** The choices offered when a question was ambiguous; a message that is only their number picks one. */
  readonly choices?: readonly PendingChoice[];
  /** Unix ms of the last update, for expiry by stores. */
  readonly at: number;
}

/** The best answer just shown, as follow-ups may refer to it. */
export interface LastAnswer {
  readonly story: string;
  /** Its labels (two when it spans sentences). */
  readonly refs: readonly string[];
  /** Person concept ids it names or carries, its speaker first. */
  readonly people: readonly string[];
  readonly speaker?: string;
  /** Place concept ids it names, in order. */
  readonly places: readonly string[];
  /** Number keys of its years ("n:2014"). */
  readonly years: readonly string[];
}

/** One answer offered in an ambiguous reply, for picking it by number or button. */
export interface PendingChoice {
  readonly story: string;
  readonly ref: string;
  /** The person concept id whose statement it is. */
  readonly person: string;
}

/** One unit of conversational focus. */
export interface FocusItem {
  /** Canonical key of a query unit: "c:peskov" (lexicon concept), "ar:كورسك", "en:elect". */
  readonly key: string;
  /** Surface form as the user typed it. */
  readonly label: string;
  /** "person" | "place" | "org" | "topic" | "term" … as in the lexicon; "term" for plain words. */
  readonly kind: string;
  readonly weight: number;
  /** Turns since it was last asked about. */
  readonly age: number;
  /** A topic a newer question's topic replaced: only "it" / "that" reach back to it. */
  readonly replaced?: boolean;
  /**
   * An organisation asked to speak ("what did the Kremlin say about the call?"): it goes on as the
   * conversation's speaker, as a person does ("وماذا عن كورسك؟" is still the Kremlin's word).
   */
  readonly speaks?: boolean;
  /**
   * A person a gendered pronoun stood for ("he" → "m", "she" / "her" → "f"): a later pronoun of the other
   * gender is someone else.
   */
  readonly gender?: 'm' | 'f';
  /**
   * A word a "who is …?" question asked about (من هو الإسكندر؟): someone, though the story's vocabulary
   * does not know them as a person. The next "he" stands for them before the answer's own person.
   */
  readonly whoIs?: true;
}

/** Options for one question. */
export interface AskOptions {
  /** How many answers to return (default 5 for the CLI; the bot uses 3). */
  readonly top?: number;
  /** Restrict to one story. */
  readonly story?: string;
  /** Current time in ms (tests pass a fixed one). */
  readonly now?: number;
}

/** What a user supplies to add a story (plain JSON: it is also what instances share to stay in step). */
export interface StoryDraft {
  /** The article: paragraphs separated by line breaks. */
  readonly text: string;
  /** Folder-style id ("2025-02-13-trump-putin-call"); derived from the title and date when absent. */
  readonly id?: string;
  /** The title; the text's first line with a letter or digit (its Markdown marks dropped) when absent. */
  readonly title?: string;
  /** Language of the text; detected from its letters when absent. */
  readonly language?: Lang;
  /** Who published it, e.g. "BBC". */
  readonly source?: string;
  readonly url?: string;
  /** ISO date; today when absent. */
  readonly published?: string;
  /** Shown beside every quote ("Machine translation of …"). */
  readonly note?: string;
  /** True when the text is itself a machine translation (quotes then say so). */
  readonly machineTranslated?: boolean;
}

/** What adding a story found, for whoever added it. */
export interface StoryReport {
  readonly info: StoryInfo;
  /** People, places and organisations found (as written in the story). */
  readonly names: readonly string[];
  readonly numbers: readonly string[];
  readonly dates: readonly string[];
  /** Content words that neither the dictionary nor transliteration bridges to the other language. */
  readonly unbridged: readonly string[];
  /** Engine time to add it, ms. */
  readonly ms: number;
}

/** The one door to the answer engine. */
export interface Engine {
  /** Stories loaded, in folder-name order. */
  readonly stories: readonly StoryInfo[];
  /**
   * What start-up could not do and went on without, one sentence each, for the front end to log: a
   * name cache it could not read or write (start-up is then slower, answers the same).
   */
  readonly startupProblems?: readonly string[];
  /**
   * Present when the engine answers before the names of every story are found (loadEngine's
   * `names: 'background'` on a first start after stories were dropped in by hand): settles when they
   * are found and the full index swapped in (from then on every answer is the one a start that found
   * them first gives), with what start-up could not do, as startupProblems.
   */
  readonly namesFound?: Promise<readonly string[]>;
  /** A fresh conversation state. */
  newState(now?: number): ChatState;
  /**
   * Answers a question (or "more" / "المزيد") in the context of `state`.
   * Never throws for any string input; returns an abstention with a reason instead.
   */
  ask(question: string, state?: ChatState, options?: AskOptions): AskResult;
  /** The next page of the last question's answers (what the "More" button does). */
  more(state: ChatState, options?: AskOptions): AskResult;
  /**
   * Picks one of the choices an ambiguous answer offered (0-based, as in `AskResult.choices`): shows
   * that answer again and makes its person the one "he" / "she" stands for. A stale pick abstains.
   */
  choose(state: ChatState, index: number, options?: AskOptions): AskResult;
  /** A sentence by story and label. */
  sentence(story: string, ref: string): SentenceView | undefined;
  /** The sentences within `radius` of a cited one, in story order, the cited one included. */
  around(story: string, ref: string, radius?: number): SentenceView[];
  /** A story's paragraphs, each a list of its sentences (for reading the story page by page). */
  paragraphs(story: string): SentenceView[][];
  /** Story metadata by id. */
  story(id: string): StoryInfo | undefined;
  /**
   * Validates, analyses and indexes a story: it is answerable at once.
   * @throws StoryDraftError (its `problem` is a sentence for the user) for an empty, binary or too long
   * text, a bad date or link, or an id already in use
   */
  addStory(draft: StoryDraft): StoryReport;
  /** Removes a story; false when there is none by that id. */
  removeStory(id: string): boolean;
  /** The language of a text by its letters. */
  detectLanguage(text: string): Lang;
  /**
   * A story's names (people, places, organisations) as found without a lexicon, as the lines of a
   * vocabulary.jsonl file (lexicon format); undefined for an unknown story.
   */
  vocabularyFile(id: string): string | undefined;
}
