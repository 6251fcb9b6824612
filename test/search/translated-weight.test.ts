import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { baseWeight, maxIdfAmong } from '../../src/search/weights.js';
import { knowledgeWith } from '../support/stories.js';

// An English story written for this test; the questions are Arabic.
const EN_STORY = [
  'The university awarded the prize to Irvin Abell in 1920.',
  'Abell later taught surgery at the university.',
  'The prize is given every year.',
];

describe('an Arabic word met only through its translations', () => {
  const index = buildIndex(knowledgeWith({ prize: { lines: EN_STORY, language: 'en' } }));

  it('is a paraphrase when its first sense is a common English word, and a number is not', () => {
    const units = parseQuery(index, 'ما الجائزة التي حصل عليها أبيل عام 1920؟', SEARCH_DEFAULTS).units;
    const byLabel = (label: string) => units.find((u) => u.label === label);
    expect(byLabel('الجائزة')?.translatedCommon).toBe(true);
    expect(byLabel('1920')?.translatedCommon).toBeUndefined();
  });

  it('weighs at most translatedCommon of the largest idf where the story holds it', () => {
    const max = maxIdfAmong(50);
    expect(baseWeight(max, max, { translatedCommon: true }, SEARCH_DEFAULTS)).toBeCloseTo(max * SEARCH_DEFAULTS.translatedCommon);
    expect(baseWeight(1, max, { translatedCommon: true }, SEARCH_DEFAULTS)).toBe(1);
    expect(baseWeight(max, max, {}, SEARCH_DEFAULTS)).toBe(max);
  });

  it('caps a name an Arabic word reaches only through its translation, as it caps the word', () => {
    // الولاية is "state" first, and "prefecture" too, which the story capitalises in a name.
    const story = [
      'The Garze Tibetan Autonomous Prefecture lies to the west of the city.',
      'Officials of the Prefecture met on Monday.',
      'The city has a new hospital.',
    ];
    const named = buildIndex(knowledgeWith({ garze: { lines: story, language: 'en' } }));
    const units = parseQuery(named, 'ما الولاية التي تقع غرب المدينة؟', SEARCH_DEFAULTS).units;
    const unit = units.find((u) => u.label === 'الولاية');
    expect(unit?.key.startsWith('c:')).toBe(true);
    expect(unit?.translatedCommon).toBe(true);
    // An English question's own words are not translations.
    expect(parseQuery(named, 'Where is the Prefecture?', SEARCH_DEFAULTS).units.some((u) => u.translatedCommon)).toBe(false);
  });
});
