import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// Stories nobody prepared, written for this test. Each English question turns on a news word whose
// everyday Arabic FreeDict lacks: *oust* only as طرد ("expel"), not أطاح; *show* not as وضح (a map's
// caption, خريطة توضح, found as the present of the perfect); *air* not as جوية, *strike* not as إضراب
// (as news translated by machine writes air strikes).
// The core vocabulary (knowledge/dictionary/supplement.tsv) gives them; without it the distractor,
// earlier in the story, wins or the question is refused.
const engine = createEngine({
  knowledge: knowledgeWith({
    'ar-oust': { lines: ['انتخب البرلمان رئيسا جديدا في عام 2014.', 'أطاح الجيش بالرئيس في عام 2014.'], language: 'ar' },
    'ar-map': { lines: ['نشرت الصحيفة خريطة جديدة للمدينة.', 'خريطة توضح مواقع القوات في الشمال.'], language: 'ar' },
    'ar-air': { lines: ['انسحبت القوات من القرى الشمالية.', 'وقامت القوات بإضرابات جوية في جميع أنحاء البلاد.'], language: 'ar' },
  }),
});
const top = (story: string, q: string) => {
  const r = engine.ask(q, undefined, { story });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('news senses in the core vocabulary, English questions on Arabic stories', () => {
  it('oust → أطاح', () => expect(top('ar-oust', 'Who was ousted in 2014?')).toBe('2'));
  it('show → توضح', () => expect(top('ar-map', 'What does the map show?')).toBe('2'));
  it('air strikes → إضرابات جوية', () => expect(top('ar-air', 'Were there air strikes?')).toBe('2'));
});
