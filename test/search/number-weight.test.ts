import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// A story written for this test.
const EN_STORY = ['Historians spoke about the acts of the old regime.', 'In 1941 a minister described the killings in the east.'];

describe('a number the question writes', () => {
  it('weighs like a name (numberWeight), a word of the question by its idf alone', () => {
    const index = buildIndex(knowledgeWith({ acts: { lines: EN_STORY, language: 'en' } }));
    const units = parseQuery(index, 'Who spoke about the acts in 1941?', SEARCH_DEFAULTS).units;
    expect(units.find((u) => u.key === 'n:1941')?.scale).toBe(SEARCH_DEFAULTS.numberWeight);
    expect(units.find((u) => u.label === 'acts')?.scale).toBe(1);
    expect(SEARCH_DEFAULTS.numberWeight).toBeGreaterThan(1);
  });
});
