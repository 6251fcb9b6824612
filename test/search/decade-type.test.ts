import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// A story written for this test. "In what decade …?" asks for a decade (knowledge/answer-types.jsonl,
// "decade", supplied by its `patterns`): the sentence writing one in digits ("the 1970s") answers, where
// sentences giving only a year hold the question's words as well. The analyzer keys "1970s" as the year
// 1970, so no cue word can tell the two apart; without the type (`answerPatterns` 0) "decade" is a word
// the answer must hold, and the earlier sentence with a year comes first or the question is refused.
const STORY = [
  'In 1897, Ada Marsh, a wind power pioneer, built a small pump on her farm.',
  'In 1912 Marsh was quoted in the press praising wind power.',
  'Cheap diesel in the 1930s set wind power aside, but the vision of Marsh returned in the 1970s.',
  'Farmers there grow lettuce and artichokes.',
];
const knowledge = knowledgeWith({ 'en-pump': { lines: STORY, language: 'en' } });
const top = (q: string, answerPatterns = 1) => {
  const r = createEngine({ knowledge, options: { answerPatterns } }).ask(q, undefined, { story: 'en-pump' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('a question for a decade', () => {
  for (const q of ["In what decade were Marsh's ideas about wind power revived?", "Which decade brought Marsh's wind power back?"]) {
    it(`asks for a decade: ${q}`, () => {
      expect(parseQuery(buildIndex(knowledge), q, SEARCH_DEFAULTS).answerTypes).toContain('decade');
    });
    it(`is answered by the sentence writing a decade: ${q}`, () => {
      expect(top(q)).toBe('3');
      expect(top(q, 0)).not.toBe('3');
    });
  }
  it('is not asked by a question that does not ask for one', () => {
    expect(parseQuery(buildIndex(knowledge), 'When did Marsh build a pump?', SEARCH_DEFAULTS).answerTypes).not.toContain('decade');
  });
});
