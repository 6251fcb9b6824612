import { describe, expect, it } from 'vitest';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test. Both sentences name Russia and Ukraine; the first is
// dated by its year (عام 2014), the third by how long ago it happened (منذ ثلاث سنوات). "When did Russia
// invade Ukraine?" is answered by the third: a number of years back is a time as a year is
// (knowledge/answer-types.jsonl, the time type's cue words سنوات, أعوام, *years*, *ago*).
const AR_STORY = ['ضمت روسيا القرم من أوكرانيا عام 2014.', 'وصل الوفد إلى جنيف.', 'غزت روسيا أوكرانيا منذ ثلاث سنوات.'];
const ask = firstLabelOf(knowledgeWith({ 'ar-years': { lines: AR_STORY, language: 'ar' } }));

describe('years back as a time', () => {
  it('"three years ago" answers "when"', () => expect(ask('When did Russia invade Ukraine?', 'ar-years')).toBe('3'));
});
