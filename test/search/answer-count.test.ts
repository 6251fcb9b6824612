import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// "What two publications …?" asks for two answers; the sentence listing them (two magazines, a kind of
// publication) does not write "two". Weighed in full, "two" sends the question to the reporters.
const STORY = ['In 2005 two reporters covered the games.', 'Video game magazines like GamePro and EGM have covered the games.'];
const knowledge = knowledgeWith({ 'en-games': { lines: STORY, language: 'en' } });
const first = (question: string, answerCount: number = SEARCH_DEFAULTS.answerCount) =>
  createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, answerCount } }).ask(question, undefined, { story: 'en-games' }).answers[0]?.text ?? '';

describe('a numeral between "what" and the kind asked for', () => {
  it('counts the answers: the sentence listing them is found', () => {
    expect(first('What two publications have covered the games?')).toContain('GamePro');
  });

  it('weighs as a word to look for with answerCount off', () => {
    expect(first('What two publications have covered the games?', 0)).not.toContain('GamePro');
  });

  it('is a small count, not a year, which is what is asked about', () => {
    const index = buildIndex(knowledge);
    const scale = (q: string, label: string) => parseQuery(index, q, SEARCH_DEFAULTS).units.find((u) => u.label === label)?.scale;
    expect(scale('Which 2005 games were covered?', '2005')).not.toBe(SEARCH_DEFAULTS.actionWeight);
    expect(scale('Which 12 games were covered?', '12')).toBe(SEARCH_DEFAULTS.actionWeight);
  });
});
