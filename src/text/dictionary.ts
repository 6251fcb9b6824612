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
 * Lines starting with `#` are comments; one of them counts the entries of each language (`# entries:
 * en 40230, ar 38571`), so that a copy cut short is named at start-up. Keys are exactly the analyzer's
 * `Token.key` without `en:`/`ar:`.
 *
 * Lines are sorted by kind, then by keys (code point order), which is what lets a lookup binary-search
 * the file's bytes instead of indexing every line at start-up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from './languages.js';

/** One translation of a dictionary source word or phrase. */
export interface Translation {
  /** The target's keys with their language prefix (`ar:انتخاب`); several for a multi-word translation. */
  readonly keys: readonly string[];
  /** How the dictionary writes the target, for display: lowercase English, or Arabic without harakat. */
  readonly surface: string;
  /**
   * Attested in both directions (English→Arabic and Arabic→English). FreeDict's two dictionaries are
   * largely one word list printed both ways, so this holds for 97% of translations: its absence marks
   * a doubtful one more than its presence marks a good one.
   */
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
  /**
   * Why the file is not whole, when it is not (cut short by an interrupted copy: fewer lines than its
   * header counts, or a last line with no end), saying how to restore it. Its whole lines still answer.
   */
  readonly problem?: string;
}

/** Where the shipped dictionary lives, relative to the knowledge folder. */
export const DICTIONARY_FILE = join('dictionary', 'dictionary.tsv');

/** Most display words `glossOf` / `glossOfEnglish` return. */
const GLOSS_WORDS = 3;

const NONE: readonly never[] = Object.freeze([]);

/** The dictionary's two sides: it is an English–Arabic dictionary, whatever else the language registry lists. */
type Side = Extract<Language, 'en' | 'ar'>;
const OTHER: Record<Side, Side> = { en: 'ar', ar: 'en' };

/** Most parsed entries kept per language before the cache starts over (distinct words looked up). */
const CACHE_LIMIT = 50_000;

const NEWLINE = 10;
const TAB = 9;

/**
 * The header line that counts the file's entries, per language (`# entries: en 40230, ar 38571`), which
 * the build writes: a file cut short between two lines parses, so only the count tells it is not whole.
 */
const COUNTS_LINE = /^# entries: en (\d+), ar (\d+)/;

/** The header line counting the entries of a dictionary of `en` English and `ar` Arabic lines (COUNTS_LINE reads it). */
export function countsLine(en: number, ar: number): string {
  return `# entries: en ${en}, ar ${ar} (start-up checks them, so that a copy cut short is named)`;
}

/**
 * Reads the dictionary from the bytes (or text) of its file; see the module comment for the format.
 * Throws on a malformed file, naming the line, so a damaged file fails start-up instead of answering
 * wrongly.
 *
 * The file stays as UTF-8 bytes: loading only finds where lines start, and a lookup binary-searches
 * the lines of its language (the build sorts them by key, and UTF-8 byte order is code point order),
 * then decodes that one line. Measured on the shipped file (bench/dictionary.ts): parsing every line
 * into a Map took about 85 ms and 17 MB of heap; this takes a few ms and keeps the 4 MB of bytes
 * outside the JS heap.
 */
