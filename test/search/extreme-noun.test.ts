import { describe, expect, it } from 'vitest';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// "What is the largest lake in Montana?" is not answered by "Montana is the fourth largest state": the
// extreme must be said of the thing asked, a word for it within a few words of the extreme word.
const knowledge = knowledgeWith({
  'en-state': {
    lines: [
      'Montana is the fourth largest state in the United States.',
      'The state has many lakes, rivers and forests.',
      'Its capital is Helena.',
      'Fishing is popular in summer.',
    ],
    language: 'en',
  },
  'en-lake': {
    lines: [
      'Montana has many lakes, rivers and forests.',
      'Flathead Lake is the largest natural freshwater lake in the western United States.',
      'Its capital is Helena.',
    ],
    language: 'en',
  },
});
const ask = firstLabelOf(knowledge);

describe('an extreme said of another thing than the one asked', () => {
  it('refuses a largest lake answered by a largest state, in English and from Arabic', () => {
    expect(ask('What is the largest lake in Montana?', 'en-state')).toBe('refused');
    expect(ask('ما هي أكبر بحيرة في مونتانا؟', 'en-state')).toBe('refused');
  });

  it('answers it without the rule', () => {
    expect(ask('What is the largest lake in Montana?', 'en-state', { extremeNoun: 0 })).not.toBe('refused');
    expect(ask('ما هي أكبر بحيرة في مونتانا؟', 'en-state', { extremeNoun: 0 })).not.toBe('refused');
  });

  it('answers when the extreme is said of the thing asked', () => {
    expect(ask('What is the largest lake in Montana?', 'en-lake')).not.toBe('refused');
    expect(ask('ما هي أكبر بحيرة في مونتانا؟', 'en-lake')).not.toBe('refused');
  });
});
