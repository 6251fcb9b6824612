import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A story written for this test. "How many people were injured …" counts people, and the sentence that
// answers it writes the count as the noun of what befell them ("900 injuries", `countedFamily`), while
// another aftershock's sentence has a number beside *people*. Without the family, the count bonus goes
// to the other day's sentence.
const STORY = [
  'A strong earthquake struck the mountain region in the spring.',
  'On May 25, an aftershock hit the north of the region, causing 900 injuries and destroying many homes.',
  'On May 27, two aftershocks in the east of the region injured 40 people.',
  'Rescue teams reached the valley a day later.',
];
const knowledge = knowledgeWith({ 'en-quake': { lines: STORY, language: 'en' } });
const top = (q: string, countedFamily?: number) => {
  const r = createEngine({ knowledge, options: countedFamily === undefined ? {} : { countedFamily } }).ask(q, undefined, { story: 'en-quake' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('a count written as the noun of what befell those counted', () => {
  it('ranks as a number beside the word counted', () => {
    const q = 'How many people were injured in the May 25 aftershock?';
    expect(top(q)).toBe('2');
    expect(top(q, 0)).toBe('3');
  });
  it('leaves a count of the word counted itself first', () => {
    expect(top('How many people were injured in the May 27 aftershocks?')).toBe('3');
  });
});
