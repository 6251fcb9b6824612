import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { baseWeight, maxIdfAmong } from '../../src/search/weights.js';
import { knowledgeWith } from '../support/stories.js';

// An Arabic story written for this test. The question below asks with اشتغل ("worked"), which the story
// does not write: it says عمل.
const AR_STORY = [
  'ولد سمير في مدينة حلب عام 1950.',
  'انتقلت العائلة إلى دمشق بعد ذلك بسنوات.',
  'درس الطب في جامعة دمشق وتخرج منها.',
  'عمل الخطيب طبيبا في مستشفى المواساة حتى تقاعده.',
  'كتب مقالات كثيرة عن الصحة العامة.',
  'تزوج سمير وأنجب ثلاثة أبناء.',
  'سافر إلى لندن مرات عدة.',
  'توفي في دمشق عام 2010.',
];

describe('an Arabic word of ordinary use that the story lacks', () => {
  const knowledge = knowledgeWith({ doctor: { lines: AR_STORY, language: 'ar' } });
  const index = buildIndex(knowledge);

  it('is marked ordinary by its dictionary sense; a name the dictionary lacks is not', () => {
    const units = parseQuery(index, 'أين اشتغل الخطيب وكوزموفيتش؟', SEARCH_DEFAULTS).units;
    const byLabel = (label: string) => units.find((u) => u.label === label);
    expect(byLabel('اشتغل')?.ordinary).toBe(true);
    expect(byLabel('وكوزموفيتش')?.ordinary).toBeUndefined();
  });

  it('weighs ordinaryUnknown of the largest idf there, not the full weight of an unknown name', () => {
    const max = maxIdfAmong(50);
    expect(baseWeight(undefined, max, { ordinary: true }, SEARCH_DEFAULTS)).toBeCloseTo(max * SEARCH_DEFAULTS.ordinaryUnknown);
    expect(baseWeight(undefined, max, {}, SEARCH_DEFAULTS)).toBe(max);
    // Where the story holds it, its weight is its idf.
    expect(baseWeight(2, max, { ordinary: true }, SEARCH_DEFAULTS)).toBe(2);
  });

  it('answers the paraphrase rather than refusing it', () => {
    // Coverage of ¶4: الخطيب's weight over it and اشتغل's, 0.51 here; 0.44 with اشتغل weighed as an unknown name.
    const engine = createEngine({ knowledge });
    const r = engine.ask('أين اشتغل الخطيب؟', undefined, { story: 'doctor' });
    expect(r.abstained ? 'refused' : r.answers[0]?.ref).toBe('4');
  });
});
