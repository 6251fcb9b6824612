import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// An English story written for this test; the questions are Arabic.
const EN_STORY = ['France challenged the rules of the union in 1990.', 'Germany borders France to the east.', 'Paris is the capital of France.'];

describe('a short Arabic present tense the dictionary has as written', () => {
  const index = buildIndex(knowledgeWith({ borders: { lines: EN_STORY, language: 'en' } }));

  it('is also read from its base form, for less than its own senses', () => {
    // تحد is "challenge" as written, and ت + حد, "borders", as a present tense.
    const unit = parseQuery(index, 'أي دولة تحد فرنسا؟', SEARCH_DEFAULTS).units.find((u) => u.label === 'تحد');
    expect(unit?.alts.find((a) => a.key === 'en:challeng')?.q).toBeCloseTo(SEARCH_DEFAULTS.translation);
    expect(unit?.alts.find((a) => a.key === 'en:border')?.q).toBeCloseTo(SEARCH_DEFAULTS.translation * SEARCH_DEFAULTS.fallbackForm);
  });

  it('not a longer word opening on ت', () => {
    // تحديات ("challenges") is no present tense, though light stemming leaves it the key of تحد.
    const unit = parseQuery(index, 'ما تحديات فرنسا؟', SEARCH_DEFAULTS).units.find((u) => u.label === 'تحديات');
    expect(unit?.alts.some((a) => a.key === 'en:border')).toBe(false);
  });
});
