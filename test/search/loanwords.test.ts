import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { rank } from '../../src/search/rank.js';
import { knowledgeWith } from '../support/stories.js';

// An English story written for this test; the questions are Arabic.
const EN_STORY = [
  'Bacteria share genes through small rings of DNA.',
  'Resistance genes can be exchanged between strains via plasmids that carry them.',
  'Doctors watch the strains closely.',
];

describe('an Arabic loanword the dictionary lacks', () => {
  const index = buildIndex(knowledgeWith({ genes: { lines: EN_STORY, language: 'en' } }));

  it('spells a lower-case term of an English story, its plural in ات the English plural in s', () => {
    const units = parseQuery(index, 'ما الذي تتبادله السلالات عبر البلازميدات؟', SEARCH_DEFAULTS).units;
    const unit = units.find((u) => u.label === 'البلازميدات');
    expect(unit?.alts.some((a) => a.key === 'en:plasmid')).toBe(true);
    const { hits } = rank(index, { units, answerTypes: [] }, SEARCH_DEFAULTS);
    expect(index.sentences[hits[0]?.gid ?? -1]?.sentence.text).toContain('plasmids');
  });

  it('spells in the singular too', () => {
    const units = parseQuery(index, 'ماذا يحمل البلازميد؟', SEARCH_DEFAULTS).units;
    expect(units.find((u) => u.label === 'البلازميد')?.alts.some((a) => a.key === 'en:plasmid')).toBe(true);
  });
});
