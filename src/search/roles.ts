/**
 * "Who" questions about the holder of a role ("Who was the last Seljuk sultan?", "Who is the largest
 * employer in Montana?", من هو رئيس …؟) and answers that never name the role. A sentence that answers
 * names its holder with the role, or the sentence before or after it does ("Sultan Tughril …", "head
 * coach Knute Rockne"); one that holds the question's other words (the Seljuks, Montana) without it
 * tells of something else. A role is an office: a member of WordNet's kinds of leader, ruler,
 * sovereign, monarch, head, chief or executive as persons (knowledge/thesaurus/offices.en.txt: *sultan*, *governor*,
 * *chairman*, *coach*, *president*; an Arabic word by its dictionary's first sense), not a description a
 * story may leave out beside a name (*writer*, *diplomat*), nor a noun of kinship (*father*, والد: a
 * story tells a tie by a birth or a marriage).
 */

import type { Token } from '../text/analyzer.js';
import { stemEnglish } from '../text/english.js';
import type { IndexedSentence, SearchIndex } from './index.js';
import { isKinNoun, postingsOf, type QueryUnit } from './query.js';
import { has } from './rank.js';
import { titleKeys } from './titles.js';

/**
 * The role a first "who" question asks the holder of that neither the sentence `gid`, nor the one before
 * or after it in its story, nor its story's title meets in any of its forms, as the question wrote it; undefined when there is
 * none. `verb`: the English word right after "who", its verb ("Who heads the commission?", "Who coaches
 * the team?"), which asks who does it, not who holds an office of that name.
 */
export function roleUnmet(index: SearchIndex, units: readonly QueryUnit[], gid: number, verb?: string): string | undefined {
  const story = (index.sentences[gid] as IndexedSentence).story;
  const met = heldNearOrTitled(index, gid);
  for (const u of units) {
    if (u.carried === true || u.kind === 'action' || u.label === verb || !isRole(index, u)) continue;
    // The story's title names it for every sentence ("Mayor of Leeds resigns": "Jane Smith said …").
    // (By the question's own word too: no sentence writing it, it is among no unit's alternatives.)
    const titled = titleKeys(index, story);
    if (index.analyzer.analyze(u.label).some((t) => titled.has(t.key))) continue;
    if (!met(u)) return u.label;
  }
  return undefined;
}

/**
 * Whether a unit, in any of its forms (not by a concept alone), is met by the sentence `gid`, the one
 * before or after it in its story, or its story's title: the answer's neighbourhood speaks of it.
 */
export function heldNearOrTitled(index: SearchIndex, gid: number): (u: QueryUnit) => boolean {
  const story = (index.sentences[gid] as IndexedSentence).story;
  const around = [gid - 1, gid, gid + 1].filter((g) => index.sentences[g]?.story === story);
  const titled = titleKeys(index, story);
  return (u) =>
    u.alts.some((a) => {
      if (a.conceptOnly === true) return false;
      if (titled.has(a.key)) return true;
      const list = postingsOf(index, a.key);
      return list !== undefined && around.some((g) => has(list, g));
    });
}

/** Whether a unit is one word naming a role a person holds, and no tie of kinship. */
function isRole(index: SearchIndex, u: QueryUnit): boolean {
  const tokens = index.analyzer.analyze(u.label).filter((t) => !t.stop);
  if (tokens.length !== 1) return false;
  return isOffice(index, tokens[0] as Token);
}

/** Whether a word names an office (سلطان, ملك, *president*), and no tie of kinship. */
export function isOffice(index: SearchIndex, t: Token): boolean {
  if (isKinNoun(index, t.key)) return false;
  if (t.script === 'latin') return isOfficeWord(index, t.norm, t.key);
  if (t.script !== 'ar') return false;
  // An Arabic word by its dictionary's first sense (سلطان, *sultan*; رئيس, *president*).
  const first = index.dictionary?.translationsOf(t.key).find((x) => x.keys.length === 1);
  const key = first?.keys[0];
  return first !== undefined && key !== undefined && isOfficeWord(index, first.surface, key) && !isKinNoun(index, key);
}

/**
 * Whether an English word (folded, lowercase) names an office: the word or its singular is one of the
 * office nouns (knowledge/thesaurus/offices.en.txt). By the word, not its Porter stem, which joins a
 * person to an activity: *campaigner* (a leader) and *campaign* are both `en:campaign`, and "Who ran
 * the campaign?" asks for no office. A knowledge folder without the list falls back to the stems.
 */
function isOfficeWord(index: SearchIndex, word: string, key: string): boolean {
  const words = index.knowledge.offices;
  if (words === undefined || words.size === 0) return officesOf(index).has(key);
  if (words.has(word)) return true;
  // The plural asks for the office too (Who were the Seljuk sultans?): -ies, -es, -s.
  if (word.endsWith('ies') && words.has(`${word.slice(0, -3)}y`)) return true;
  if (word.endsWith('es') && words.has(word.slice(0, -2))) return true;
  return word.endsWith('s') && words.has(word.slice(0, -1));
}

/** WordNet's kinds whose members hold an office: a story names its holder with it ("Sultan Tughril"). */
export const OFFICE_WORDS: readonly string[] = ['leader', 'ruler', 'sovereign', 'monarch', 'head', 'chief', 'executive'];
const OFFICE_KINDS = OFFICE_WORDS.map((w) => `en:${stemEnglish(w)}`);

const officeMemos = new WeakMap<object, ReadonlySet<string>>();

/** The `en:` keys of the members of the office kinds (knowledge/thesaurus/kinds.en.tsv), per knowledge: for a folder without offices.en.txt. */
function officesOf(index: SearchIndex): ReadonlySet<string> {
  const k = index.knowledge;
  let found = officeMemos.get(k);
  if (found === undefined) {
    found = new Set([...OFFICE_KINDS, ...OFFICE_KINDS.flatMap((kind) => k.kinds.get(kind) ?? [])]);
    officeMemos.set(k, found);
  }
  return found;
}
