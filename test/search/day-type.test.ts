import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// "Later" says when, but not which day: only the first sentence answers "on which day?".
const STORY = [
  'اتصل الرئيس بنظيره يوم الأربعاء لبحث الأزمة.',
  'وفي وقت لاحق تحدث الرئيس مع الصحفيين عن الأزمة.',
  'وقال الوزير إن الاجتماع المقبل سيعقد في العاصمة.',
];
const engine = createEngine({ knowledge: knowledgeWith({ 'ar-day': { lines: STORY, language: 'ar' } }) });

describe('a question for the day', () => {
  it('is answered by a weekday, not by "later"', () => {
    const r = engine.ask('On which day of the week did the president speak about the crisis?', undefined, { story: 'ar-day' });
    expect(r.answers[0]?.ref).toBe('1');
  });
});
