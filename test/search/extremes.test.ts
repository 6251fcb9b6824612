import { describe, expect, it } from 'vitest';
import { foldConversationWords } from '../../src/conversation/dialogue.js';
import { createEngine } from '../../src/engine.js';
import { askedExtreme, englishSuperlative } from '../../src/search/extremes.js';
import { buildIndex } from '../../src/search/index.js';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// A question asking for the one at an extreme ("the longest river") is not answered by a sentence that
// tells of a river without saying any is the longest, or the largest, or the first.
const knowledge = knowledgeWith({
  'en-rivers': {
    lines: ['The Milk River flows through the north of the state.', 'Fishing on the river is popular in summer.', 'The state has many lakes and forests.'],
    language: 'en',
  },
  'en-peaks': {
    lines: ['Granite Peak is the highest mountain in the state.', 'Climbers first reached the summit in 1923.', 'The longest trail to the top runs ten miles.'],
    language: 'en',
  },
  'en-plan': { lines: ['The minister proposed the water plan in 2019.', 'Farmers opposed the plan.'], language: 'en' },
  'en-titled': {
    title: 'The longest river in Montana',
    lines: ['The Missouri river flows for two thousand miles through Montana.', 'Fishing on the river is popular in summer.'],
    language: 'en',
  },
  'en-untitled': {
    lines: ['The Missouri river flows for two thousand miles through Montana.', 'Fishing on the river is popular in summer.'],
    language: 'en',
  },
  'en-talks': { lines: ['At that time the two leaders met in Alaska.', 'They agreed to talk again.'], language: 'en' },
  'en-ming': {
    lines: [
      'The Ming dynasty ruled China for three centuries.',
      'Scholars state that the furthest western extent of the Ming territory was Gansu.',
      'Its northernmost town was a garrison on the wall.',
    ],
    language: 'en',
  },
  'en-war': { lines: ['The world war in Europe ended in November 1918.', 'Millions of soldiers died in the war.'], language: 'en' },
  'ar-rivers': {
    lines: ['يمر نهر الحليب عبر شمال الولاية.', 'الصيد في النهر شائع في الصيف.', 'وفي الولاية بحيرات كثيرة.'],
    language: 'ar',
  },
  'ar-peaks': { lines: ['أطول طريق إلى القمة يمتد عشرة أميال.'], language: 'ar' },
  'ar-plan': { lines: ['اقترح الوزير خطة المياه عام 2019.', 'وعارض المزارعون الخطة.'], language: 'ar' },
  'ar-osman': { lines: ['ولد عثمان في بلدة سوغوت.', 'وحكم عثمان قبيلته بعد وفاة أبيه.'], language: 'ar' },
});
const ask = firstLabelOf(knowledge);

describe('an extreme asked that the answer does not give', () => {
  it('refuses a question for the longest thing of a story that names none, in either language and across them', () => {
    expect(ask('What is the longest river in the north of the state?', 'en-rivers')).toBe('refused');
    expect(ask('ما هو أطول نهر في الولاية؟', 'ar-rivers')).toBe('refused');
    expect(ask('ما هو أطول نهر في الولاية؟', 'en-rivers')).toBe('refused');
  });

  it('names the check that refused in the result (gate)', () => {
    const r = createEngine({ knowledge }).ask('What is the longest river in the north of the state?', undefined, { story: 'en-rivers' });
    expect(r.reason).toBe('not-in-story');
    expect(r.gate).toBe('no-extreme');
  });

  it('answers it without the check', () => {
    expect(ask('What is the longest river in the north of the state?', 'en-rivers', { extremeCheck: 0 })).toBe('1');
    expect(ask('ما هو أطول نهر في الولاية؟', 'ar-rivers', { extremeCheck: 0 })).toBe('1');
  });

  it('answers with a sentence saying another extreme than the question’s', () => {
    expect(ask('What is the tallest mountain in the state?', 'en-peaks')).toBe('1');
  });

  it('reads an irregular superlative or one in -most as an extreme said', () => {
    expect(ask('What was the most western extent of the Ming territory?', 'en-ming')).toBe('2');
    expect(ask('What was the most northern town of the Ming dynasty?', 'en-ming')).toBe('3');
  });

  it('reads no extreme in an idiom, a name or a regnal number, nor in a comparison', () => {
    expect(ask('Who proposed the water plan in the first place?', 'en-plan')).toBe('1');
    expect(ask('When did the First World War end in Europe?', 'en-war')).toBe('1');
    expect(ask('أين ولد عثمان الأول؟', 'ar-osman')).toBe('1');
    expect(ask('هل يمر نهر الحليب عبر أكثر من ولاية؟', 'ar-rivers')).toBe('1');
  });

  it('reads "most" before a people or a plural as a share of them, not an extreme', () => {
    expect(ask('What do most farmers think of the plan?', 'en-plan')).toBe('2');
    expect(ask('What is the most popular activity on the river?', 'en-rivers')).toBe('refused');
  });

  it('reads a bare "most" after a form of "be" as how much, not an extreme (bareMost)', () => {
    expect(ask('Which activity on the river is most popular in summer?', 'en-rivers')).toBe('2');
    expect(ask('Which activity on the river is most popular in summer?', 'en-rivers', { bareMost: 0 })).toBe('refused');
    // With "the" it still asks for the one at an extreme.
    expect(ask('Which is the most popular activity on the river?', 'en-rivers')).toBe('refused');
  });

  it('reads "for the first time" as asking when, as the sentence that answers gives a date', () => {
    expect(ask('When did farmers oppose the water plan for the first time?', 'en-plan')).toBe('2');
    expect(ask('متى اقترح الوزير خطة المياه لأول مرة؟', 'ar-plan')).toBe('1');
    expect(ask('متى اقترح الوزير خطة المياه لاول مرة؟', 'ar-plan')).toBe('1');
  });

  it('reads "the last time" and أول أمس ("the day before yesterday") as no extreme', () => {
    expect(ask('Where did the two leaders meet the last time?', 'en-talks')).toBe('1');
    const index = buildIndex(knowledge);
    const asked = (q: string) => askedExtreme(index.analyzer.analyze(q), foldConversationWords(index), knowledge.commonEnglish);
    expect(asked('ماذا اقترح الوزير أول أمس؟')).toBeUndefined();
    expect(asked('ماذا اقترح الوزير أول من أمس؟')).toBeUndefined();
    expect(asked('ما هي أول خطة اقترحها الوزير؟')).toBe('أول');
  });

  it('reads the extreme in the title of the story, which every sentence is about', () => {
    expect(ask('What is the longest river in Montana?', 'en-titled')).toBe('1');
    expect(ask('What is the longest river in Montana?', 'en-untitled')).toBe('refused');
  });

  it('tells an English superlative by its common stem', () => {
    expect(['largest', 'busiest', 'biggest', 'longest'].every((w) => englishSuperlative(w, knowledge.commonEnglish))).toBe(true);
    expect(['interest', 'forest', 'harvest', 'honest'].some((w) => englishSuperlative(w, knowledge.commonEnglish))).toBe(false);
  });
});
