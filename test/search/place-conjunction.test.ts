import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test. وجدت ("was found") opens on و, which the analyser
// reads as "and": what is left (جدت) has one dictionary sense, *Eureka*, a place name, so the place
// check took the question for one about a town the story never names and refused it. The reading that
// keeps the و (وجد, "found") is a word of general use: the word is no place.
const knowledge = knowledgeWith({
  'ar-club': {
    lines: [
      'نادي الميناء نادٍ رياضي تأسس في مدينة الساحل عام 1957.',
      'ويحتل نادي الميناء المرتبة التاسعة في قائمة أفضل مئة نادٍ في القارة.',
      'ويلعب النادي مبارياته في ملعب المدينة الكبير.',
    ],
    language: 'ar',
  },
});
const ask = (question: string) => createEngine({ knowledge }).ask(question, undefined, { story: 'ar-club' });

describe('a verb opening on و', () => {
  it('is not read as a place the story lacks', () => {
    const r = ask('على اي قائمة وجدت النادي؟');
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('قائمة أفضل مئة');
  });

  it('while a place glued to و that the story never names still refuses', () => {
    expect(ask('ما هي مرتبة نادي الميناء في قائمة أفضل مئة نادٍ في الساحل ورواندا؟').abstained).toBe(true);
  });
});
