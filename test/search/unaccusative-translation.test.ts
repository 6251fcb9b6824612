import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test. The dictionary gives *later* as the adverb لاحقًا
// (keyed لاحقا), which the third sentence writes so; the first writes it after a preposition, في وقت
// لاحق, without the accusative's alef. The first two name the minister and the conference alike, and
// the second sits beside the third, so only *later* can choose the first.
const AR_STORY = ['تحدث الوزير في المؤتمر في وقت لاحق عن الضرائب.', 'تحدث الوزير في المؤتمر صباح الاثنين عن الميزانية.', 'سيعلن البنك المركزي النتائج لاحقًا.'];

const engine = createEngine({ knowledge: knowledgeWith({ 'ar-later': { lines: AR_STORY, language: 'ar' } }) });
const top = (q: string) => {
  const r = engine.ask(q, undefined, { story: 'ar-later' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe("an English word's translation in the accusative, written by the story without it", () => {
  it('later → لاحقًا → في وقت لاحق', () => expect(top('What did the minister say later at the conference?')).toBe('1'));
});
