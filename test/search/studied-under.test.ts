import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test: an Arabic biography says whom its subject studied
// under (تتلمذ على يد), as such biographies do, not who "his teacher" was. The core vocabulary bridges
// *teacher* / *tutor* to تتلمذ; FreeDict gives only معلم and مدرس.
const AR_STORY = [
  'ولد الفارابي في مدينة فاراب سنة 874.',
  'وتتلمذ الفارابي على يد الفيلسوف أبي بشر متى في بغداد.',
  'ألف الفارابي كتبا كثيرة في المنطق والموسيقى.',
];

const engine = createEngine({ knowledge: knowledgeWith({ 'ar-farabi': { lines: AR_STORY, language: 'ar' } }) });
const top = (q: string) => {
  const r = engine.ask(q, undefined, { story: 'ar-farabi' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('a teacher asked of an Arabic biography', () => {
  it('is whom the subject studied under (تتلمذ)', () => {
    expect(top("Who was al-Farabi's teacher?")).toBe('2');
  });
});
