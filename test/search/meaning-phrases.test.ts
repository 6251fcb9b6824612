import { describe, expect, it } from 'vitest';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test. No sentence names Washington or writes أمريكا; the
// second names the United States in two words (الولايات المتحدة), the dictionary's translation of
// *America*, the country knowledge/capitals.en.tsv gives for Washington. The first and third hold the
// question's other words alike.
const AR_STORY = [
  'بدأت المحادثات بين الوفدين في جنيف يوم الاثنين.',
  'بدأت المحادثات بين الولايات المتحدة والوفد الأوروبي في جنيف.',
  'انتهت المحادثات بين الوفدين في جنيف مساء الثلاثاء.',
];
const ask = firstLabelOf(knowledgeWith({ 'ar-us': { lines: AR_STORY, language: 'ar' } }));
const QUESTION = 'Did the talks with Washington begin in Geneva?';

describe('what a capital means, translated in several words', () => {
  it('Washington → America → الولايات المتحدة', () => expect(ask(QUESTION, 'ar-us')).toBe('2'));
  it('not with single-word translations only', () => expect(ask(QUESTION, 'ar-us', { meaningPhrases: 0 })).not.toBe('2'));
});
