import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { rank } from '../../src/search/rank.js';
import { knowledgeWith } from '../support/stories.js';

// An English story written for this test; the question is Arabic.
const EN_STORY = [
  'The town sits on a river in the north.',
  'In the state the largest lake lies beside an old reservoir.',
  'The largest reservoir in the state lies near the town.',
];

describe('an Arabic question on an English story, two sentences tied', () => {
  const index = buildIndex(knowledgeWith({ lakes: { lines: EN_STORY, language: 'en' } }));

  it('ranks first the sentence writing two of its words translated side by side', () => {
    const p = parseQuery(index, 'ما أكبر خزان في الولاية؟', SEARCH_DEFAULTS);
    const { hits } = rank(index, { units: p.units, answerTypes: p.answerTypes }, SEARCH_DEFAULTS);
    const [first, second] = hits;
    // The two match the same words equally: only the tie-break tells them apart.
    expect(first?.score).toBeCloseTo(second?.score ?? 0, 6);
    expect(index.sentences[first?.gid ?? -1]?.sentence.text).toContain('largest reservoir');
  });
});
