import { describe, expect, it } from 'vitest';
import { namedInCompound } from '../../src/engine.js';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test, in Arabic as the seed is. The first sentence is
// Trump's statement about the call; in the second, Peskov says how long the call between the two
// lasted. "The Trump-Putin call" names the two only to say which call: it asks about the call, not for
// Trump's words, which would win by the speaker's bonus.
const AR_STORY = [
  'قال الرئيس الأمريكي دونالد ترامب إن المكالمة مع فلاديمير بوتين كانت جيدة.',
  'وقال المتحدث ديمتري بيسكوف إن المكالمة بين بوتين وترامب استمرت ساعة.',
  'وصل الوفد الروسي إلى الرياض يوم الثلاثاء.',
];
const ask = firstLabelOf(knowledgeWith({ 'ar-call': { lines: AR_STORY, language: 'ar' } }));
const QUESTION = 'Was the Trump-Putin call longer than an hour?';

describe('a person named only in a hyphened compound', () => {
  it('is not taken as the speaker asked for', () => expect(ask(QUESTION, 'ar-call')).toBe('2'));
  it('is without the rule', () => expect(ask(QUESTION, 'ar-call', { compoundNames: 0 })).toBe('1'));
  it('is read off the question text', () => {
    expect(namedInCompound(QUESTION, 'Trump')).toBe(true);
    expect(namedInCompound(QUESTION, 'Putin')).toBe(true);
    expect(namedInCompound('Did Trump call Putin?', 'Trump')).toBe(false);
    // Named on his own as well: asked for his words.
    expect(namedInCompound('After the Trump-Putin call, what did Trump say?', 'Trump')).toBe(false);
    expect(namedInCompound('After the Trump-Putin call, what did Trump say?', 'Putin')).toBe(true);
  });
});
