import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test. The question agrees its verb with a masculine subject
// (يقع المغرب, "Morocco lies"); the story with a feminine one (تقع المملكة المغربية). Both sentences name
// Morocco and a place, so only the verb can choose the second. Another story writes يقع, as a story
// about a museum would: the question's verb is then a known word, not one read from its base forms.
const AR_STORY = ['يحكم المغرب ملك من عاصمته الرباط قرب المحيط الأطلسي.', 'تقع المملكة المغربية في شمال أفريقيا.'];
const OTHER = ['يقع المتحف في وسط المدينة القديمة.'];

const knowledge = knowledgeWith({ 'ar-morocco': { lines: AR_STORY, language: 'ar' }, 'ar-museum': { lines: OTHER, language: 'ar' } });
const engine = createEngine({ knowledge });
const without = createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, otherPerson: 0 } });
const top = (e: typeof engine, q: string) => {
  const r = e.ask(q, undefined, { story: 'ar-morocco' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe("a present verb also finds the other person's prefix", () => {
  it('يقع → تقع', () => {
    expect(top(engine, 'أين يقع المغرب؟')).toBe('2');
    expect(top(without, 'أين يقع المغرب؟')).not.toBe('2');
  });
});
