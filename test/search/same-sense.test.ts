import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS, type SearchOptions } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// The story says أصيبوا ("were wounded") and مكالمة ("a phone call"); questions ask with other words.
const STORY = [
  'ويقدر أن مئات الآلاف من الناس قد قتلوا أو أصيبوا في الحرب.',
  'وقال إن المكالمة مع نظيره استمرت ساعة.',
  'وكان الخطاب قصيرا.',
  'وتحدث الرئيس عن السلام.',
];
const index = buildIndex(knowledgeWith({ 'ar-wounded': { lines: STORY, language: 'ar' } }));
const altsOf = (q: string, label: string, o: SearchOptions = SEARCH_DEFAULTS) =>
  (parseQuery(index, q, o).units.find((u) => u.label === label)?.alts ?? []).map((a) => a.key);

describe('an Arabic word the stories lack, through another of the same first senses', () => {
  it('matches the word the story uses for the same thing (الجرحى ~ أصيبوا: "wound, injure" both)', () => {
    expect(altsOf('كم عدد الجرحى؟', 'الجرحى')).toContain('ar:اصيب');
    expect(altsOf('كم عدد الجرحى؟', 'الجرحى', { ...SEARCH_DEFAULTS, sameSense: 0 })).not.toContain('ar:اصيب');
  });
  it('not a word sharing only its first sense (دعا, "call, urge", is not مكالمة, "call")', () => {
    expect(altsOf('إلى أين دعا الرئيس نظيره؟', 'دعا')).not.toContain('ar:مكالم');
  });
  it('not for a word the story holds as written', () => {
    expect(altsOf('ماذا قال في الخطاب؟', 'الخطاب').filter((k) => k.startsWith('ar:'))).toEqual(['ar:خطاب']);
  });
});
