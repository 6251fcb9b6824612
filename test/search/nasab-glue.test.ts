import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test. An English question names an Arab by his father
// (Husayn ibn Ali); the story names him so once (الحسين ابن علي) and often by his name alone. Taken as
// a word of its own, "ibn" matched every sentence naming someone by his father, and outweighed the
// question's own word (battle) in the sentence that answers.
const AR_STORY = [
  'عاشوراء هو اليوم العاشر من شهر محرم، وفيه قتل الحسين في معركة كربلاء.',
  'ففي هذا اليوم حصل مقتل الحسين ابن علي وأهل بيته.',
  'وخاض المسلمون معارك كثيرة.',
  'وكانت معركة بدر أول معارك المسلمين.',
];

const engine = createEngine({ knowledge: knowledgeWith({ 'ar-ashura': { lines: AR_STORY, language: 'ar' } }) });
const top = (q: string) => {
  const r = engine.ask(q, undefined, { story: 'ar-ashura' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('ibn between two names in an English question', () => {
  it('joins the names: it is no word to look for', () => {
    expect(top('In which battle was Husayn ibn Ali killed?')).toBe('1');
  });
});
