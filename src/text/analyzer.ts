/**
 * The analyzer: text → tokens with keys. The same analyzer indexes the stories and reads questions,
 * so a question's word and a story's word meet on the same key.
 *
 * Keys carry their language: "ar:<light stem>", "en:<Porter stem>", "n:<digits>".
 */
import { type ArabicStemmer, type ArabicWords, createArabicWords, scaledArabicNumber } from './arabic.js';
import { createEnglishWords } from './english.js';
import { LANGUAGE_CODES, LANGUAGES, type Language, type PerLanguage } from './languages.js';
import { cyrillicAcronymAsLatin, normalizeForAnalysis, type Script } from './normalize.js';
import { forEachWord, tokenize } from './tokenize.js';

/** A token with its analysis. */
export interface Token {
  readonly surface: string;
  readonly start: number;
  readonly end: number;
  readonly script: Script;
  /** The folded word (Arabic folded, Latin lowercased without accents). */
  readonly norm: string;
  /** The index key, or '' for tokens that cannot be keyed (other scripts). */
  readonly key: string;
  /** Further keys of an Arabic word without a leading preposition (بلسان → ar:لسان); usually empty. */
  readonly variants: readonly string[];
  /** The dictionary form a story's word is also indexed under (قمعيا → ar:قمع), when it has one (see WordAnalysis). */
  readonly base?: string;
  readonly stop: boolean;
}

/** One word of a language's script as its analyser reads it: what a token adds to the raw word. */
export interface WordAnalysis {
  /** The folded word. */
  readonly norm: string;
  /** The index key, prefixed with the language ("ar:…", "en:…"). */
  readonly key: string;
  /** Further keys the word may be found under (an Arabic word without a leading preposition). */
  readonly variants: readonly string[];
  /**
   * The key of the dictionary form of a word the dictionary lacks, when light stemming left an ending
   * or prefix on it (قمعيا → ar:قمع): a story's word is indexed under it too, so a translation finds
   * it. A question's word is not matched by it (the search tries such forms itself, for less).
   */
  readonly base?: string;
  readonly stop: boolean;
}

/** What a language's word analyser is built from (the knowledge folder's data for that language). */
export interface LanguageData {
  /** The language's stop words, as written in knowledge/stopwords.<code>.txt. */
  readonly stopwords: readonly string[];
  /** Names (the lexicon's forms in this language) that stemming must leave whole. */
  readonly names: readonly string[];
  /**
   * Whether the bilingual dictionary has an entry for a key of this language, when there is a
   * dictionary: a word without one may also be keyed by the form it has (see createArabicWords).
   */
  readonly inDictionary?: (key: string) => boolean;
  /** How many translations the dictionary gives a key (0 for none), when there is a dictionary. */
  readonly senseCount?: (key: string) => number;
}

/** Reads the words of one language. */
export interface WordAnalyser {
  /** Analyses one word written in the language's script. */
  word(surface: string): WordAnalysis;
}

/**
 * Each language's word analyser, by the registry's codes (src/text/languages.ts): a language added
 * there does not compile until it has one here.
 */
export const WORD_ANALYSERS: { readonly [L in Language]: (data: LanguageData) => WordAnalyser } = Object.freeze({
  en: createEnglishWords,
  ar: createArabicWords,
});

/** Builds analyzers from language data. */
export interface AnalyzerOptions {
  /** Stop words per language (knowledge/stopwords.<code>.txt). */
  readonly stopwords: PerLanguage<readonly string[]>;
  /** Arabic names (any spelling; folded and de-articled here) that the stemmer must not cut. */
  readonly protectedArabic: readonly string[];
  /** Whether the bilingual dictionary has an entry for a key (`ar:…`, `en:…`), when there is one. */
  readonly inDictionary?: (key: string) => boolean;
  /** How many translations the dictionary gives a key (0 for none), when there is one. */
  readonly senseCount?: (key: string) => number;
}

/** Turns text into keyed tokens. */
export interface Analyzer {
  analyze(text: string): Token[];
  /**
   * Like `analyze`, but the tokens are shared memo entries whose offsets are not this text's: for
   * indexing, which needs keys, not positions. Faster, and allocates nothing per known word.
   * @param starts when given, receives each token's offset in `text` (its end is that plus its surface's length)
   */
  analyzeWords(text: string, starts?: number[]): Token[];
  /** Folds one word or phrase the way `analyze` folds tokens (for matching word lists). */
  fold(text: string): string;
  readonly stemArabic: ArabicStemmer;
}

const NONE: readonly string[] = Object.freeze([]);

/** Most distinct words remembered by an analyzer's memo. */
const MEMO_LIMIT = 200_000;

