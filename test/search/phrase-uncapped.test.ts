import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test. *Drones* is a common English word, so reached only
// through the dictionary it would weigh no more than an unknown common word (a paraphrase, perhaps of
// another sense); but what the story holds is its translation of several words in a row (الطائرات بدون
// طيار), no other sense's: it weighs its rarity, and the one sentence about drones is not outranked by
// one that only names the two countries.
const AR_STORY = [
  'قالت أوكرانيا إن روسيا رفضت المحادثات في الربيع.',
  'هاجمت أوكرانيا المواقع بالطائرات بدون طيار.',
  'وصل وزير روسيا إلى العاصمة صباح الأحد.',
  'ارتفعت أسعار القمح في الأسواق.',
  'أعلنت روسيا خطة جديدة للتعليم.',
  'افتتح المعرض الدولي للكتاب أبوابه.',
  'تساقطت الثلوج على المدن الشمالية.',
  'فاز الفريق بالبطولة بعد مباراة صعبة.',
];

const knowledge = knowledgeWith({ 'ar-drones': { lines: AR_STORY, language: 'ar' } });
const engine = createEngine({ knowledge });
const without = createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, phraseUncapped: 0 } });
const top = (e: typeof engine, q: string) => {
  const r = e.ask(q, undefined, { story: 'ar-drones' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('a common English word the story holds as a translation of several words', () => {
  it('weighs its rarity, not the cap of a paraphrase (drones → الطائرات بدون طيار)', () => {
    expect(top(engine, 'Did Ukraine use drones against Russia?')).toBe('2');
    expect(top(without, 'Did Ukraine use drones against Russia?')).toBe('1');
  });
});
