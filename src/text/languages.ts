/**
 * The languages Sanad reads and speaks, in one registry. Every list, type and test that depends on
 * the language comes from here: the `Language` type, which keys a knowledge file must have
 * (`{"en": […], "ar": […]}`), which script a language's words are in (and so which word analyser reads
 * them), how a text's language is told, which way a line runs, which digits a number may be written in.
 *
 * ```ts
 * for (const code of LANGUAGE_CODES) LANGUAGES[code].direction;   // "ltr", "rtl"
 * isLanguage('ar');                                               // true
 * languageOfScript('latin');                                      // "en"
 * ```
 *
 * Adding a language is an entry here plus an analyser: a word analyser in `WORD_ANALYSERS`
 * (src/text/analyzer.ts, which the compiler holds to this registry) and its script in `scriptOfChar`;
 * then its data: stop words and its key in each word list of knowledge/ (dialogue words, answer types,
 * name cues), and its UI words in prompts/. The bilingual dictionary (src/text/dictionary.ts) stays an
 * English–Arabic one. This module is data only, so front ends may import it without the analysers.
 */
import type { Script } from './normalize.js';

/** What the registry says about one language. */
export interface LanguageInfo {
  /** The language's name in English ("Arabic"), for messages to operators. */
  readonly name: string;
  /** The language's name in itself ("العربية"), for the language picker. */
  readonly nativeName: string;
  /** The script its words are written in, as the tokenizer names it (`scriptOfChar`). */
  readonly script: Script;
  /** Which way its lines run: front ends start a line with the matching direction mark. */
  readonly direction: 'ltr' | 'rtl';
  /**
   * One letter of its script, for telling a text's language by the majority of its letters and
   * whether a word is written in it (wider than `scriptOfChar`: Arabic's block includes its marks).
   */
  readonly letters: RegExp;
  /** What joins the items of a list in a sentence ("Kursk, Kyiv"; "كورسك، كييف"). */
  readonly listSeparator: string;
  /**
   * The digit systems (Unicode numbering-system names) numbers may be shown in, the first the
   * default: Arabic may use Arabic-Indic digits (٣) or Western ones (3), English only Western ones.
   */
  readonly numerals: readonly string[];
}

/**
 * The registry. The order is the order the UI offers the languages in, and English, first, is the
 * fallback: the UI language when nothing else says, and the language of stories' renderings.
 */
export const LANGUAGES = Object.freeze({
  en: {
    name: 'English',
    nativeName: 'English',
    script: 'latin',
    direction: 'ltr',
    letters: /[A-Za-z\u00C0-\u024F]/u,
    listSeparator: ', ',
    numerals: ['latn'],
  },
  ar: {
    name: 'Arabic',
    nativeName: 'العربية',
    script: 'ar',
    direction: 'rtl',
    // The Arabic block (U+0600–U+06FF), its supplement (U+0750–U+077F) and the presentation forms.
    letters: /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/u,
    listSeparator: '، ',
    numerals: ['latn', 'arab'],
  },
} as const satisfies Record<string, LanguageInfo>);

/** A language code of the registry: "en" | "ar". */
export type Language = keyof typeof LANGUAGES;

/** One value per language (word lists, titles, names). */
export type PerLanguage<T> = Readonly<Record<Language, T>>;

/** The registry's language codes, in its order. */
export const LANGUAGE_CODES: readonly Language[] = Object.freeze(Object.keys(LANGUAGES) as Language[]);

/** The fallback language: of the UI when nothing else says, and of a story's rendering (story.en.tsv). */
export const DEFAULT_LANGUAGE: Language = 'en';

/** The language of a story's rendering (`story.<code>.tsv`): what a reader of another language is shown. */
export const RENDERING_LANGUAGE: Language = DEFAULT_LANGUAGE;

/** Whether a value is a language code of the registry. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(LANGUAGES, value);
}

/** The registry's entry for a language. */
export function languageInfo(code: Language): LanguageInfo {
  return LANGUAGES[code];
}

/** The language whose words are written in a script, if any ("latin" → "en"; "digit" → undefined). */
export function languageOfScript(script: Script): Language | undefined {
  return LANGUAGE_CODES.find((code) => LANGUAGES[code].script === script);
}

/** Whether a text holds at least one letter of a language's script. */
export function hasLettersOf(text: string, code: Language): boolean {
  return LANGUAGES[code].letters.test(text);
}

/** Each language's `letters`, global, for counting. */
const ALL_LETTERS: PerLanguage<RegExp> = perLanguage((code) => new RegExp(LANGUAGES[code].letters.source, 'gu'));

/** How many letters of a language's script a text holds. */
export function countLettersOf(text: string, code: Language): number {
  return text.match(ALL_LETTERS[code])?.length ?? 0;
}

/** A value per language, computed by `f`. */
export function perLanguage<T>(f: (code: Language) => T): Record<Language, T> {
  return Object.fromEntries(LANGUAGE_CODES.map((code) => [code, f(code)])) as Record<Language, T>;
}

/** The codes as a reader is told them in an error: '"en" or "ar"'. */
export function languageChoices(): string {
  const quoted = LANGUAGE_CODES.map((code) => `"${code}"`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}
