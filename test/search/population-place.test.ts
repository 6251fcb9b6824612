import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// "How many people live in Billings?" answered by a sentence about the people of the whole state: a population
// is a place's, and the place the question names must be held by the answer, a sentence beside it, or the
// story's title.
const COUNTRY = [
  'About 12 million people live in the country, most of them on farms.',
  'Its mountains are covered in snow for half the year.',
  'Its farmers grow wheat and barley.',
  'The country exports timber and wool.',
  'Rivers run from the mountains to the sea.',
  'The capital, Marlow, lies on the river Avon in the south.',
];
const ask = (question: string, populationPlace: number = SEARCH_DEFAULTS.populationPlace) =>
  createEngine({
    knowledge: knowledgeWith({ freedonia: { lines: COUNTRY, language: 'en', title: 'Freedonia' } }),
    options: { ...SEARCH_DEFAULTS, populationPlace },
  }).ask(question, undefined, { story: 'freedonia' });

describe('a population asked of a place', () => {
  it('is refused when the answer and its neighbours do not hold the place', () => {
    expect(ask('How many people live in Marlow?').abstained).toBe(true);
  });

  it('was answered with populationPlace off', () => {
    expect(ask('How many people live in Marlow?', 0).abstained).toBe(false);
  });

  it('is answered when the place is the story’s title', () => {
    const r = ask('How many people live in Freedonia?');
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('12 million');
  });
});
