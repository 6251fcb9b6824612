/**
 * English analysis: Porter stemming from natural (its submodule only: loading all of natural takes
 * about 0.6 s and prints to stdout).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };

/** Stems one lowercased English word ("elections" → "elect"); possessive 's is dropped first. */
export function stemEnglish(word: string): string {
  const w = word.replace(/['’]s$/u, '').replace(/['’]/gu, '');
  if (w.length <= 2) return w;
  return porter.stem(w);
}
