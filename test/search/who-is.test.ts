import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// An English story written for this test: the engineer is described in another man's sentence first,
// then quoted; the Arabic question asks who he is.
const STORY = [
  'Professor Lindqvist hired Halvorsen, an engineer from Bergen, to design the bridge.',
  'Halvorsen said the bridge would open to traffic in May.',
];
const knowledge = knowledgeWith({ 'en-bridge': { lines: STORY, language: 'en' } });
const first = (question: string, identitySpeakers: number = SEARCH_DEFAULTS.identitySpeakers) =>
  createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, identitySpeakers } }).ask(question, undefined, { story: 'en-bridge' }).answers[0]?.text ?? '';

describe('"من هو X؟" asks who X is', () => {
  it('what the story says of him answers, not his own words', () => {
    expect(first('من هو هالفورسن؟')).toContain('engineer');
  });

  it('with identitySpeakers off his statement comes first', () => {
    expect(first('من هو هالفورسن؟', 0)).toContain('said');
  });

  it('"what did X say?" still prefers his statement', () => {
    expect(first('ماذا قال هالفورسن؟')).toContain('said');
  });
});
