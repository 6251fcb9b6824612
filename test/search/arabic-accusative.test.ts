import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test. Its second sentence writes the indefinite accusative
// (سكانًا, شمالًا, رسميًا), whose alef of tanween light stemming keeps (سكانا, not سك as سكان is keyed); a
// question asks with the word as it stands after an article or in a construct (سكان, الشمال). The last
// sentence writes سكان too, as a larger archive would: a word the stories hold is not corrected as a typo.
const STORY = [
  'تقع مدينة الواحة في وسط البلاد على بعد 300 كيلومتر من العاصمة.',
  'تعد الواحة أكثر مدن الإقليم سكانًا إذ يقطنها نحو 40 ألف نسمة، وتمتد أراضيها من النهر شمالًا إلى الجبال جنوبًا.',
  'وتعرف الواحة رسميًا باسم مدينة النخيل منذ العام الماضي.',
  'ويعمل أغلب سكان الريف في الزراعة.',
  'وانتخب سامي الراوي رئيس بلدية الواحة عام 2010.',
  'واختير الراوي قبلها رئيسًا فخريًا لنادي المدينة.',
  'ويضم نادي المدينة أربعين لاعبًا من أبناء الواحة، ويدرب اللاعبين مدرب من العاصمة.',
];
const knowledge = knowledgeWith({ 'ar-oasis': { lines: STORY, language: 'ar' } });
const index = buildIndex(knowledge);

/** The keys a question word is matched by. */
const alternatives = (question: string, word: string, accusative: number) =>
  parseQuery(index, question, { ...SEARCH_DEFAULTS, accusative })
    .units.find((u) => u.label === word)
    ?.alts.map((a) => a.key) ?? [];

const ask = (q: string, accusative: number) => {
  const r = createEngine({ knowledge, options: { accusative } }).ask(q, undefined, { story: 'ar-oasis' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe("an Arabic word's indefinite accusative, written with the alef of tanween", () => {
  it('سكان and السكان are also matched by سكانًا', () => {
    expect(alternatives('ما عدد سكان الواحة؟', 'سكان', 1)).toContain('ar:سكانا');
    expect(alternatives('كم عدد السكان؟', 'السكان', 1)).toContain('ar:سكانا');
    expect(alternatives('ما عدد سكان الواحة؟', 'سكان', 0)).not.toContain('ar:سكانا');
  });
  it('a word ending in ة has no accusative alef: الرسمية does not meet رسميًا', () => {
    expect(alternatives('ما العملة الرسمية للواحة؟', 'الرسمية', 1)).not.toContain('ar:رسميا');
    expect(alternatives('ما الاسم الرسمي للواحة؟', 'الرسمي', 1)).toContain('ar:رسميا');
  });
  it('a question in the accusative finds the word without its alef (رئيسًا → رئيس), also where the stories hold it as written', () => {
    expect(alternatives('متى صار الراوي رئيسًا للبلدية؟', 'رئيسًا', 1)).toContain('ar:رءيس');
    expect(
      parseQuery(index, 'متى صار الراوي رئيسًا للبلدية؟', { ...SEARCH_DEFAULTS, unaccusativeQuestion: 0 })
        .units.find((u) => u.label === 'رئيسًا')
        ?.alts.map((a) => a.key),
    ).not.toContain('ar:رءيس');
  });
  it('a sound plural asked finds the singular accusative a count of eleven to ninety-nine takes (اللاعبين → لاعبًا)', () => {
    expect(alternatives('كم عدد اللاعبين في النادي؟', 'اللاعبين', 1)).toContain('ar:لاعبا');
    expect(alternatives('كم عدد اللاعبين في النادي؟', 'اللاعبين', 0)).not.toContain('ar:لاعبا');
  });
  it('الشمال finds شمالًا: the sentence is found, not refused', () => {
    expect(ask('ماذا يحد الواحة من الشمال؟', 1)).toBe('2');
    expect(ask('ماذا يحد الواحة من الشمال؟', 0)).not.toBe('2');
  });
});
