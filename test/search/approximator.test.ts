import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// "Around" hedges "what time": it is part of the asking words, not a word the answer must hold
// ("Around the time of the fire …" holds it and answers nothing).
const STORY = ['Around the time of the fire, a music hall was opened.', 'In the 1940s Lobund won independent status.'];
const index = buildIndex(knowledgeWith({ 'en-lab': { lines: STORY, language: 'en' } }));
const labels = (question: string, approxAsking: number = SEARCH_DEFAULTS.approxAsking) =>
  parseQuery(index, question, { ...SEARCH_DEFAULTS, approxAsking }).units.map((u) => u.label.toLowerCase());

describe('a hedging word before the asking words', () => {
  it('is no word of the question', () => {
    expect(labels('Around what time did Lobund become independent?')).not.toContain('around');
    expect(labels('Approximately how many halls are there?')).not.toContain('approximately');
  });

  it('is, with approxAsking off', () => {
    expect(labels('Around what time did Lobund become independent?', 0)).toContain('around');
  });

  it('stays a word elsewhere', () => {
    expect(labels('What was built around the hall?')).toContain('around');
  });

  it('leaves "what time" asking for a time', () => {
    expect(parseQuery(index, 'Around what time did Lobund become independent?', SEARCH_DEFAULTS).answerTypes).toContain('time');
  });
});
