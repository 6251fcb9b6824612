import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// Stories nobody prepared, written for this test, whose questions in the other language hinge on an
// everyday word FreeDict gives only a rare sense of ("capital": رأسمال, "third": the fraction ثلث,
// ثالث: "tertiary"). The core vocabulary (knowledge/dictionary/supplement.tsv) carries them.
const AR_STORY = [
  'ولد الكاتب سليم حداد في قرية صغيرة قرب حمص عام 1950.',
  'انتقل حداد في شبابه إلى دمشق، عاصمة سوريا، ودرس الأدب في جامعتها.',
  'وأسس مع أصدقائه مجلة أدبية عام 1978.',
  'وفازت روايته الثالثة بجائزة الدولة عام 1991.',
];
const EN_STORY = [
  'The town was founded in 1820 as a trading post on the river.',
  'It became the capital of the province in 1905.',
  'The third bridge over the river opened in 1990.',
];

const knowledge = knowledgeWith({ 'ar-bio': { lines: AR_STORY, language: 'ar' }, 'en-town': { lines: EN_STORY, language: 'en' } });
const engine = createEngine({ knowledge });
const top = (q: string, story: string) => {
  const r = engine.ask(q, undefined, { story });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('the core vocabulary on a story nobody prepared', () => {
  it('bridges everyday English words to an Arabic story', () => {
    // capital → عاصمة: FreeDict's only Arabic for it is رأسمال (capital as money).
    expect(top('Which city is the capital?', 'ar-bio')).toBe('2');
    expect(top('What is the capital of Syria?', 'ar-bio')).toBe('2');
    expect(top('When did he found the magazine?', 'ar-bio')).toBe('3');
  });

  it('bridges everyday Arabic words to an English story', () => {
    // ثالث → third: FreeDict's only English for it is "tertiary".
    expect(top('متى افتتح الجسر الثالث؟', 'en-town')).toBe('3');
    expect(top('متى أصبحت المدينة عاصمة؟', 'en-town')).toBe('2');
  });
});

// Part two of the core vocabulary: the verbs of reporting, conflict and change in the forms news text
// uses. In these two stories, written for this test, every sentence names the army, so each question
// turns on its one other word, which FreeDict does not bridge to the story's (condemned: ندد,
// evacuated: أجلى, seized: ضبط); with part one alone the first is answered wrongly, the others refused.
const AR_NEWS = [
  'وقال الجيش إن الوضع هادئ في العاصمة.',
  'واندلعت اشتباكات بين الجيش ومسلحين يوم الأحد.',
  'وندد وزير الخارجية بتصريحات قائد الجيش.',
  'وكشف الجيش أن المشتبه به فر.',
  'وأعلن الجيش هدنة لمدة ثلاثة أيام.',
];
const EN_NEWS = [
  'The army said the situation in the capital was calm.',
  'The army evacuated hundreds of families after the flood.',
  'A military court acquitted two army officers on Monday.',
  'The army resumed its operations in the north.',
  'The army seized a large amount of weapons.',
];
const news = createEngine({ knowledge: knowledgeWith({ 'ar-news': { lines: AR_NEWS, language: 'ar' }, 'en-news': { lines: EN_NEWS, language: 'en' } }) });
const topNews = (q: string, story: string) => {
  const r = news.ask(q, undefined, { story });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('the core vocabulary, part two, on stories nobody prepared', () => {
  it('bridges a verb of reporting from English to an Arabic story', () => {
    expect(topNews('Who condemned the army?', 'ar-news')).toBe('3');
  });

  it('bridges verbs of action from Arabic to an English story', () => {
    expect(topNews('من أجلى الجيش؟', 'en-news')).toBe('2');
    expect(topNews('ماذا ضبط الجيش؟', 'en-news')).toBe('5');
  });
});

// Part three: everyday words FreeDict lacks or gives only a rare sense of (أمام: *imam*, *forward*;
// تحت: *underneath*; ديانة: nothing). Every sentence of this story, written for this test, names the
// library, so each question turns on its one other word.
const EN_LIBRARY = [
  'The old library stands at the centre of the island.',
  'In front of the library is a bronze statue of its founder.',
  'Below the library lies a network of tunnels.',
  'Most visitors to the library follow the religion of the island, Buddhism.',
];
const library = createEngine({ knowledge: knowledgeWith({ 'en-library': { lines: EN_LIBRARY, language: 'en' } }) });
const topLibrary = (q: string) => {
  const r = library.ask(q, undefined, { story: 'en-library' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('the core vocabulary, part three, on a story nobody prepared', () => {
  it('bridges words of place and everyday nouns from Arabic to an English story', () => {
    expect(topLibrary('ماذا يوجد أمام المكتبة؟')).toBe('2');
    expect(topLibrary('ماذا يوجد تحت المكتبة؟')).toBe('3');
    expect(topLibrary('ما ديانة زوار المكتبة؟')).toBe('4');
  });
});
