import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// A story written for this test. "What percentage of …?" asks for a share (knowledge/answer-types.jsonl,
// "percent"): a sentence that gives one, with the sign (63%) or the word (percent), supplies it. Without
// the type, the sentence that names the question's people and counts them in the thousands comes first.
const STORY = [
  'Farming has shaped the valley for two centuries.',
  'Native Americans in the valley live off the reservation in Dunmore (4,619), Alder (2,942) and Sorrel (1,838).',
  'About 63% of Native people live in towns.',
];
const knowledge = knowledgeWith({ 'en-valley': { lines: STORY, language: 'en' } });
const QUESTION = 'What percentage of the Native Americans in the valley live off the reservation?';
const top = (k: typeof knowledge) => {
  const r = createEngine({ knowledge: k }).ask(QUESTION, undefined, { story: 'en-valley' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};
const without = { ...knowledge, answerTypes: knowledge.answerTypes.filter((t) => t.id !== 'percent') };

describe('a question for a percentage', () => {
  it('asks for a share', () => {
    expect(parseQuery(buildIndex(knowledge), QUESTION, SEARCH_DEFAULTS).answerTypes).toContain('percent');
  });
  it('is answered by the sentence that gives one', () => {
    expect(top(knowledge)).toBe('3');
    expect(top(without)).toBe('2');
  });
});
