import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// Both sentences say something rose; only the second names a metal (copper). Without the kind's
// members "metal" matches nothing: the question is refused or the first, earlier, sentence wins.
const STORY = ['Prices of food rose in the spring.', 'Copper rose over speculation that mines would close.'];
const knowledge = knowledgeWith({ 'en-markets': { lines: STORY, language: 'en' } });

describe('the kind a question asks for', () => {
  it('is matched by a noun of that kind ("what metal" → copper)', () => {
    const r = createEngine({ knowledge }).ask('What metal rose?', undefined, { story: 'en-markets' });
    expect(r.answers[0]?.ref).toBe('2');
  });

  it('is not, with kindMember off', () => {
    const r = createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, kindMember: 0 } }).ask('What metal rose?', undefined, { story: 'en-markets' });
    expect(r.abstained ? 'refused' : r.answers[0]?.ref).not.toBe('2');
  });
});
