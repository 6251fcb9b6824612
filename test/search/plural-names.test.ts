import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test: an Arabic story gives a loanword's Latin spelling once
// (بيتكوين, Bitcoin) and writes it in Arabic letters after. An English question asks in the plural
// (bitcoins): its skeleton's extra s matches no Arabic word exactly, so the singular's spelling is tried
// before any spelling one consonant away (which counts too little to stand for the name).
const AR_STORY = [
  'بيتكوين (بالإنجليزية: Bitcoin) عملة رقمية ظهرت عام 2009.',
  'ويحتفظ المستخدمون بالعملات في محافظ رقمية على حواسيبهم.',
  'يتم إنشاء البيتكوين كمكافأة لعملية تعرف باسم التعدين.',
];

const engine = createEngine({ knowledge: knowledgeWith({ 'ar-coin': { lines: AR_STORY, language: 'ar' } }) });
const top = (q: string) => {
  const r = engine.ask(q, undefined, { story: 'ar-coin' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('an English plural of a name an Arabic story spells in the singular', () => {
  it('finds the Arabic spelling through the singular', () => {
    expect(top('How are new bitcoins created?')).toBe('3');
    expect(top('How is a new bitcoin created?')).toBe('3');
  });
});
