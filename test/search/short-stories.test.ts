/**
 * Stories of a paragraph, as question-answering benchmarks and news briefs give them (src/search/rank.ts,
 * src/search/query.ts, src/engine.ts's bar):
 * - what the title names and no sentence writes is the subject of every sentence: not an unknown name
 *   ("The story does not mention Tarvo" of a story titled "Lake Tarvo"), and it weighs as a word of every
 *   sentence, credited by the title, instead of as a word the story lacks (`titleUnwritten`);
 * - a story of few sentences offers few chances to match part of a question by accident, so its bar is
 *   lower (`shortStory`, `shortStoryCut`), and the coverage the bar reads there takes idf as if the story
 *   had half a sentence more (`shortSmooth`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

const firstParagraph = (id: string) => readFileSync(new URL(`../eval/xling/stories/ar/${id}/story.txt`, import.meta.url), 'utf8').split('\n')[0] as string;

const ask = firstLabelOf(
  knowledgeWith({
    'en-lake': {
      language: 'en',
      title: 'Lake Tarvo',
      lines: ['The lake freezes every winter and thaws in April.', 'Fishermen cut holes in the ice to catch perch.'],
    },
    'en-museum-1': {
      language: 'en',
      title: 'Hallstatt Museum',
      lines: ['The Hallstatt Museum opened in 1884 in a former salt office.', 'The Hallstatt Museum shows tools found in the old mines.'],
    },
    'en-museum-2': {
      language: 'en',
      title: 'Hallstatt Museum',
      lines: [
        'Its oldest object is a wooden staircase from the Bronze Age.',
        'A new wing for temporary shows was added in 2013.',
        'School classes visit on weekday mornings.',
        'Guided tours are given in German and English.',
        'The entrance fee is lower for students.',
        'A shop sells books about the region.',
        'The building closes for two weeks in November.',
        'Volunteers help to clean the objects every spring.',
      ],
    },
    'ar-assad': { language: 'ar', title: 'بشار الأسد', lines: [firstParagraph('arcd-021-bshar-alasd')] },
  }),
);

describe('a story of a paragraph', () => {
  it('takes what its title names for mentioned, and for the subject of every sentence', () => {
    expect(ask('Which fish do people catch at Lake Tarvo?', 'en-lake')).toBe('2');
    expect(ask('Which fish do people catch at Lake Tarvo?', 'en-lake', { titleUnwritten: 0 })).toBe('refused');
    // "Hallstatt Museum" is known (another story writes it) but this one, long enough for the usual bar, never does.
    expect(ask('Who cleans the Hallstatt Museum collection?', 'en-museum-2')).toBe('8');
    expect(ask('Who cleans the Hallstatt Museum collection?', 'en-museum-2', { titleUnwritten: 0 })).toBe('refused');
  });

  it('needs less of a question matched than a long story does', () => {
    // "What is Bashar al-Assad's job?": the paragraph says he is the president, a word the question lacks.
    expect(ask('ما وظيفة بشار الاسد؟', 'ar-assad')).toBe('1');
    // The lower bar and the smoothed coverage (`shortSmooth`) each carry it; without both it is refused.
    expect(ask('ما وظيفة بشار الاسد؟', 'ar-assad', { shortStoryCut: 0, shortSmooth: 0 })).toBe('refused');
  });
});
