/**
 * What the engine found in a story, for whoever added it: its names, numbers and dates, and the words
 * it could not bridge to the other language (questions in that language will not find them).
 */
import type { StoryReport } from '../types.js';
import { withoutNameParts } from './concepts.js';
import { contentTokens, type SearchIndex } from './index.js';
import { CALENDAR_WORD } from './names.js';

/** Most items listed per field of a report. */
const REPORT_LIMIT = 40;

/**
 * The report for story `si` of an index.
 * @param ms engine time spent adding it
 */
export function storyReport(index: SearchIndex, si: number, ms: number): StoryReport {
  const story = index.stories[si];
  if (story === undefined) throw new Error(`no story at ${si}`);
  const names = new Set<string>();
  const numbers = new Set<string>();
  const dates = new Set<string>();
  const unbridged = new Set<string>();
  for (const s of story.sentences) {
    const content = contentTokens(index.analyzer.analyze(s.text));
    const named = new Set<number>();
    for (const h of withoutNameParts(index.concepts.find(content, undefined, story.info.id))) {
      if (h.kind !== 'person' && h.kind !== 'place' && h.kind !== 'org') continue;
      // A role is no name of the story's: "spokesman" meets the shared lexicon's Peskov by his role.
      if (h.role) continue;
      names.add(s.text.slice(content[h.first]?.start ?? 0, content[h.last]?.end ?? 0));
      for (let i = h.first; i <= h.last; i++) named.add(i);
    }
    content.forEach((t, i) => {
      const bare = t.norm.replace(/^(و|ف|ب|ل|ك)?(ال)?/, '');
      if (t.script === 'digit') {
        numbers.add(t.surface);
        if (/^(1[89]|20)\d\d$/.test(t.norm)) dates.add(t.surface);
      } else if (t.key.startsWith('n:') || t.variants.some((v) => v.startsWith('n:'))) {
        // A number written as a word ("eighteen months", أربعين يوما) is that number in either language:
        // it had been listed as a word not bridged.
        numbers.add(t.surface);
      } else if (CALENDAR_WORD.test(t.norm) || CALENDAR_WORD.test(bare)) dates.add(t.surface);
      else if (!named.has(i) && !index.bridged(t)) unbridged.add(t.surface);
    });
  }
  const cap = (set: Set<string>) => [...set].slice(0, REPORT_LIMIT);
  return { info: story.info, names: cap(names), numbers: cap(numbers), dates: cap(dates), unbridged: cap(unbridged), ms: Math.round(ms * 10) / 10 };
}
