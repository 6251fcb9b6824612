import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { rank } from '../../src/search/rank.js';
import { knowledgeWith } from '../support/stories.js';

// An English story written for this test: a province and a company whose names share the consonant
// skeleton an Arabic word for the province writes (سيتشوان, "sn": *Sichuan*, *Sony*, *Sino*).
const QUAKE_STORY = [
  'In 2008 Sony opened a new factory near Tokyo.',
  'The earthquake that struck Sichuan that year destroyed thousands of schools.',
  'Sino-Japanese trade grew again after 2008.',
];

describe('of the Latin names a short Arabic skeleton spells', () => {
  const index = buildIndex(knowledgeWith({ quake: { lines: QUAKE_STORY, language: 'en' } }));
  const question = 'ماذا حدث في سيتشوان عام 2008؟';

  it('the word meets only the one whose letters it writes, vowels included', () => {
    const unit = parseQuery(index, question, SEARCH_DEFAULTS).units.find((u) => u.label === 'سيتشوان');
    expect(unit?.key).toContain('sichuan');
    expect(unit?.key).not.toContain('soni');
    // With every name of the skeleton, the word is Sony's as much as Sichuan's.
    const loose = parseQuery(index, question, { ...SEARCH_DEFAULTS, spellingMargin: -1 }).units.find((u) => u.label === 'سيتشوان');
    expect(loose?.key).toContain('soni');
  });

  it('so the sentence naming the province answers, not the one naming the company in the same year', () => {
    const { units, answerTypes } = parseQuery(index, question, SEARCH_DEFAULTS);
    const { hits } = rank(index, { units, answerTypes }, SEARCH_DEFAULTS);
    expect(index.sentences[hits[0]?.gid ?? -1]?.sentence.text).toContain('Sichuan');
  });
});