/** Creates an analyzer: each registered language's word analyser reads the words of its script. */
export function createAnalyzer(options: AnalyzerOptions): Analyzer {
  const byScript = new Map<Script, WordAnalyser>();
  let stemArabic: ArabicStemmer | undefined;
  for (const code of LANGUAGE_CODES) {
    // Arabic is the one language whose names need protecting, and whose stemmer the search uses itself
    // (fallback keys, roots): those two stay Arabic by name.
    const words = WORD_ANALYSERS[code]({
      stopwords: options.stopwords[code],
      names: code === 'ar' ? options.protectedArabic : NONE,
      ...(options.inDictionary ? { inDictionary: options.inDictionary } : {}),
      ...(options.senseCount ? { senseCount: options.senseCount } : {}),
    });
    if (code === 'ar') stemArabic = (words as ArabicWords).stem;
    byScript.set(LANGUAGES[code].script, words);
  }
  if (stemArabic === undefined) throw new Error('The language registry (src/text/languages.ts) has no Arabic analyser: the search needs its stemmer.');
  const arabicStemmer = stemArabic;

  const analyzeToken = (surface: string, start: number, end: number, script: Script): Token => {
    const words = byScript.get(script);
    if (words !== undefined) {
      const { norm, key, variants, base, stop } = words.word(surface);
      return base === undefined ? { surface, start, end, script, norm, key, variants, stop } : { surface, start, end, script, norm, key, variants, base, stop };
    }
    if (script === 'digit') {
      // One spelling of a number: thousands separators dropped, the decimal point a full stop ("1,500"
      // and "١٬٥٠٠" are 1500, "٤٫٢" is 4.2); the tokenizer keeps them only inside a number.
      const norm = normalizeForAnalysis(surface)
        .toLowerCase()
        .replace(/[,\u066C]/g, '')
        .replace(/\u066B/g, '.');
      return { surface, start, end, script, norm, key: `n:${norm}`, variants: NONE, stop: false };
    }
    // СССР: read as the Latin capitals it is drawn with (CCCP), as a reader types it.
    const lookalike = script === 'other' ? cyrillicAcronymAsLatin(surface) : undefined;
    const latin = lookalike === undefined ? undefined : byScript.get('latin');
    if (lookalike !== undefined && latin !== undefined) {
      const { norm, key, variants, stop } = latin.word(lookalike);
      return { surface, start, end, script: 'latin', norm, key, variants, stop };
    }
    const norm = surface.normalize('NFKC').toLowerCase();
    return { surface, start, end, script, norm, key: '', variants: NONE, stop: true };
  };

  // Words repeat (Zipf), so analysis is memoized by surface form: indexing a thousand stories then
  // analyzes each distinct word once. Bounded so that a flood of distinct words cannot grow it forever.
  const memo = new Map<string, Token>();
  const cached = (surface: string, start: number, end: number, script: Script): Token => {
    // The script is a function of the surface form, so the surface alone keys the memo.
    const key = surface;
    let t = memo.get(key);
    if (t === undefined) {
      t = analyzeToken(surface, 0, surface.length, script);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(key, t);
    }
    if (start === t.start && end === t.end) return t;
    // Field by field: an object spread is a slow path, and this runs for every word of every question.
    if (t.base !== undefined)
      return { surface: t.surface, start, end, script: t.script, norm: t.norm, key: t.key, variants: t.variants, base: t.base, stop: t.stop };
    return { surface: t.surface, start, end, script: t.script, norm: t.norm, key: t.key, variants: t.variants, stop: t.stop };
  };

  // An Arabic scale word after a count (مئة ألف, 100 ألف, "a hundred thousand") is also the number they
  // make together (see scaledArabicNumber), so the count meets the digits a story in either language
  // writes. A new token for the scale word, so the memo's stays as it is.
  const withScaledNumbers = (tokens: Token[]): Token[] => {
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.script !== 'ar') continue;
      const n = scaledArabicNumber(tokens[i - 1] as Token, t.norm);
      if (n !== undefined && !t.variants.includes(n)) tokens[i] = { ...t, variants: [...t.variants, n] };
    }
    return tokens;
  };

  return {
    analyze(text: string): Token[] {
      return withScaledNumbers(tokenize(text).map((t) => cached(t.surface, t.start, t.end, t.script)));
    },
    analyzeWords(text: string, starts?: number[]): Token[] {
      const out: Token[] = [];
      forEachWord(text, (surface, start, script) => {
        out.push(cached(surface, 0, surface.length, script));
        starts?.push(start);
      });
      return withScaledNumbers(out);
    },
    fold(text: string): string {
      // Through the memo, like analyze: start-up folds the dialogue words, the name cues and the answer
      // types' phrases, some twice, and analysing each of them afresh (a stem and its variants, for
      // the folded form alone) cost 20–30 ms of every start.
      return tokenize(text)
        .map((t) => cached(t.surface, 0, t.surface.length, t.script).norm)
        .join(' ');
    },
    stemArabic: arabicStemmer,
  };
}
