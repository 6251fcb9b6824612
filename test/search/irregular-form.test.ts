import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { irregularFormKeys } from '../../src/text/english.js';
import { knowledgeWith } from '../support/stories.js';

// The story says "sent" where the question says "send": without the rule "send" matches nothing, the
// sentences tie on "delegation", and story order gives the first.
const STORY = ['A delegation of traders reached the port in 1402.', 'The king sent a delegation to the capital in 1405.', 'The harvest failed that year.'];
const knowledge = knowledgeWith({ 'en-send': { lines: STORY, language: 'en' } });
const question = 'When did they send a delegation?';

describe("an irregular verb's other forms", () => {
  it('answers the question verb with its past form in the story ("send" ~ "sent")', () => {
    const r = createEngine({ knowledge }).ask(question, undefined, { story: 'en-send' });
    expect(r.answers[0]?.ref).toBe('2');
  });

  it('does not, with irregularForm off', () => {
    const r = createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, irregularForm: 0 } }).ask(question, undefined, { story: 'en-send' });
    expect(r.answers[0]?.ref).not.toBe('2');
  });

  it('reads a verb to its irregular forms only, not a form that is a verb of its own (found, saw)', () => {
    expect(irregularFormKeys('en:give')).toEqual(expect.arrayContaining(['en:gave', 'en:given']));
    expect(irregularFormKeys('en:gave')).toEqual([]);
    expect(irregularFormKeys('en:find')).toEqual([]);
    expect(irregularFormKeys('en:see')).not.toContain('en:saw');
  });
});
