import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// Stories nobody prepared (text and metadata only, no lexicon, no rendering), written for this test,
// and questions in the other language. Each case names the mechanism that must carry it.
const AR_STORY = [
  'قال وزير المالية سامر حداد إن الحكومة ستخفض الضرائب على الوقود في مارس.',
  'وأضاف حداد أن الانتخابات البرلمانية ستجري في الخريف.',
  'وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت يوم الثلاثاء في زيارة استمرت ساعتين.',
  'وقالت المتحدثة باسم البلدية ليلى نصار إن الأمطار الغزيرة أغلقت الطرق في طرابلس.',
  'ولم يعلق حداد على مفاوضات القرض مع صندوق النقد الدولي.',
];
const EN_STORY = [
  'The mayor of Denver, Mike Johnston, said on Monday that 300 new homes will open in February.',
  'Johnston added that the city council approved the plan after a long debate.',
  'Critics said the homes are too expensive for most families.',
];

const knowledge = knowledgeWith({ 'ar-news': { lines: AR_STORY, language: 'ar' }, 'en-news': { lines: EN_STORY, language: 'en' } });
const engine = createEngine({ knowledge });
const top = (q: string, story: string) => {
  const r = engine.ask(q, undefined, { story });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('a story nobody prepared', () => {
  it('finds its people and places without a lexicon', () => {
    const index = buildIndex(knowledge);
    const names = index.namesByStory.get('ar-news') ?? [];
    const byForm = (form: string) => names.find((e) => e.ar.includes(form));
    // A title before the name (وزير المالية, المتحدثة) or a verb of saying makes a person.
    expect(byForm('حداد')?.kind).toBe('person');
    expect(byForm('نصار')?.kind).toBe('person');
    // A first name that only ever stands before the family name is part of that person.
    expect(byForm('حداد')?.ar).toContain('سامر حداد');
    const en = index.namesByStory.get('en-news') ?? [];
    expect(en.find((e) => e.en.includes('Johnston'))?.kind).toBe('person');
    // A capitalised common word at a sentence start is not a name.
    expect(en.some((e) => e.en.includes('Critics'))).toBe(false);
  });

  it('answers English questions about an Arabic story', () => {
    // Haddad ~ حداد by consonant skeleton; elections → انتخابات through the dictionary.
    expect(top('What did Haddad say about the elections?', 'ar-news')).toBe('2');
    // fuel → وقود, taxes → ضرائب: each word one unit of all its translations.
    expect(top('When will the fuel taxes be cut?', 'ar-news')).toBe('1');
    // A duration for "how long", and Macron's name in Arabic letters.
    expect(top("How long did Macron's visit last?", 'ar-news')).toBe('3');
    // A name spelled one letter off the story's (Nassar ~ نصار), and a first name beside it.
    expect(top('What did Layla Nassar say about the roads?', 'ar-news')).toBe('4');
  });

  it('answers Arabic questions about an English story', () => {
    // جونستون ~ Johnston (the story's spelling has one consonant more), council ← مجلس.
    expect(top('ماذا قال جونستون عن المجلس؟', 'en-news')).toBe('2');
    expect(top('كم عدد المنازل الجديدة؟', 'en-news')).toBe('1');
  });

  it('refuses what the story does not say, in either language', () => {
    expect(top('What did the mayor of Paris say about tourism?', 'ar-news')).toBe('refused');
    expect(top('ما رأي رئيس الوزراء البريطاني في الضرائب؟', 'en-news')).toBe('refused');
  });

  it('reads a question word through the dictionary, a name through its spelling', () => {
    const index = buildIndex(knowledge);
    const keysOf = (q: string) => parseQuery(index, q).units.flatMap((u) => u.alts.map((a) => a.key));
    expect(keysOf('elections')).toContain('ar:انتخاب');
    expect(keysOf('Haddad').some((k) => k.startsWith('c:auto-'))).toBe(true);
  });
});
