/**
 * English analysis: Porter stemming from natural, through its main module.
 *
 * That module loads all of natural, eagerly: measured, about 0.5 s and 34 MB of heap that stay (its
 * part-of-speech tagger's and sentiment analyzers' lexicons), where the stemmer's own file alone
 * costs 10 ms. Its storage drivers would add 1.2 s more and its dotenv would print to stdout (which
 * the CLI's JSON Lines contract forbids); package.json points those at vendor/natural-unused and at
 * a dotenv that does not print (see README, Deployment).
 */
import natural from 'natural';
import type { LanguageData, WordAnalyser } from './analyzer.js';
import { foldLatin, stripInvisible } from './normalize.js';

const porter = natural.PorterStemmer;

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

const NONE: readonly string[] = Object.freeze([]);

/**
 * Reads English words: lowercased without accents, the possessive 's and apostrophes dropped, keyed by
 * their Porter stem ("en:<stem>"). An acronym in capitals ("US", "UK") is a name even when its letters
 * spell a stop word ("us"). `data.names` is not needed: a name is stemmed alike in stories and questions.
 */
export function createEnglishWords(data: LanguageData): WordAnalyser {
  const stop = new Set(data.stopwords.map((w) => foldLatin(w)).filter((w) => !w.includes(' ')));
  return {
    word(surface: string) {
      const norm = foldLatin(stripInvisible(surface)).replace(/['’]/g, "'");
      const bare = norm.replace(/'s$/, '').replace(/'/g, '');
      const acronym = /^[A-Z]{2,5}$/.test(surface);
      return { norm: bare, key: `en:${stemEnglish(bare)}`, variants: NONE, stop: bare.length === 0 || (!acronym && stop.has(bare)) };
    },
  };
}
