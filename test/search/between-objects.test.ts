import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test, in Arabic as the seed is. The first sentence is
// Trump's statement about the call; in the second, Peskov says how long the call between the two lasted.
// "The call between Trump and Putin" names Trump as what the call joined, not as who speaks
// (knowledge/dialogue.json, objectPrepositions: *between*, بين), so his statement gets no speaker's bonus.
const AR_STORY = [
  'قال الرئيس الأمريكي دونالد ترامب إن المكالمة مع فلاديمير بوتين كانت جيدة.',
  'وقال المتحدث ديمتري بيسكوف إن المكالمة بين بوتين وترامب استمرت ساعة.',
  'وصل الوفد الروسي إلى الرياض يوم الثلاثاء.',
];
const knowledge = knowledgeWith({ 'ar-between': { lines: AR_STORY, language: 'ar' } });
const withoutBetween = {
  ...knowledge,
  dialogue: {
    ...knowledge.dialogue,
    objectPrepositions: {
      en: knowledge.dialogue.objectPrepositions.en.filter((w) => w !== 'between'),
      ar: knowledge.dialogue.objectPrepositions.ar.filter((w) => w !== 'بين'),
    },
  },
};
const QUESTION = 'Was the call between Trump and Putin longer than an hour?';
const top = (k: typeof knowledge) => createEngine({ knowledge: k }).ask(QUESTION, undefined, { story: 'ar-between' }).answers[0]?.ref;

describe('a person after *between*', () => {
  it('is spoken of, not the speaker asked for', () => expect(top(knowledge)).toBe('2'));
  it('is the speaker without it', () => expect(top(withoutBetween)).toBe('1'));
});
