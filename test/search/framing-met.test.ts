import { describe, expect, it } from 'vitest';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// "What is the name of the largest reservoir in the state?": "name" frames the question (nameAsking), and
// a framing word is met by every sentence (`framingMet`): the sentence that says some lakes are "named"
// is no better for it than the one that names the reservoir without the word.
const lakes = [
  'The state has a dry climate in the east and a wet one in the west.',
  'There are thousands of named lakes and reservoirs in the state, the largest natural lake among them in the north.',
  'The largest reservoir in the state is Fort Peck Reservoir on the Missouri river.',
  'Fishing is popular on most of them in summer.',
];
const knowledge = knowledgeWith({ 'en-lakes': { lines: lakes, language: 'en' } });
const ask = firstLabelOf(knowledge);

describe('a framing word of an English question is met by every sentence', () => {
  it('does not lift the sentence that writes it', () => {
    expect(ask('What is the name of the largest reservoir in the state?', 'en-lakes')).toBe('3');
  });
  it('lifted it without the rule', () => {
    expect(ask('What is the name of the largest reservoir in the state?', 'en-lakes', { framingMet: 0 })).toBe('2');
  });
});
