import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { prefixedKeys } from '../../src/text/english.js';
import { knowledgeWith } from '../support/stories.js';

// The story says "atop" where the question says "top": without the rule "top" matches nothing, and
// the hall's other sentence, which holds "hall" too, is as good an answer.
const STORY = ['The old hall was built of stone.', 'Atop the hall stands a golden statue.', 'Visitors come in the summer.'];
const knowledge = knowledgeWith({ 'en-hall': { lines: STORY, language: 'en' } });
const question = 'What stands on top of the old hall?';

describe('a story word with a close prefix', () => {
  it('answers the question word without it ("top" ~ "atop")', () => {
    const r = createEngine({ knowledge }).ask(question, undefined, { story: 'en-hall' });
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.ref).toBe('2');
  });

  it('does not, with prefixed off', () => {
    const r = createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, prefixed: 0 } }).ask(question, undefined, { story: 'en-hall' });
    expect(r.answers[0]?.ref).not.toBe('2');
  });

  it('keys only stems of three letters or more', () => {
    expect(prefixedKeys('en:construct')).toContain('en:reconstruct');
    expect(prefixedKeys('en:top')).toContain('en:atop');
    expect(prefixedKeys('en:go')).toEqual([]);
    expect(prefixedKeys('ar:كتب')).toEqual([]);
  });
});
