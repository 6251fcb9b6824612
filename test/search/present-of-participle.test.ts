import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test. The question asks with a participle (المستخدمة,
// "used"); the story tells it with the verb's present (يستخدم, "uses"). Both sentences name the
// language, so only the verb can choose the second.
const AR_STORY = ['اللغة الرسمية في البلاد هي العربية منذ قرون.', 'يستخدم أغلب السكان اللغة الفرنسية في التجارة.'];

const knowledge = knowledgeWith({ 'ar-lang': { lines: AR_STORY, language: 'ar' } });
const engine = createEngine({ knowledge });
const without = createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, presentOfParticiple: 0 } });
const top = (e: typeof engine, q: string) => {
  const r = e.ask(q, undefined, { story: 'ar-lang' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe("a participle finds its verb's present", () => {
  it('المستخدمة → يستخدم', () => {
    expect(top(engine, 'ما اللغة المستخدمة؟')).toBe('2');
    expect(top(without, 'ما اللغة المستخدمة؟')).not.toBe('2');
  });
});
