/**
 * The bilingual dictionary: English ↔ Arabic translations between analyzer keys, for bridging a
 * question in one language to a story in the other, and for labelled glosses under an Arabic quote.
 *
 * The data is built offline from FreeDict (`npm run build:dictionary`, see scripts/build-dictionary.ts)
 * into knowledge/dictionary/dictionary.tsv, one line per source word or phrase:
 *
 *     e <TAB> elect <TAB> *انتخاب|الانتخاب;منتخب|منتخب
 *     a <TAB> وقف اطلاق نار <TAB> *ceasefir|ceasefire
 *
 * - the kind: `e` for an English source, `a` for an Arabic one;
 * - the source's keys without their language prefix, space-separated (several keys: a phrase);
 * - its translations, best first, `;`-separated, each the target's keys (space-separated, several for a
 *   multi-word translation), `|`, and a display form; a leading `*` marks a translation attested in both
 *   directions of the source dictionaries.
 * Lines starting with `#` are comments. Keys are exactly the analyzer's `Token.key` without `en:`/`ar:`.
 *
 * Loading only splits the text into lines and indexes them by first key; a line's translations are
 * parsed the first time it is looked up (most never are), which keeps start-up and memory small.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One translation of a dictionary source word or phrase. */
export interface Translation {
  /** The target's keys with their language prefix (`ar:انتخاب`); several for a multi-word translation. */
  readonly keys: readonly string[];
  /** How the dictionary writes the target, for display: lowercase English, or Arabic without harakat. */
  readonly surface: string;
  /** Attested in both directions (English→Arabic and Arabic→English): the most reliable kind. */
  readonly both: boolean;
}

/** A multi-word dictionary entry: its source keys in order, and its translations. */
export interface Phrase {
  /** The source's keys with their language prefix, in text order (`en:prime`, `en:minist`). */
  readonly keys: readonly string[];
  readonly translations: readonly Translation[];
}

/** English ↔ Arabic lookups between analyzer keys. Every list is best first and already capped. */
export interface Dictionary {
  /** One-word Arabic translations of an English key: `en:elect` → [`ar:انتخاب`, …]. */
  arabicFor(enKey: string): readonly string[];
  /** One-word English translations of an Arabic key: `ar:حرب` → [`en:war`, …]. */
  englishFor(arKey: string): readonly string[];
  /**
   * Every translation of one key (`en:` or `ar:`), multi-word ones included as key sequences
   * (`en:ceasefir` → [[`ar:وقف`, `ar:اطلاق`, `ar:نار`]]).
   */
  translationsOf(key: string): readonly Translation[];
  /** English multi-word entries whose first key is `firstKey`, longest first, to match before single words. */
  phrasesFromEnglish(firstKey: string): readonly Phrase[];
  /** Arabic multi-word entries whose first key is `firstKey`, longest first. */
  phrasesFromArabic(firstKey: string): readonly Phrase[];
  /** A few English words for an Arabic key, lowercase, for a labelled gloss (`ar:حرب` → ["war"]). */
  glossOf(arKey: string): readonly string[];
  /** A few Arabic words for an English key, as the dictionary writes them without harakat. */
  glossOfEnglish(enKey: string): readonly string[];
  /** Entry counts: one-word sources per language, and phrases per source language. */
  readonly size: { readonly en: number; readonly ar: number; readonly enPhrases: number; readonly arPhrases: number };
}

/** Where the shipped dictionary lives, relative to the knowledge folder. */
export const DICTIONARY_FILE = join('dictionary', 'dictionary.tsv');

/** Most display words `glossOf` / `glossOfEnglish` return. */
const GLOSS_WORDS = 3;

const NONE: readonly never[] = Object.freeze([]);

type Lang = 'en' | 'ar';
const OTHER: Record<Lang, Lang> = { en: 'ar', ar: 'en' };

/** A line not yet parsed: its text, and where its translations start. */
interface RawLine {
  readonly text: string;
  readonly at: number;
}

/**
 * Reads the dictionary from the text of its file (see the module comment for the format). Throws on a
 * malformed line, naming the line, so a damaged file fails start-up instead of answering wrongly.
 */
