import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test, where every sentence names the people: where they
// *live* the story says with يتواجد ("are found") or يقطن, which FreeDict does not give for *live*
// (عاش, يعيش, حياة). The core vocabulary does.
const AR_STORY = ['الأرمن شعب من شعوب جنوب القوقاز.', 'يتواجد الأرمن في أرمينيا وروسيا ولبنان.', 'وللأرمن لغة خاصة بهم وعادات عريقة.'];

const engine = createEngine({ knowledge: knowledgeWith({ 'ar-people': { lines: AR_STORY, language: 'ar' } }) });
const top = (q: string) => {
  const r = engine.ask(q, undefined, { story: 'ar-people' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('where a people lives, asked of an Arabic story', () => {
  it('reaches يتواجد', () => {
    expect(top('Where do the Armenians live?')).toBe('2');
  });
});
