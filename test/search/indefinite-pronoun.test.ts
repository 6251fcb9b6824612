import { describe, expect, it } from 'vitest';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// An English story written for this test: nobody died, and one sentence writes "anyone" in passing.
const STORY = [
  'A fire broke out at the grain terminal on Tuesday.',
  '"Dust fires move faster than anyone expects," the fire chief said.',
  'Two workers were taken to hospital with smoke inhalation.',
];

describe('an indefinite pronoun (anyone, someone) is a stop word, as anything and something are', () => {
  const ask = firstLabelOf(knowledgeWith({ fire: { lines: STORY, language: 'en' } }));

  it('refuses "was anyone killed?" where nobody was: "anyone" is no word for a sentence to match', () => {
    expect(ask('was anyone killed?', 'fire')).toBe('refused');
    expect(ask('did anybody die?', 'fire')).toBe('refused');
  });

  it('still answers what the story tells', () => {
    expect(ask('was anyone taken to hospital?', 'fire')).toBe('3');
  });
});
