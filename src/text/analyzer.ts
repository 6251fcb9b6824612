/**
 * The analyzer: text → tokens with keys. The same analyzer indexes the stories and reads questions,
 * so a question's word and a story's word meet on the same key.
 *
 * Keys carry their language: "ar:<light stem>", "en:<Porter stem>", "n:<digits>".
 */
import { type ArabicStemmer, createArabicStemmer } from './arabic.js';
import { stemEnglish } from './english.js';
import { foldArabic, foldLatin, normalizeForAnalysis, type Script, stripInvisible } from './normalize.js';
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
  readonly stop: boolean;
}

/** Builds analyzers from language data. */
export interface AnalyzerOptions {
  readonly stopwords: { readonly en: readonly string[]; readonly ar: readonly string[] };
  /** Arabic names (any spelling; folded and de-articled here) that the stemmer must not cut. */
  readonly protectedArabic: readonly string[];
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

/** Creates an analyzer; the stop word and name sets are built once here. */
export function createAnalyzer(options: AnalyzerOptions): Analyzer {
  const stopEn = new Set(options.stopwords.en.map((w) => foldLatin(w)).filter((w) => !w.includes(' ')));
  const stopAr = new Set(options.stopwords.ar.map((w) => foldArabic(w.normalize('NFKC'))).filter((w) => !w.includes(' ')));
  const keep = new Set<string>();
  for (const name of options.protectedArabic) {
    for (const w of foldArabic(name.normalize('NFKC')).split(/\s+/)) {
      if (w.length < 3) continue;
      keep.add(w.startsWith('ال') && w.length > 4 ? w.slice(2) : w);
    }
  }
  const stemArabic = createArabicStemmer({ protectedWords: keep });
  const isArabicStop = (w: string) => stopAr.has(w) || ((w.startsWith('و') || w.startsWith('ف')) && w.length > 2 && stopAr.has(w.slice(1)));

  const analyzeToken = (surface: string, start: number, end: number, script: Script): Token => {
    if (script === 'ar') {
      const norm = normalizeForAnalysis(surface);
      const variants = stemArabic.variants(norm).map((v) => `ar:${v}`);
      return { surface, start, end, script, norm, key: `ar:${stemArabic(norm)}`, variants, stop: isArabicStop(norm) };
    }
    if (script === 'latin') {
      const norm = foldLatin(stripInvisible(surface)).replace(/['’]/g, "'");
      const bare = norm.replace(/'s$/, '').replace(/'/g, '');
      // An acronym in capitals ("US", "UK") is a name even when its letters spell a stop word ("us").
      const acronym = /^[A-Z]{2,5}$/.test(surface);
      return {
        surface,
        start,
        end,
        script,
        norm: bare,
        key: `en:${stemEnglish(bare)}`,
        variants: NONE,
        stop: bare.length === 0 || (!acronym && stopEn.has(bare)),
      };
    }
    if (script === 'digit') {
      const norm = normalizeForAnalysis(surface).toLowerCase();
      return { surface, start, end, script, norm, key: `n:${norm}`, variants: NONE, stop: false };
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
    return { surface: t.surface, start, end, script: t.script, norm: t.norm, key: t.key, variants: t.variants, stop: t.stop };
  };

  return {
    analyze(text: string): Token[] {
      return tokenize(text).map((t) => cached(t.surface, t.start, t.end, t.script));
    },
    analyzeWords(text: string, starts?: number[]): Token[] {
      const out: Token[] = [];
      forEachWord(text, (surface, start, script) => {
        out.push(cached(surface, 0, surface.length, script));
        starts?.push(start);
      });
      return out;
    },
    fold(text: string): string {
      return tokenize(text)
        .map((t) => analyzeToken(t.surface, t.start, t.end, t.script).norm)
        .join(' ');
    },
    stemArabic,
  };
}
