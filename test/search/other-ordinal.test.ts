import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// Both sentences hold the question's other words and a year; the first tells of the second convention.
// Without the rule they tie and the first, earlier, sentence wins.
const STORY = ['A second constitutional convention was held in 1884.', 'A constitutional convention was held in 1866 by the settlers.'];
const knowledge = knowledgeWith({ 'en-conventions': { lines: STORY, language: 'en' } });
const question = 'When was the first constitutional convention held?';

describe('an ordinal in the question', () => {
  it('is not answered by a sentence about another one of the kind ("second")', () => {
    const r = createEngine({ knowledge }).ask(question, undefined, { story: 'en-conventions' });
    expect(r.answers[0]?.ref).toBe('2');
  });

  it('is, with otherOrdinal off', () => {
    const r = createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, otherOrdinal: 0 } }).ask(question, undefined, { story: 'en-conventions' });
    expect(r.answers[0]?.ref).toBe('1');
  });
});
