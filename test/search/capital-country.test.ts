import { describe, expect, it } from 'vitest';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test. No sentence names Washington; the second names the
// American side, the first and third only the talks and their place. "Washington's position" asks for
// the American government's: the capital stands for its country where the stories never name it.
const AR_STORY = [
  'بدأت المحادثات في جنيف يوم الاثنين بحضور الوفود.',
  'قالت الإدارة الأمريكية إن المحادثات في جنيف مهمة للسلام.',
  'انتهت المحادثات في جنيف مساء الثلاثاء دون اتفاق.',
];
const ask = firstLabelOf(knowledgeWith({ 'ar-talks': { lines: AR_STORY, language: 'ar' } }));
const QUESTION = "What is Washington's view of the Geneva talks?";

describe('a capital no story names', () => {
  it('stands for its country (Washington → الأمريكية)', () => expect(ask(QUESTION, 'ar-talks')).toBe('2'));
  it('not without the rule', () => expect(ask(QUESTION, 'ar-talks', { capitalCountry: 0 })).not.toBe('2'));
});

// Here no sentence writes بريطاني, *British*'s translation; the second names the United Kingdom, the
// country the list gives for the adjective (Britain, UK → المملكة المتحدة).
const UK_STORY = [
  'بدأت المحادثات في جنيف يوم الاثنين بحضور الوفود.',
  'قالت حكومة المملكة المتحدة إن المحادثات في جنيف مهمة.',
  'انتهت المحادثات في جنيف مساء الثلاثاء.',
];
const askUk = firstLabelOf(knowledgeWith({ 'ar-uk': { lines: UK_STORY, language: 'ar' } }));

describe('an adjective of a people no story writes', () => {
  it('stands for its country (British → المملكة المتحدة)', () => expect(askUk('What is the British view of the Geneva talks?', 'ar-uk')).toBe('2'));
  it('not without the rule', () => expect(askUk('What is the British view of the Geneva talks?', 'ar-uk', { capitalCountry: 0 })).not.toBe('2'));
});

// Another story of the archive names Washington: asked of the Arabic story, which does not, the capital
// still stands for its country there.
const twoStories = firstLabelOf(
  knowledgeWith({
    'ar-talks': { lines: AR_STORY, language: 'ar' },
    'en-dc': { lines: ['Snow closed the schools of Washington on Monday.', 'The city reopened them on Wednesday.'], language: 'en' },
  }),
);

describe('a capital another story names', () => {
  it('still stands for its country in the story asked, which does not', () => expect(twoStories(QUESTION, 'ar-talks')).toBe('2'));
});
