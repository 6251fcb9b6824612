import { describe, expect, it } from 'vitest';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// "What is the name of X?" asked of an English story asks for a name: "name" frames the question, as
// "kind" in "what kind of" does, and a sentence saying something else was "named" is no better for it.
const river = [
  'The river runs through the old town.',
  'Fishing on the river is popular in summer.',
  'The market sells fish from the river every morning.',
  'Many bridges in the region are named after saints.',
  'The Stone Arch is the bridge over the river.',
];
const knowledge = knowledgeWith({ 'en-river': { lines: river, language: 'en' } });
const ask = firstLabelOf(knowledge);

describe('"the name of" in an English question of an English story', () => {
  it('frames the question', () => {
    expect(ask('What is the name of the bridge over the river?', 'en-river')).toBe('5');
  });
  it('was a word to find without the rule', () => {
    expect(ask('What is the name of the bridge over the river?', 'en-river', { nameAsking: 0 })).toBe('4');
  });
});
