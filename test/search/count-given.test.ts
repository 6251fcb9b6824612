import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// "How many" asks for a count. A best answer whose numbers are all dates (a ruler's lead sentence, born
// 1965, in office since 2000), with no count beside it either, cannot give one: the story does not say.
const knowledge = knowledgeWith({
  'ar-ruler': {
    lines: [
      'سامي نور (مواليد 11 سبتمبر 1965) هو رئيس الجمهورية منذ عام 2000 وابن الرئيس السابق.',
      'درس سامي نور الطب في لندن.',
      'ويزرع الفلاحون القطن على ضفة النهر.',
      'ويعمل أكثر السكان في الزراعة والتجارة.',
    ],
    language: 'ar',
  },
  'ar-builder': {
    lines: [
      'رامي حداد (مواليد 1950) مهندس من المدينة.',
      'وبنى رامي حداد سبعة مستشفيات في العاصمة.',
      'وزار رامي حداد المدن الشمالية سنة 2010.',
      'وافتتح فيها ثلاث مدارس.',
      'ويزرع الفلاحون القطن على ضفة النهر.',
    ],
    language: 'ar',
  },
});
const engine = createEngine({ knowledge });
const ask = (q: string, options: Record<string, number> = {}, story = 'ar-ruler') => {
  const e = Object.keys(options).length === 0 ? engine : createEngine({ knowledge, options });
  const r = e.ask(q, undefined, { story });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('a first question asking how many', () => {
  it('is refused when its best answer and the sentences beside it give no count', () => {
    expect(ask('كم عدد أبناء سامي نور؟')).toBe('refused');
  });
  it('was answered without the check, by a sentence of dates', () => {
    expect(ask('كم عدد أبناء سامي نور؟', { countGivenNear: -1 })).toBe('1');
  });
  it('is answered by a sentence that gives one', () => {
    expect(ask('كم مستشفى بنى رامي حداد؟', {}, 'ar-builder')).toBe('2');
  });
  it('is answered when the count is in the sentence beside it', () => {
    // ¶3 names the northern cities and 2010 (a date, no count); ¶4 counts the schools opened there.
    expect(ask('كم مدينة شمالية زار رامي حداد سنة 2010؟', {}, 'ar-builder')).not.toBe('refused');
    expect(ask('كم مدينة شمالية زار رامي حداد سنة 2010؟', { countGivenNear: 0 }, 'ar-builder')).toBe('refused');
  });
});
