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

/**
 * Base forms an inflected English word may come from ("happened" → happen, "parties" → party), for
 * looking words up in lists of lemmas (WordNet, the common-word list). Over-generates on purpose.
 */
export function englishLemmas(word: string): string[] {
  const out = new Set([word]);
  if (word.endsWith('ies')) out.add(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.add(word.slice(0, -2));
  if (word.endsWith('s')) out.add(word.slice(0, -1));
  if (word.endsWith('ed')) {
    out.add(word.slice(0, -2));
    out.add(word.slice(0, -1));
  }
  if (word.endsWith('ing')) {
    out.add(word.slice(0, -3));
    out.add(`${word.slice(0, -3)}e`);
  }
  return [...out];
}
