import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// A question naming a place its story never writes, in any form, is about somewhere else: "How many
// people died in the floods in Poland?" matches a story of floods in Kenya word for word but the place.
const knowledge = knowledgeWith({
  'en-floods': {
    lines: [
      'Heavy floods struck Kenya in April after weeks of rain.',
      'More than two hundred people died in the floods, officials said.',
      'The rain destroyed thousands of homes near the river.',
      'The minister said talks with the United States on aid went well.',
    ],
    language: 'en',
  },
  'ar-floods': {
    lines: ['ضربت فيضانات شديدة رواندا في أبريل بعد أسابيع من الأمطار.', 'وقال المسؤولون إن أكثر من مئتي شخص لقوا حتفهم في الفيضانات.'],
    language: 'ar',
  },
  // The title names the place; the sentences say "the country".
  'ar-titled': {
    title: 'فيضانات في رواندا',
    lines: ['قتلت الفيضانات 300 شخص في البلاد الأسبوع الماضي.', 'ووصلت فرق الإنقاذ إلى القرى يوم الاثنين.'],
    language: 'ar',
  },
  'en-japan': { lines: ['An earthquake struck Japan in March.'], language: 'en' },
  'en-wyoming': { lines: ['More than two hundred people died in the floods in Wyoming.'], language: 'en' },
  // Another story names Poland and Washington: a question naming them is not about a name no story knows,
  // which the coverage bar judges on its own.
  'en-capital': { lines: ['The delegation flew from Poland to Washington on Monday.'], language: 'en' },
});
const engine = createEngine({ knowledge });
const ask = firstLabelOf(knowledge);

describe('a place the story never writes', () => {
  it('refuses a question about another place than the story tells of, in either language and across them', () => {
    expect(ask('How many people died in the floods in Poland?', 'en-floods')).toBe('refused');
    expect(ask('كم شخصا مات في الفيضانات في بولندا؟', 'en-floods')).toBe('refused');
    expect(ask('كم شخصا لقوا حتفهم في الفيضانات في بولندا؟', 'ar-floods')).toBe('refused');
  });

  it('answers it without the check', () => {
    expect(ask('How many people died in the floods in Poland?', 'en-floods', { placeCheck: 0 })).toBe('2');
    expect(ask('كم شخصا مات في الفيضانات في بولندا؟', 'en-floods', { placeCheck: 0 })).toBe('2');
  });

  it('answers a place the story writes, in its own language or the other', () => {
    expect(ask('How many people died in the floods in Kenya?', 'en-floods')).toBe('2');
    expect(ask('كم شخصا مات في الفيضانات في كينيا؟', 'en-floods')).toBe('2');
    expect(ask('When did the floods strike Rwanda?', 'ar-floods')).toBe('1');
  });

  it('knows a place the dictionary lacks in that spelling by its consonants and letters', () => {
    // وايومنغ, where the dictionary writes وايومينج: Wyoming all the same.
    expect(ask('كم شخصا مات في الفيضانات في وايومنغ؟', 'en-floods')).toBe('refused');
    expect(ask('كم شخصا مات في الفيضانات في وايومنغ؟', 'en-floods', { placeCheck: 0 })).toBe('2');
    expect(ask('كم شخصا مات في الفيضانات في وايومنغ؟', 'en-wyoming')).toBe('1');
  });

  it('knows a country whose name is also a word by the people the dictionary names beside it', () => {
    // اليابان: *japan* (also lacquer) and *Japanese*.
    expect(ask('كم شخصا مات في الفيضانات في اليابان؟', 'en-floods')).toBe('refused');
    expect(ask('كم شخصا مات في الفيضانات في اليابان؟', 'en-floods', { placeCheck: 0 })).toBe('2');
    expect(ask('متى ضرب الزلزال اليابان؟', 'en-japan')).toBe('1');
  });

  it('knows a country whose first two senses are the place and its people, whatever follows', () => {
    // مصر: *Egypt*, *Egyptian*, then *insistent*; the story writes none of them.
    expect(ask('كم شخصا مات في الفيضانات في مصر؟', 'en-floods')).toBe('refused');
    expect(ask('كم شخصا مات في الفيضانات في مصر؟', 'en-floods', { placeCheck: 0 })).toBe('2');
  });

  it('leaves a capital alone: it may stand for its government', () => {
    expect(ask('What did the minister say about the talks with Washington?', 'en-floods')).toBe('4');
  });

  it('answers a place the story names in its title only', () => {
    expect(ask('كم شخصا قتلت الفيضانات في رواندا؟', 'ar-titled')).toBe('1');
    expect(ask('كم شخصا قتلت الفيضانات في كينيا؟', 'ar-titled')).toBe('refused');
  });

  it('names the place in the refusal', () => {
    const r = engine.ask('How many people died in the floods in Poland?', undefined, { story: 'en-floods' });
    expect(r.abstained).toBe(true);
    expect(r.unknown).toContain('Poland');
  });
});
