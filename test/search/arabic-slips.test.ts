import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// An Arabic question word no story holds that is one slip from exactly one framing word (a stop word or
// a word of an answer type's question) is read as that word: عو (a neighbouring key) → هو, بمازا (ذ said
// as ز) → بماذا, مند (dots) → منذ, بهاذا (an alef added) → بهذا. Unread, the slip weighs as the rarest
// word of the question, and a question the story answers is refused.
describe('Arabic slips of framing words', () => {
  // A story nobody prepared, written for this test.
  const knowledge = knowledgeWith({
    'ar-match': {
      lines: [
        'تقام مباراة كرة السلة بين فريقين في صالة مغلقة أمام الجمهور.',
        'يتكون كل فريق من خمسة لاعبين على أرض الملعب.',
        'الفريق الذي يسجل نقاطاً أكثر يكون هو الفائز في نهاية المباراة.',
        'وتستمر المباراة أربعة أرباع مدة كل منها عشر دقائق.',
      ],
      language: 'ar',
    },
  });
  const index = buildIndex(knowledge);
  const read = (q: string, arabicSlips = 1) => parseQuery(index, q, { ...SEARCH_DEFAULTS, arabicSlips }).text;

  it('reads the slip as the framing word it was meant to be', () => {
    expect(read('من عو الفائز؟')).toBe('من هو الفائز؟');
    expect(read('بمازا تسمى الصالة؟')).toBe('بماذا تسمى الصالة؟');
    expect(read('مند متى تقام المباراة؟')).toBe('منذ متى تقام المباراة؟');
    expect(read('لماذا سميت بهاذا الاسم؟')).toBe('لماذا سميت بهذا الاسم؟');
    expect(read('من عو الفائز؟', 0)).toBe('من عو الفائز؟');
  });

  it('leaves a word the dictionary knows, and a word a letter longer than a framing word, as typed', () => {
    // غدا ("tomorrow") is one dot from عدا; أغير ("I change") a letter longer than غير.
    expect(read('كيف سيكون الطقس غدا؟')).toBe('كيف سيكون الطقس غدا؟');
    expect(read('كيف أغير كلمة السر؟')).toBe('كيف أغير كلمة السر؟');
  });

  it('lets the question with the slip be answered', () => {
    // Without the lexical second opinion (`lexicalAgreement`), which also answers it when the slip is
    // read as an unknown word: the other three words put the same sentence first in BM25.
    const ask = (arabicSlips: number) =>
      createEngine({ knowledge, options: { arabicSlips, lexicalAgreement: 0 } }).ask('كيف نحدد من عو الفريق الفائز؟', undefined, { story: 'ar-match' });
    expect(ask(0).abstained).toBe(true);
    const r = ask(1);
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('يكون هو الفائز');
  });
});
