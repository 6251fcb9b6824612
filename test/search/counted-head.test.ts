import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A story written for this test. "How many student housing areas are …" counts areas: the last word of
// the run of words after "how many" that the auxiliary "are" closes (`countedHead`), not the first,
// *student*. Read as counting students, the number beside *students* (12,000 graduate students) wins
// the count bonus over the sentence that counts the housing areas.
const STORY = [
  'The university was founded by a priest in 1842 on a snowy hill.',
  'Today its campus has 12,000 graduate students and a large library.',
  'They live in one of four housing areas near the lake.',
  'The lake freezes every winter.',
];
const knowledge = knowledgeWith({ 'en-campus': { lines: STORY, language: 'en' } });
const top = (q: string, countedHead = 1) => {
  const r = createEngine({ knowledge, options: { countedHead } }).ask(q, undefined, { story: 'en-campus' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('what a count question counts', () => {
  it('is the last word of the words after "how many" that an auxiliary closes', () => {
    const q = 'How many student housing areas are there for graduate students?';
    expect(top(q)).toBe('3');
    expect(top(q, 0)).toBe('2');
  });
  it('stays the first word when the run goes on into the verb', () => {
    // "students live" is no noun phrase: nothing closes it, so *students* is counted.
    expect(top('How many graduate students live on the campus today?')).toBe('2');
  });
});
