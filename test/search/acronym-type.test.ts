import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// A story written for this test. "What does X stand for?", "X is an abbreviation of what?" ask what an
// acronym means (knowledge/answer-types.jsonl, "acronym"): the sentence that defines it, writing it in
// brackets after its words ("Coastal fog zones (CFZ)"), supplies it. Without the type, the sentence that
// only uses the acronym, earlier in the story, comes first (both hold the question's one word), or, with
// *abbreviation* left a word to find, the question is refused.
const STORY = [
  'Planners in the bay have long watched the CFZ shrink each summer.',
  'Coastal fog zones (CFZ) are strips of land where fog covers the ground most mornings.',
  'Farmers there grow lettuce and artichokes.',
];
const knowledge = knowledgeWith({ 'en-bay': { lines: STORY, language: 'en' } });
const top = (k: typeof knowledge, q: string) => {
  const r = createEngine({ knowledge: k }).ask(q, undefined, { story: 'en-bay' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};
const without = { ...knowledge, answerTypes: knowledge.answerTypes.filter((t) => t.id !== 'acronym') };

describe('a question for what an acronym stands for', () => {
  for (const q of ['What does CFZ stand for?', 'CFZ is an abbreviation of what?']) {
    it(`asks for a definition: ${q}`, () => {
      expect(parseQuery(buildIndex(knowledge), q, SEARCH_DEFAULTS).answerTypes).toContain('acronym');
    });
    it(`is answered by the sentence that defines it: ${q}`, () => {
      expect(top(knowledge, q)).toBe('2');
      expect(top(without, q)).not.toBe('2');
    });
  }
  it('is not asked by a question that does not ask for one', () => {
    expect(parseQuery(buildIndex(knowledge), 'Where is the CFZ?', SEARCH_DEFAULTS).answerTypes).not.toContain('acronym');
  });
});
