import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// Arabic questions whose answer's sentence supplies what is asked without the question's word: each
// case names the mechanism that carries it.
const LIFE = [
  'نجيب الريحاني (21 يناير 1889 – 8 يونيو 1949) ممثل مصري.',
  'اشتهر الريحاني بأدوار الكوميديا على المسرح.',
  'توفي الريحاني في القاهرة في يونيو 1949 بعد مرض قصير.',
];
// A living person's span: a date and a dash closing the bracket.
const LIVING = ['سامي الراوي (12 مارس 1980 -) مغن وملحن عراقي.', 'اشتهر الراوي بأغاني الحب والحنين إلى الوطن.'];
const knowledge = knowledgeWith({ 'ar-life': { lines: LIFE, language: 'ar' }, 'ar-living': { lines: LIVING, language: 'ar' } });
const engine = createEngine({ knowledge });
const top = (q: string, story: string) => {
  const r = engine.ask(q, undefined, { story });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('Arabic answers the sentence implies', () => {
  it("a life's span in brackets after a name answers when someone was born, below a sentence that says it", () => {
    expect(top('متى ولد الريحاني؟', 'ar-life')).toBe('1');
    // The span stands for توفي at root quality only: the dated sentence that writes توفي still comes first.
    expect(top('متى توفي الريحاني؟', 'ar-life')).toBe('3');
  });
  it('an open span, a date and a dash closing the bracket, answers when a living person was born', () => {
    expect(top('متى ولد؟', 'ar-living')).toBe('1');
    expect(top('متى ولد الراوي؟', 'ar-living')).toBe('1');
  });
});
