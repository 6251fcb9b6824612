import { describe, expect, it } from 'vitest';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// Where someone was born, asked of a story that never speaks of a birth (no "born", ولد, مواليد, nor a
// life's span in brackets): the name matches a sentence about them, which gives no birthplace.
const knowledge = knowledgeWith({
  'en-lawyer': {
    lines: [
      'Rafael Lemberg coined the word for the crime in a book on occupied Europe.',
      'Rafael Lemberg worked with the United Nations on the new convention.',
      'The convention was adopted by the General Assembly after long talks.',
    ],
    language: 'en',
  },
  'en-singer': {
    lines: [
      'Maria Lopez was born in Barranquilla, a port on the Caribbean coast.',
      'Maria Lopez moved to the capital at thirteen.',
      'Maria Lopez released her first album a year later.',
    ],
    language: 'en',
  },
  'ar-inventor': {
    lines: ['سجل توماس إدوارد أكثر من ألف براءة اختراع.', 'لقبه الصحفيون بساحر المختبر.', 'أسس توماس إدوارد شركة كبيرة للكهرباء.'],
    language: 'ar',
  },
});
const ask = firstLabelOf(knowledge);

describe('a birthplace the story never speaks of', () => {
  it('is refused, in either language and across them', () => {
    expect(ask('Where was Rafael Lemberg born?', 'en-lawyer')).toBe('refused');
    expect(ask('أين ولد رافائيل ليمبرغ؟', 'en-lawyer')).toBe('refused');
    expect(ask('في أي مدينة ولد توماس إدوارد؟', 'ar-inventor')).toBe('refused');
  });
  it('was answered without the facet checks (the name matches a sentence about them)', () => {
    const off = { facetCheck: 0, facetNear: 0 };
    expect(ask('Where was Rafael Lemberg born?', 'en-lawyer', off)).not.toBe('refused');
    expect(ask('في أي مدينة ولد توماس إدوارد؟', 'ar-inventor', off)).not.toBe('refused');
  });
  it('is answered by a story that says where', () => {
    expect(ask('Where was Maria Lopez born?', 'en-singer')).toBe('1');
    expect(ask('In which city was Maria Lopez born?', 'en-singer')).toBe('1');
  });
  it('asks nothing of a question that is not about where', () => {
    expect(ask('What did Rafael Lemberg coin?', 'en-lawyer')).toBe('1');
  });
});
