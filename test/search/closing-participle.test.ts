import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// "Where is the Kroc Institute located?": "located" frames the question, as "where" does. Weighed in
// full, it is the question's rarest word, and the one sentence that writes it (about dormitories) wins.
const STORY = [
  'The Kroc Institute sits in South Bend, Indiana.',
  'The Kroc Institute was founded in 1986.',
  'Most of the new dormitories are located near the lake.',
  'Students walk to lectures every morning.',
  'The library holds three million books.',
];
const knowledge = knowledgeWith({ 'en-campus': { lines: STORY, language: 'en' } });
const ask = (question: string, closingAsking: number = SEARCH_DEFAULTS.closingAsking) =>
  createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, closingAsking } }).ask(question, undefined, { story: 'en-campus' });

describe('a participle closing the question after "be"', () => {
  it('frames the question', () => {
    expect(ask('Where is the Kroc Institute located?').answers[0]?.text).toContain('South Bend');
  });

  it('weighs in full with closingAsking off', () => {
    expect(ask('Where is the Kroc Institute located?', 0).answers[0]?.text).toContain('dormitories');
  });

  it('is a word to look for when it is the only one', () => {
    expect(ask('What is located?').answers[0]?.text ?? '').toContain('dormitories');
  });
});