export function parseDictionary(data: Uint8Array | string, source = 'dictionary.tsv'): Dictionary {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  // Line starts, per language, in file order (sorted by key).
  const starts: Record<Side, number[]> = { en: [], ar: [] };
  let lineNo = 0;
  let seenArabic = false;
  let counted: { en: number; ar: number } | undefined;
  // A last line with no newline was cut in the middle (the build ends every line): it is left out, as
  // its translations may be cut too, and a cut inside its first field would fail the check below.
  const cutAt = buf.length > 0 && buf[buf.length - 1] !== NEWLINE ? buf.lastIndexOf(NEWLINE) + 1 : -1;
  for (let at = 0; at < buf.length; ) {
    lineNo++;
    let end = buf.indexOf(NEWLINE, at);
    if (end < 0) end = buf.length;
    const kind = buf[at];
    if (at === cutAt) break;
    if (kind === 35 /* # */ && counted === undefined) {
      const m = COUNTS_LINE.exec(buf.toString('utf8', at, Math.min(end, at + 80)));
      if (m !== null) counted = { en: Number(m[1]), ar: Number(m[2]) };
    }
    if (end > at && kind !== 35 /* # */) {
      if ((kind !== 101 /* e */ && kind !== 97) /* a */ || buf[at + 1] !== TAB || (kind === 101 && seenArabic)) {
        throw new Error(`${source}:${lineNo}: expected "e|a <TAB> keys <TAB> translations", English lines first; rebuild it with npm run build:dictionary`);
      }
      if (kind === 97) seenArabic = true;
      starts[kind === 101 ? 'en' : 'ar'].push(at);
    }
    at = end + 1;
  }
  const lineStarts: Record<Side, Uint32Array> = { en: Uint32Array.from(starts.en), ar: Uint32Array.from(starts.ar) };
  const short = counted !== undefined && (starts.en.length < counted.en || starts.ar.length < counted.ar);
  const problem =
    cutAt >= 0 || short
      ? `${source} was cut short (${starts.en.length} English and ${starts.ar.length} Arabic entries${counted === undefined ? '' : ` of the ${counted.en} and ${counted.ar} its header counts`}${cutAt >= 0 ? ', and its last line ends mid-entry' : ''}), so questions in one language reach stories in the other less well; restore it from git or rebuild it with npm run build:dictionary`
      : undefined;

  /** The byte range of line i's keys field. */
  const keysField = (lang: Side, i: number): [number, number] => {
    const start = (lineStarts[lang][i] as number) + 2;
    return [start, buf.indexOf(TAB, start)];
  };
  /** The first line of the language whose keys are not below `probe`. */
  const lowerBound = (lang: Side, probe: Buffer): number => {
    let lo = 0;
    let hi = lineStarts[lang].length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const [s, e] = keysField(lang, mid);
      if (buf.compare(probe, 0, probe.length, s, e) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const lineText = (lang: Side, i: number): string => {
    const start = lineStarts[lang][i] as number;
    const end = buf.indexOf(NEWLINE, start);
    return buf.toString('utf8', start, end < 0 ? buf.length : end);
  };

  // Parsed on first lookup and kept: a conversation asks about the same few words again and again.
  // A word's phrases are parsed only when asked for: most look-ups want its translations alone (is
  // this word translated? its gloss?), and a common word heads hundreds of phrases.
  interface Parsed {
    readonly translations: readonly Translation[];
    /** The word, the line after its own (where its phrases would start), and its phrases once parsed. */
    readonly word: string;
    readonly next: number;
    phrases: readonly Phrase[] | undefined;
  }
  const NOTHING: Parsed = { translations: NONE, word: '', next: 0, phrases: NONE };
  const cache: Record<Side, Map<string, Parsed>> = { en: new Map(), ar: new Map() };
  const lookup = (lang: Side, key: string): Parsed => {
    const bare = unprefix(lang, key);
    if (bare === undefined) return NOTHING;
    let out = cache[lang].get(bare);
    if (out !== undefined) return out;
    const probe = Buffer.from(bare, 'utf8');
    let i = lowerBound(lang, probe);
    let translations: readonly Translation[] = NONE;
    const n = lineStarts[lang].length;
    if (i < n) {
      const [s, e] = keysField(lang, i);
      if (buf.compare(probe, 0, probe.length, s, e) === 0) {
        translations = parseTranslations(lineText(lang, i), OTHER[lang]);
        i++;
      }
    }
    out = { translations, word: bare, next: i, phrases: undefined };
    if (cache[lang].size >= CACHE_LIMIT) cache[lang].clear();
    cache[lang].set(bare, out);
    return out;
  };
  const phrasesOf = (lang: Side, key: string): readonly Phrase[] => {
    const p = lookup(lang, key);
    if (p.phrases !== undefined) return p.phrases;
    const probe = Buffer.from(p.word, 'utf8');
    const phrases: Phrase[] = [];
    const n = lineStarts[lang].length;
    // Phrases that start with the key follow it: "رييس اساقف" sorts after "رييس" and before
    // "رييسا", because the space between keys sorts below every letter.
    for (let i = p.next; i < n; i++) {
      const [s, e] = keysField(lang, i);
      if (e - s <= probe.length || buf[s + probe.length] !== 32 || buf.compare(probe, 0, probe.length, s, s + probe.length) !== 0) break;
      const keys = buf
        .toString('utf8', s, e)
        .split(' ')
        .map((k) => `${lang}:${k}`);
      phrases.push(Object.freeze({ keys: Object.freeze(keys), translations: parseTranslations(lineText(lang, i), OTHER[lang]) }));
    }
    // Longest first, so a caller that takes the first match takes the longest one.
    phrases.sort((a, b) => b.keys.length - a.keys.length);
    p.phrases = phrases.length === 0 ? NONE : Object.freeze(phrases);
    return p.phrases;
  };
  const oneWord = (lang: Side, key: string): readonly string[] => {
    const out: string[] = [];
    for (const t of lookup(lang, key).translations) if (t.keys.length === 1) out.push(t.keys[0] as string);
    return out;
  };
  const gloss = (lang: Side, key: string): readonly string[] => {
    const out: string[] = [];
    for (const t of lookup(lang, key).translations) {
      if (out.length >= GLOSS_WORDS) break;
      if (!out.includes(t.surface)) out.push(t.surface);
    }
    return out;
  };
  const countPhrases = (lang: Side) => {
    let k = 0;
    for (let i = 0; i < lineStarts[lang].length; i++) {
      const [s, e] = keysField(lang, i);
      if (buf.indexOf(32, s) < e && buf.indexOf(32, s) >= 0) k++;
    }
    return k;
  };
  let size: Dictionary['size'] | undefined;

  return {
    arabicFor: (enKey) => oneWord('en', enKey),
    englishFor: (arKey) => oneWord('ar', arKey),
    translationsOf: (key) => (key.startsWith('en:') ? lookup('en', key) : lookup('ar', key)).translations,
    phrasesFromEnglish: (firstKey) => phrasesOf('en', firstKey),
    phrasesFromArabic: (firstKey) => phrasesOf('ar', firstKey),
    glossOf: (arKey) => gloss('ar', arKey),
    glossOfEnglish: (enKey) => gloss('en', enKey),
    ...(problem === undefined ? {} : { problem }),
    // Counted when first asked (reports and tests ask; the engine does not).
    get size() {
      if (size === undefined) {
        const enPhrases = countPhrases('en');
        const arPhrases = countPhrases('ar');
        size = { en: lineStarts.en.length - enPhrases, ar: lineStarts.ar.length - arPhrases, enPhrases, arPhrases };
      }
      return size;
    },
  };
}

/**
 * Loads the shipped dictionary from a knowledge folder (knowledge/dictionary/dictionary.tsv).
 * Throws with the path and the command that rebuilds it when the file is missing.
 */
export function loadDictionary(knowledgeDir: string): Dictionary {
  const file = join(knowledgeDir, DICTIONARY_FILE);
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (e) {
    throw new Error(`Cannot read the dictionary ${file} (${(e as Error).message}); restore it from git or rebuild it with npm run build:dictionary`);
  }
  return parseDictionary(data, file);
}

// Endings the light stemmer leaves on verbs, possessives and adverbs, longest first: وا (they did:
// قتلوا), نا (we did, our: اتفقنا, مراسلنا), ت (she did: نشرت), and the alef of tanween fath (موعدًا is
// folded to موعدا).
const LEFT_ENDINGS = ['وا', 'نا', 'ت', 'ا'];
// Pronouns attached at the end, which the light stemmer keeps: their, her, your (plural).
const PRONOUN_ENDINGS = ['هما', 'هم', 'هن', 'ها', 'كم'];

/**
 * Keys to try for an Arabic key that has no entry, best first: the key without an ending the light
 * stemmer leaves (قتلوا → قتل, موعدا → موعد, اتفقنا → اتفق) or without the future prefix س (سيلتقي →
 * يلتقي), each stemmed again with `stem` (the analyzer's `stemArabic`). Never the key itself, and
 * nothing under three letters. On the seed story this raises the share of Arabic content stems with an
 * English bridge from 77% (keys and clitic variants) to 86%; a few are wrong (مرارًا, "repeatedly",
 * reaches مرار, "gall"), so a caller should trust a fallback less than the key. `inDictionary`, when
 * given, says which keys the dictionary has: a reading only for a word it lacks (a passive in انفعل) is
 * then left out for a word it has.
 */
export function arabicFallbackKeys(arKey: string, stem: (word: string) => string, inDictionary?: (arKey: string) => boolean): string[] {
  if (!arKey.startsWith('ar:')) return [];
  const word = arKey.slice(3);
  const out: string[] = [];
  const add = (w: string) => {
    if (w.length >= 3 && w !== word && !out.includes(`ar:${w}`)) out.push(`ar:${w}`);
  };
  const bases: string[] = [];
  for (const ending of LEFT_ENDINGS) if (word.endsWith(ending)) bases.push(word.slice(0, -ending.length));
  // The plural's و before an object pronoun, which writes no alef there and which the stemmer keeps
  // once it takes the pronoun off (أعدموه → اعدمو → اعدم, "they executed him"; قتلوها → قتلو → قتل).
  if (word.endsWith('و') && word.length >= 4) bases.push(word.slice(0, -1));
  const ended = bases.slice();
  // Future س before the present tense's ي ت ن ا: سيلتقي, ستعود, سنلتقي.
  const present = /^س[يتنا]/.test(word) ? word.slice(1) : word;
  if (present !== word) bases.push(present);
  // A possessive or object pronoun (سنتهم, "their year"; عنها): a feminine ت before it is the ة of the
  // word alone, folded to ه.
  for (const ending of PRONOUN_ENDINGS)
    if (word.endsWith(ending) && word.length - ending.length >= 2) {
      const b = word.slice(0, -ending.length);
      bases.push(b.endsWith('ت') ? `${b.slice(0, -1)}ه` : b);
    }
  // The present tense's prefix (يسكن → سكن, توجد → وجد); a verb whose first letter is و drops it
  // there (تصل → وصل).
  if (/^[يتن]/.test(present) && present.length >= 4) bases.push(present.slice(1));
  // A three-letter word ending in ت is far more often a past with the "she did" ending (تمت, "was
  // completed"; نمت, "grew"; مرت) than a present whose last two letters are its root: read as a
  // present, تمت and نمت became مت, "die". So none of the present's readings for it.
  // Nor a hollow past (نال): no root is written ا and one letter.
  const shortPresent = /^[يتن]/.test(present) && present.length === 3 && !present.endsWith('ت') && present[1] !== 'ا';
  if (shortPresent) bases.push(`و${present.slice(1)}`);
  // A doubled verb of the derived form أفعل keeps two letters in the present (يصر, "insists" → أصر;
  // يحب → أحب), its past opening on ا. The seed without hand-made data 84.5 → 85.0% (يصر ~ أصر, with
  // query.ts's fallbackForm), nothing else moved.
  if (shortPresent) bases.push(`ا${present.slice(1)}`);
  // The present tense of the derived forms that open on ا in the past (انفعل, افتعل, استفعل): ينتقل →
  // انتقل, يستخدم → استخدم, ينقسم → انقسم.
  if (/^[يتن]/.test(present) && present.length >= 5) bases.push(`ا${present.slice(1)}`);
  // A hollow verb's present writes its long vowel و or ي where the past writes ا: يقول → قال, يعود →
  // عاد; يضيف → أضاف, يستضيف → استضاف.
  if (/^[يتن]/.test(present) && present.length >= 4 && /[وي].$/.test(present)) {
    const past = `${present.slice(1, -2)}ا${present.slice(-1)}`;
    bases.push(past, `ا${past}`);
  }
  // A final ت is also the ة of a noun whose pronoun the stemmer took off (سنتها → سنت → سنة), or the
  // "she did" of a verb ending in a vowel (قضت → قضى, folded to قضي).
  if (word.endsWith('ت')) {
    const b = word.slice(0, -1);
    bases.push(`${b}ه`);
    // The "she did" of a verb ending in ا loses the ا too (دعت → دعا, غزت → غزا).
    if (b.length === 2) bases.push(`${b}ي`, `${b}ا`);
  }
  // The passive of a hollow verb of the form أفعل writes ي for the past's ا (أعيد → أعاد, أقيم → أقام,
  // أضيف → أضاف).
  if (/^ا.ي.$/.test(word)) bases.push(`ا${word[1]}ا${word[3]}`);
  // A verb of the derived form تفعّل that the dictionary lists by its root's simple form: without
  // its ت once the ending is off too (توصلت → توصل → وصل, تضررت → تضرر → ضرر).
  for (const b of ended) if (/^[يتن]/.test(b) && b.length >= 4) bases.push(b.slice(1));
  // The past of the derived forms افتعل, انفعل, استفعل (اعترض, استخدم) by their verbal noun, which the
  // dictionary lists more often than the verb (اعتراض, استخدام): ا before the last letter.
  for (const b of [word, ...ended]) if (/^ا[^ا]{4,5}$/.test(b)) bases.push(`${b.slice(0, -1)}ا${b.slice(-1)}`);
  // A doubled verb's present keeps two letters (يحد, "borders": حدّ), the same two as its noun (حد,
  // "limit, border"): that comes first, before the weak-initial reading below (وحد, "unite"), which a
  // three-letter present also fits (يصل → وصل). Two letters, so it bypasses `add`'s three-letter floor.
  // Development lines unchanged; held-out Arabic → English 53.4 → 54.5%.
  // The other way, first: a hollow verb's past (نال, "obtained"; باع, زار) that the dictionary lists
  // only in the present, whose long vowel is ا, و or ي (ينال, يقول, يبيع). Its ن or ت is the root's, not
  // the present's prefix: no root is written ا and one letter (نال is no "we" of ال).
  if (/^[^ا]ا[^ا]$/.test(word)) for (const w of [`ي${word}`, `ي${word[0]}و${word[2]}`, `ي${word[0]}ي${word[2]}`]) add(w);
  // The derived form انفعل (a past of three letters after ان) that the dictionary lacks is its simple
  // verb made passive or reflexive, as spoken Arabic makes any passive (انضاف, "was added"; انكتب, "was
  // written"): the simple past, and أفعل for a hollow one (انضاف → ضاف, أضاف "add"). Not ت after ان:
  // that is افتعل of a root opening on ن (انتشر, نشر). Only for a word the dictionary lacks: the same
  // letters are the verbal noun إفعال and the plural أفعال of a root opening on ن, which it has (إنشاء,
  // "construction", is no شاء, "wanted"; إنزال, "landing", no زال, "ceased"; أنصار, "supporters", no صار).
  if (/^ان[^ات][^ا]?[^ا]$|^ان[^ات]ا[^ا]$/.test(word) && inDictionary?.(arKey) !== true) {
    bases.push(word.slice(2));
    if (word[3] === 'ا') bases.push(`ا${word.slice(2)}`);
  }
  // The present of a doubled verb of the form افتعل keeps three letters after its prefix (تحتل →
  // احتل, "occupies"; تمتد → امتد, "extends"), whose verbal noun writes the doubled letter twice (احتلال,
  // امتداد, اهتمام): after every other reading, as a root with ت in the middle (يفتح) is read above.
  if (/^[يتن][^ا]ت[^ا]$/.test(present)) {
    const past = `ا${present.slice(1)}`;
    bases.push(past, `${past}ا${past.slice(-1)}`);
  }
  if (shortPresent) out.push(`ar:${present.slice(1)}`);
  // A two-letter noun with the accusative's tanween alef, as a count writes it (كم زرا, "how many
  // buttons" → زر; حدا → حد): two letters, as above. A fallback, so only for a word the dictionary
  // lacks as written (دعا, بدا are verbs it has). Development Arabic → English 75.2 → 75.7%.
  if (/^[^ا]{2}ا$/.test(word)) out.push(`ar:${word.slice(0, 2)}`);
  for (const b of bases) add(b);
  for (const b of bases) add(stem(b));
  // So may the stem of a noun without its tanween alef (فدانا → فدان → فد, "acre").
  if (word.endsWith('ا') && word.length >= 4) {
    const short = stem(word.slice(0, -1));
    if (short.length === 2 && !out.includes(`ar:${short}`)) out.push(`ar:${short}`);
  }
  // The ة-restored noun's stem may be two letters (سنة → سن).
  if (word.endsWith('ت')) {
    const short = stem(`${word.slice(0, -1)}ه`);
    if (short.length === 2 && !out.includes(`ar:${short}`)) out.push(`ar:${short}`);
  }
  return out;
}

/** The key without its `en:`/`ar:` prefix, or undefined when it is not a key of that language. */
function unprefix(lang: Side, key: string): string | undefined {
  return key.length > 3 && key.startsWith(lang) && key.charCodeAt(2) === 58 /* : */ ? key.slice(3) : undefined;
}

/** The translations field of one line (the text after its second tab). */
function parseTranslations(line: string, target: Side): readonly Translation[] {
  const out: Translation[] = [];
  for (const item of line.slice(line.indexOf('\t', 2) + 1).split(';')) {
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
  source: Side,
  keys: readonly string[],
  translations: ReadonlyArray<{ keys: readonly string[]; surface: string; both: boolean }>,
): string {
  const items = translations.map((t) => `${t.both ? '*' : ''}${t.keys.join(' ')}|${t.surface}`);
  return `${source === 'en' ? 'e' : 'a'}\t${keys.join(' ')}\t${items.join(';')}`;
}
