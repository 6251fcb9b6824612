/**
 * Years a question names that its story never writes. "Who won the NBA finals in 2019?" asked of a story
 * that never writes 2019 is about some other year than any the story tells of: its words may match the
 * story well (the finals, who won), yet no sentence answers for that year. A question written from a
 * story copies its years ("What did Apple release in 2007?"), so a year the whole story lacks, in every
 * sentence and in its date, is a question the story cannot answer. A year that bounds a time instead
 * ("prior to 2007", قبل عام 2018, *since 1990*) asks about what the story tells before or after it, and
 * proves nothing.
 */
import type { Token } from '../text/analyzer.js';
import { holdsInStory, type IndexedSentence, type SearchIndex } from './index.js';
import { postingsOf } from './query.js';

/** A year as a question writes one: four digits from 1000 to 2099 (the analyser has folded Arabic digits). */
const YEAR = /^(1\d{3}|20\d{2})$/;

/** A span of years a story writes, the second year whole or cut short: "2014–2018", "2007–08", "1914-18". */
const SPAN = /(?<!\d)(\d{2})(\d{2})\s*[–—-]\s*(\d{4}|\d{2})(?!\d)/g;

/**
 * Words that make the year after them a bound of a time, not the time asked about ("before 2007",
 * "prior to 2007", قبل 2018, منذ عام 1990), up to four words back: a year's word or "the" between, or
 * the event the year dates (قبل بطولة كأس العالم 2018, "before the 2018 World Cup"; two words back
 * refused that question of the paragraph that answers it, PD ar-ar refused 4.7 → 4.3%, no
 * out-of-scope line moved).
 */
const BOUNDS = new Set(['before', 'after', 'prior', 'since', 'until', 'till', 'by', 'from', 'pre', 'post', 'قبل', 'بعد', 'منذ', 'حتى', 'حتي']);

/** How many words back a bound word reaches (see BOUNDS). */
const BOUND_REACH = 4;

/**
 * The first year the question names, not as a bound of a time, that no story of `stories` (indexes in
 * `index.stories`) writes, in any sentence, within a span of years ("2014–2018" and "2007–08" write
 * 2016 and 2008: a story of those years may tell of one between) or as its published date; undefined
 * when there is none.
 */
export function yearUnwritten(index: SearchIndex, tokens: readonly Token[], stories: readonly number[]): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!YEAR.test(t.norm)) continue;
    if (tokens.slice(Math.max(0, i - BOUND_REACH), i).some((b) => BOUNDS.has(b.norm))) continue;
    if (!stories.some((story) => storyWrites(index, story, t.norm, t.key))) return t.norm;
  }
  return undefined;
}

/** Whether a story writes the year: as a number of one of its sentences, within a span of years, or as its date. */
function storyWrites(index: SearchIndex, story: number, year: string, key: string): boolean {
  if (holdsInStory(index, postingsOf(index, key), story)) return true;
  if ((index.stories[story]?.info.published ?? '').startsWith(year)) return true;
  const y = Number(year);
  // The year as written, whatever is glued to it ("2004م", a slip such as "2004l", "عام2004"): the
  // words cut there hold no number, yet the story tells of that year.
  const written = new RegExp(`(?<!\\d)${year}(?!\\d)`);
  const to = index.storyStart[story + 1] ?? index.sentences.length;
  for (let g = index.storyStart[story] as number; g < to; g++) {
    const text = (index.sentences[g] as IndexedSentence).sentence.text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));
    if (written.test(text)) return true;
    for (const m of text.matchAll(SPAN)) {
      const start = Number(`${m[1]}${m[2]}`);
      const end = Number((m[3] as string).length === 4 ? m[3] : `${m[1]}${m[3]}`);
      if (start <= y && y <= end) return true;
    }
  }
  return false;
}
