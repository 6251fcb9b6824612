import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS, type SearchOptions } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// An English story written for this test; the questions are Arabic. لفرقة ("for the band") keeps its ل
// in light stemming, and the dictionary lacks it so; its variant فرقة is "band", whose consonants
// spell *Africa*.
const EN_STORY = ['The band toured Africa in 1999.', 'The band released its second album, Open Roads, in 2001.', 'Africa Hall hosted the band in 2003.'];

describe("an Arabic word the dictionary lacks as written is its clitic-free variant's ordinary word, where the story writes that", () => {
  const index = buildIndex(knowledgeWith({ band: { lines: EN_STORY, language: 'en' } }));
  const unitOf = (q: string, label: string, o: SearchOptions = SEARCH_DEFAULTS, story: string | undefined = 'band') =>
    parseQuery(index, q, o, story).units.find((u) => u.label === label);

  it('reads لفرقة as "for the band", not as the name it spells', () => {
    const unit = unitOf('ما هو الألبوم الثاني لفرقة؟', 'لفرقة');
    expect(unit?.kind).toBe('term');
    expect(unit?.alts.some((a) => a.key === 'en:band')).toBe(true);
  });

  it('without the rule, the spelling made it a name', () => {
    expect(unitOf('ما هو الألبوم الثاني لفرقة؟', 'لفرقة', { ...SEARCH_DEFAULTS, ordinaryHereVariant: 0 })?.kind).not.toBe('term');
  });
});
