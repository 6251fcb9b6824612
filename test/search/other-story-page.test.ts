/**
 * The answers after the first come from another story only when they cover the question as fully as
 * the first (src/engine.ts, where a question's results are kept). Two stories written for the test: a
 * council that will hold a public meeting, and a summit where leaders met. "When is the public
 * meeting?" is the council's question; the summit's sentences hold only "meet" and once filled the
 * page under the council's answer.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

const knowledge = knowledgeWith({
  'en-council': {
    language: 'en',
    lines: [
      'The city council voted on Tuesday to close the old bridge to cars.',
      'The council will hold a public meeting on February 20 to discuss detour routes.',
    ],
  },
  'en-summit': {
    language: 'en',
    lines: ['The two leaders met in Geneva for three hours.', 'The foreign ministers will meet again next month in Vienna.'],
  },
});
const engine = createEngine({ knowledge });

describe('answers from another story', () => {
  it('are left out when they cover less of the question than the best answer', () => {
    const r = engine.ask('When is the public meeting?');
    expect(r.answers[0]?.story).toBe('en-council');
    expect(r.answers.map((a) => a.story)).not.toContain('en-summit');
  });

  it('still join when they answer as fully', () => {
    const r = engine.ask('Where did they meet?', undefined, { top: 3 });
    expect(r.answers.map((a) => a.story)).toContain('en-summit');
  });
});
