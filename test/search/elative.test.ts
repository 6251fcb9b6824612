import { describe, expect, it } from 'vitest';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// An Arabic elative أفعل ("the most …") also means its adjective فعيل, which the dictionary lists apart:
// أحدث is *newest*, *latest* to FreeDict, and حديث *modern*, *recent*. An English story that says "the
// most recent" answers أحدث.
const knowledge = knowledgeWith({
  'en-phones': {
    lines: [
      'Its first phone models were announced in 2001.',
      'The most recent phone models were announced on July 15, 2015.',
      'Reviewers praised the design of the phones.',
    ],
    language: 'en',
  },
});
const ask = firstLabelOf(knowledge);

describe('an Arabic elative asked of an English story', () => {
  it('meets the story by its adjective’s senses', () => {
    expect(ask('متى أعلنت الشركة عن أحدث نماذج الهاتف؟', 'en-phones')).toBe('2');
  });
  it('does not without them', () => {
    expect(ask('متى أعلنت الشركة عن أحدث نماذج الهاتف؟', 'en-phones', { elative: 0 })).toBe('1');
  });
});