export function parseDictionary(text: string, source = 'dictionary.tsv'): Dictionary {
  const singles: Record<Lang, Map<string, RawLine>> = { en: new Map(), ar: new Map() };
  const phraseLines: Record<Lang, Map<string, RawLine[]>> = { en: new Map(), ar: new Map() };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '' || line.charCodeAt(0) === 35 /* # */) continue;
    const kind = line.charCodeAt(0);
    const tab2 = line.indexOf('\t', 2);
    if ((kind !== 101 /* e */ && kind !== 97) /* a */ || line.charCodeAt(1) !== 9 || tab2 < 3) {
      throw new Error(`${source}:${i + 1}: expected "e|a <TAB> keys <TAB> translations"; rebuild it with npm run build:dictionary`);
    }
    const lang: Lang = kind === 101 ? 'en' : 'ar';
    const keys = line.slice(2, tab2);
    const space = keys.indexOf(' ');
    const raw = { text: line, at: tab2 + 1 };
    if (space < 0) {
      singles[lang].set(keys, raw);
    } else {
      const first = keys.slice(0, space);
      const list = phraseLines[lang].get(first);
      if (list === undefined) phraseLines[lang].set(first, [raw]);
      else list.push(raw);
    }
  }

  // Parsed on first lookup and kept: a conversation asks about the same few words again and again.
  const parsed: Record<Lang, Map<string, readonly Translation[]>> = { en: new Map(), ar: new Map() };
  const parsedPhrases: Record<Lang, Map<string, readonly Phrase[]>> = { en: new Map(), ar: new Map() };

  const translations = (lang: Lang, key: string): readonly Translation[] => {
    const bare = unprefix(lang, key);
    if (bare === undefined) return NONE;
    let out = parsed[lang].get(bare);
    if (out === undefined) {
      const raw = singles[lang].get(bare);
      out = raw === undefined ? NONE : parseTranslations(raw, OTHER[lang]);
      parsed[lang].set(bare, out);
    }
    return out;
  };
  const phrases = (lang: Lang, firstKey: string): readonly Phrase[] => {
    const bare = unprefix(lang, firstKey);
    if (bare === undefined) return NONE;
    let out = parsedPhrases[lang].get(bare);
    if (out === undefined) {
      const raws = phraseLines[lang].get(bare);
      out =
        raws === undefined
          ? NONE
          : raws
              .map((raw) => ({
                keys: raw.text
                  .slice(2, raw.at - 1)
                  .split(' ')
                  .map((k) => `${lang}:${k}`),
                translations: parseTranslations(raw, OTHER[lang]),
              }))
              // Longest first, so a caller that takes the first match takes the longest one.
              .sort((a, b) => b.keys.length - a.keys.length);
      parsedPhrases[lang].set(bare, out);
    }
    return out;
  };
  const oneWord = (lang: Lang, key: string): readonly string[] => {
    const out: string[] = [];
    for (const t of translations(lang, key)) if (t.keys.length === 1) out.push(t.keys[0] as string);
    return out;
  };
  const gloss = (lang: Lang, key: string): readonly string[] => {
    const out: string[] = [];
    for (const t of translations(lang, key)) {
      if (out.length >= GLOSS_WORDS) break;
      if (!out.includes(t.surface)) out.push(t.surface);
    }
    return out;
  };
  let enPhrases = 0;
  let arPhrases = 0;
  for (const l of phraseLines.en.values()) enPhrases += l.length;
  for (const l of phraseLines.ar.values()) arPhrases += l.length;

  return {
    arabicFor: (enKey) => oneWord('en', enKey),
    englishFor: (arKey) => oneWord('ar', arKey),
    translationsOf: (key) => (key.startsWith('en:') ? translations('en', key) : translations('ar', key)),
    phrasesFromEnglish: (firstKey) => phrases('en', firstKey),
    phrasesFromArabic: (firstKey) => phrases('ar', firstKey),
    glossOf: (arKey) => gloss('ar', arKey),
    glossOfEnglish: (enKey) => gloss('en', enKey),
    size: { en: singles.en.size, ar: singles.ar.size, enPhrases, arPhrases },
  };
}

/**
 * Loads the shipped dictionary from a knowledge folder (knowledge/dictionary/dictionary.tsv).
 * Throws with the path and the command that rebuilds it when the file is missing.
 */
export function loadDictionary(knowledgeDir: string): Dictionary {
  const file = join(knowledgeDir, DICTIONARY_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`Cannot read the dictionary ${file} (${(e as Error).message}); restore it from git or rebuild it with npm run build:dictionary`);
  }
  return parseDictionary(text, file);
}

/** The key without its `en:`/`ar:` prefix, or undefined when it is not a key of that language. */
function unprefix(lang: Lang, key: string): string | undefined {
  return key.length > 3 && key.startsWith(lang) && key.charCodeAt(2) === 58 /* : */ ? key.slice(3) : undefined;
}

function parseTranslations(raw: RawLine, target: Lang): readonly Translation[] {
  const out: Translation[] = [];
  for (const item of raw.text.slice(raw.at).split(';')) {
    const bar = item.indexOf('|');
    if (bar < 0) continue;
    const both = item.charCodeAt(0) === 42; /* * */
    const keys = item
      .slice(both ? 1 : 0, bar)
      .split(' ')
      .map((k) => `${target}:${k}`);
    out.push(Object.freeze({ keys: Object.freeze(keys), surface: item.slice(bar + 1), both }));
  }
  return Object.freeze(out);
}

/**
 * Writes dictionary lines in the format `parseDictionary` reads (for the build script). Sources and
 * keys are given without prefixes; the caller orders translations best first.
 */
export function formatDictionaryLine(
  source: Lang,
  keys: readonly string[],
  translations: ReadonlyArray<{ keys: readonly string[]; surface: string; both: boolean }>,
): string {
  const items = translations.map((t) => `${t.both ? '*' : ''}${t.keys.join(' ')}|${t.surface}`);
  return `${source === 'en' ? 'e' : 'a'}\t${keys.join(' ')}\t${items.join(';')}`;
}
