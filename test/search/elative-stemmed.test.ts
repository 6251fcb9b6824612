import { describe, expect, it } from 'vitest';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// An Arabic elative أفعل also means its adjective فعيل (see elative.test.ts), which the dictionary keys
// as light stemming does: حزين (*sad*), the adjective of أحزن, is keyed حز. FreeDict's own senses of
// أحزن (*sadden*, *grieve*) are not what "the saddest time" writes; the adjective's are.
const knowledge = knowledgeWith({
  'en-singer': {
    lines: [
      'The singer grew up in Houston.',
      'She said her first tour was a happy time in her life.',
      'She said the loss of her grandmother was a sad time in her life.',
    ],
    language: 'en',
  },
});
const ask = firstLabelOf(knowledge);

describe('an elative whose adjective is keyed by light stemming', () => {
  it('meets the story by the adjective’s senses', () => {
    expect(ask('ما أحزن وقت في حياتها؟', 'en-singer')).toBe('3');
  });
});
