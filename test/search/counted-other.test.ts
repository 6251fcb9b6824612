import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A story written for this test. In a "how many" question the word counted (*people*) is what any count
// of it holds: where the question also names something or gives a number, a sentence earns the
// answer-type bonuses (a count, a number beside the counted word) only when it matches some other word
// of the question too (`countedOther`). Without the rule, *at least 120
// people were killed*, whose only word asked is *people*, outranks the count of 1860 in Port Dane.
const STORY = [
  'Irish immigrants came to Port Dane in great numbers after the famine.',
  'Over 20,000 were living in Port Dane by 1860, a quarter of its population.',
  'In the riots of 1863, at least 120 people were killed.',
  'Farmers there grow lettuce and artichokes.',
];
const knowledge = knowledgeWith({ 'en-port': { lines: STORY, language: 'en' } });
const top = (q: string, countedOther = 1) => {
  const r = createEngine({ knowledge, options: { countedOther } }).ask(q, undefined, { story: 'en-port' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('a count asked of a word any count holds', () => {
  it('is answered by the sentence matching more of the question than the word counted', () => {
    const q = 'In 1860, how many people of Irish descent were in Port Dane?';
    expect(top(q)).toBe('2');
    expect(top(q, 0)).toBe('3');
  });
  it('still takes the count beside the word counted when the sentence matches another word', () => {
    expect(top('How many people were killed in the riots?')).toBe('3');
  });
  it('leaves a question naming nothing else to the count beside the word counted', () => {
    // *slain* is not *killed*: only *people* is matched, and the count beside it is still the answer.
    expect(top('How many people were slain?')).toBe('3');
    expect(top('How many people were slain?', 0)).toBe('3');
  });
});
