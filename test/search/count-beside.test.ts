import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// Both sentences hold "counties" and a number; only the second gives the count of counties. Without the
// count rule they tie and the first, earlier, sentence wins.
const STORY = ['In 1889, after a long debate among the settlers of the territory, the counties were drawn again.', 'There are 56 counties today.'];
const engine = createEngine({ knowledge: knowledgeWith({ 'en-counties': { lines: STORY, language: 'en' } }) });

describe('a count question', () => {
  it('prefers the sentence with a number beside the word counted', () => {
    const r = engine.ask('How many counties are there?', undefined, { story: 'en-counties' });
    expect(r.answers[0]?.ref).toBe('2');
  });

  it('is answered the same way in Arabic about an Arabic story', () => {
    const ar = createEngine({
      knowledge: knowledgeWith({
        'ar-regions': { lines: ['في عام 1948 وبعد نقاش طويل بين سكان كل منطقة أعيد رسم الحدود.', 'وتوجد اليوم 12 منطقة.'], language: 'ar' },
      }),
    });
    const r = ar.ask('كم منطقة؟', undefined, { story: 'ar-regions' });
    expect(r.answers[0]?.ref).toBe('2');
  });

  it('counts a broken plural of the word counted as the word (منطقة ~ أربع مناطق, one light root)', () => {
    // The first sentence writes the singular far from its number, then the number beside the plural; the
    // second writes a year beside the singular. Without the root the year alone counts as beside it.
    const ar = createEngine({
      knowledge: knowledgeWith({
        'ar-plural': {
          lines: ['تضم المنطقة السهول والجبال والأنهار والبحيرات الكثيرة وتقسم إلى أربع مناطق.', 'منذ 1948 يعيش السكان في المنطقة.'],
          language: 'ar',
        },
      }),
    });
    const r = ar.ask('كم منطقة؟', undefined, { story: 'ar-plural' });
    expect(r.answers[0]?.ref).toBe('1');
  });
});
