import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test, that names diseases only in Arabic: an English question
// asks by the acronym (TB, HIV), which FreeDict does not list (it has "tuberculosis"). The core
// vocabulary (knowledge/dictionary/supplement.tsv) bridges the acronym to the Arabic name.
const AR_STORY = [
  'السل مرض معد تسببه بكتيريا تهاجم الرئة عادة.',
  'ويصيب المرض ملايين الناس كل عام في البلدان الفقيرة.',
  'ويعتمد تشخيص السل على صور الأشعة وفحص البلغم.',
  'أما فيروس نقص المناعة البشرية فينتقل عن طريق الدم.',
];

const engine = createEngine({ knowledge: knowledgeWith({ 'ar-health': { lines: AR_STORY, language: 'ar' } }) });
const top = (q: string) => {
  const r = engine.ask(q, undefined, { story: 'ar-health' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('English acronyms of diseases on an Arabic story', () => {
  it('reach the Arabic name of the disease', () => {
    expect(top('How is TB diagnosed?')).toBe('3');
    expect(top('What causes TB?')).toBe('1');
    expect(top('How is HIV transmitted?')).toBe('4');
  });
});
