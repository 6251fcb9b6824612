/**
 * `npm run build:derived`: writes knowledge/thesaurus/derived.en.tsv, English words of one family from
 * WordNet 3.1's lexical pointers (the wordnet-db-data package, a dev dependency): derivationally related
 * forms (*invade* ~ *invasion*, *honor* ~ *honorary*, *paint* ~ *painter*) and an adjective's pertainym
 * (*Chinese* ~ *China*, *seismic* ~ *seism*), keyed as the analyzer keys English words (Porter stems).
 *
 * An Arabic word's dictionary translation is one part of speech (شرفية → *honor*); the English story
 * often writes the idea in another (*honorary*), which Porter stemming keeps apart. Unlike
 * englishFamilyKey's endings, these pairs are WordNet's own, so they also join words whose spelling
 * changes (*invade* ~ *invasion*, *China* ~ *Chinese*) and never join two words that only look alike.
 *
 * Each line: `key <TAB> related keys, space-separated`. Kept: pointers from a word's first two senses
 * in each part of speech but adverbs, between single lower-case words, where one of the two is a common English
 * word (knowledge/english-common.txt), neither a stop word, at most 8 a key; and a verb in -en that its gloss
 * says makes its adjective (*deepen*: "make deeper"), which WordNet's pointers often leave out.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/engine.js';
import { readWordList } from '../src/knowledge/load.js';
import { stemEnglish } from '../src/text/english.js';
import { readWordnetIndex } from './wordnet.js';

const require = createRequire(import.meta.url);
const dict = (require('wordnet-db-data') as { path: string }).path;

/** Senses read per word and part of speech: later senses are rarer meanings. */
const SENSES = 2;
/** Most related keys kept per key. */
const MAX_RELATED = 8;
/** Adverbs left out: an adverb of a translation's family (*commonly*, *yearly* for العامة) is a manner
 *  word the sentence says in passing more often than its topic. */
const POS = ['noun', 'verb', 'adj'] as const;
const POS_FILE: Record<string, string> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj' };
/** WordNet's pointer symbols kept: derivationally related form, pertainym ("pertains to noun"). */
const KEPT = new Set(['+', '\\']);

const words = (file: string) => readWordList(join(DEFAULT_KNOWLEDGE_DIR, file));
const common = new Set(words('english-common.txt'));
const stop = new Set(words('stopwords.en.txt'));

const data = new Map(POS.map((p) => [p, readFileSync(join(dict, `data.${p}`))] as const));

/** The fields of the synset line at a byte offset of a part of speech's data file. */
function synsetFields(pos: string, offset: number): string[] {
  const buf = data.get(pos as (typeof POS)[number]) as Buffer;
  return buf.subarray(offset, buf.indexOf(10, offset)).toString('utf8').split(' ');
}

/** The synset's words (lower case, markers off) and its lexical pointers of the kept kinds. */
function readSynset(pos: string, offset: number): { words: string[]; pointers: Array<{ source: number; target: string }> } {
  const f = synsetFields(pos, offset);
  const count = Number.parseInt(f[3] as string, 16);
  const ws: string[] = [];
  for (let i = 0; i < count; i++) ws.push((f[4 + 2 * i] as string).replace(/\(.*\)$/, '').toLowerCase());
  let at = 4 + 2 * count;
  const pCount = Number(f[at]);
  at++;
  const pointers: Array<{ source: number; target: string }> = [];
  for (let i = 0; i < pCount; i++, at += 4) {
    const [symbol, off, p, st] = f.slice(at, at + 4) as [string, string, string, string];
    const source = Number.parseInt(st.slice(0, 2), 16);
    const targetN = Number.parseInt(st.slice(2), 16);
    if (!KEPT.has(symbol) || source === 0 || targetN === 0 || POS_FILE[p] === undefined) continue;
    const tf = synsetFields(POS_FILE[p] as string, Number(off));
    const target = (tf[4 + 2 * (targetN - 1)] as string).replace(/\(.*\)$/, '').toLowerCase();
    pointers.push({ source, target });
  }
  return { words: ws, pointers };
}

const related = new Map<string, Set<string>>();
const link = (a: string, b: string) => {
  const ka = stemEnglish(a);
  const kb = stemEnglish(b);
  if (ka === kb) return;
  for (const [x, y] of [
    [ka, kb],
    [kb, ka],
  ] as const) {
    const set = related.get(x) ?? new Set<string>();
    set.add(y);
    related.set(x, set);
  }
};
for (const pos of POS) {
  const index = readWordnetIndex(pos);
  for (const [word, offsets] of index) {
    if (stop.has(word) || !/^[a-z]+$/.test(word)) continue;
    for (const offset of offsets.slice(0, SENSES)) {
      const { words: ws, pointers } = readSynset(pos, offset);
      const me = ws.indexOf(word) + 1;
      for (const { source, target } of pointers) {
        if (source !== me || target === word || !/^[a-z]+$/.test(target) || stop.has(target)) continue;
        // One of the two must be a common word: a rare word's rare relative helps nobody.
        if (!(common.has(word) || common.has(target))) continue;
        link(word, target);
      }
    }
  }
}

// A verb made of an adjective with -en (*deepen*, *widen*, *weaken*) is that adjective's family, which
// WordNet's pointers often leave out (*deepen* points to *deepening* and *intensify*, not *deep*): the
// verb ending in -en whose gloss, in some sense, says "make" or "become" its adjective or the adjective's
// comparative ("make deeper", "become wider"), the adjective a WordNet adjective of three letters or
// more (*deep*, *wide*: the stem, the stem with e, a doubled consonant single: *madden*, *mad*).
const verbGloss = (offset: number) => {
  const line = synsetFields('verb', offset).join(' ');
  return (line.slice(line.indexOf('| ') + 2).split(/[;"]/)[0] as string).split(/[^a-z]+/);
};
const adjectives = readWordnetIndex('adj');
for (const [verb, offsets] of readWordnetIndex('verb')) {
  if (!/^[a-z]{3,}en$/.test(verb) || stop.has(verb)) continue;
  const stem = verb.slice(0, -2);
  const bases = [stem, `${stem}e`, ...(/(.)\1$/.test(stem) ? [stem.slice(0, -1)] : [])];
  for (const base of bases) {
    if (!adjectives.has(base) || stop.has(base) || !(common.has(verb) || common.has(base))) continue;
    const said = new Set([base, `${base}er`, `${base}r`, `${stem}er`]);
    if (offsets.some((o) => verbGloss(o).some((w) => said.has(w)))) link(verb, base);
  }
}

const dir = join(DEFAULT_KNOWLEDGE_DIR, 'thesaurus');
mkdirSync(dir, { recursive: true });
const lines = [...related.keys()].sort().map((k) => `${k}\t${[...(related.get(k) as Set<string>)].slice(0, MAX_RELATED).join(' ')}`);
writeFileSync(
  join(dir, 'derived.en.tsv'),
  `# English words of one family from WordNet 3.1's derivation and pertainym pointers (Princeton University; WordNet licence in LICENSE-WordNet beside this file), keyed by Porter stem. Built by npm run build:derived.\n${lines.join('\n')}\n`,
);
process.stderr.write(`${lines.length} keys written to ${join(dir, 'derived.en.tsv')}\n`);
