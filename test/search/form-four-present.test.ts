import { describe, expect, it } from 'vitest';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// The present of the derived form أفعل (تصبح, "becomes") that the dictionary lacks as written is read as
// its past (أصبح, *become*), which the dictionary lists: without its prefix it is another word (صبح,
// "morning"). An English story that says "became" answers it.
const knowledge = knowledgeWith({
  'en-statehood': {
    lines: ['Montana held its first state fair in 1880.', 'Montana became a state in 1889.', 'Miners came to Montana for its gold.'],
    language: 'en',
  },
});
const ask = firstLabelOf(knowledge);

describe('the present of أفعل asked of an English story', () => {
  it('meets the story by its past’s senses', () => {
    expect(ask('في أي عام تصبح مونتانا ولاية؟', 'en-statehood')).toBe('2');
  });
});
