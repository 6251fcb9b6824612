import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// An English story written for this test; the questions are Arabic.
const EN_STORY = [
  'Director Maria Holloway opened the new museum wing in 2019.',
  'Holloway thanked the donors and the city council.',
  'The museum became a director-led trust in 2021.',
  'Visitors praised the new wing.',
];

describe('a name an Arabic word reaches only through its translation', () => {
  const index = buildIndex(knowledgeWith({ museum: { lines: EN_STORY, language: 'en' } }));
  const question = 'متى أصبح المتحف تحت إدارة مدير؟';

  it('counts where the story names it only as a mention of its role does, and not through its speaker', () => {
    const unit = parseQuery(index, question, SEARCH_DEFAULTS).units.find((u) => u.label === 'مدير');
    expect(unit?.key.startsWith('c:')).toBe(true);
    const named = unit?.alts.filter((a) => a.key.startsWith('c:')) ?? [];
    expect(named.length).toBeGreaterThan(0);
    for (const a of named) expect(a.q).toBeCloseTo(SEARCH_DEFAULTS.translation * SEARCH_DEFAULTS.role);
    expect(unit?.alts.some((a) => a.key.startsWith('s:'))).toBe(false);
  });
});
