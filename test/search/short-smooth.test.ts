import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// In a story of one sentence, a word the sentence writes has the lowest idf there is (1 + ln(1 / 2))
// and a word it lacks the highest (1), so a question it answers in most of its words covered too little
// of itself to be answered. The refusal's coverage reads each unit's idf as if a short story had half a
// sentence more (`shortSmooth`); ranking keeps the story's own weights.
describe('coverage in a story of few sentences', () => {
  // Stories nobody prepared, written for this test.
  const knowledge = knowledgeWith({
    'ar-brief': { lines: ['افتتح المحافظ الجسر الجديد فوق النهر صباح الأحد.'], language: 'ar' },
    'ar-other': { lines: ['ارتفعت أسعار الخبز في الأسواق هذا الأسبوع.', 'وقال التجار إن الطحين نفد.'], language: 'ar' },
  });
  const ask = (shortSmooth: number, q: string) => createEngine({ knowledge, options: { shortSmooth } }).ask(q, undefined, { story: 'ar-brief' });

  it('answers a question the sentence holds most of', () => {
    const q = 'من افتتح الجسر المعلق الطويل؟';
    expect(ask(0, q).abstained).toBe(true);
    const r = ask(0.5, q);
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('افتتح المحافظ');
  });

  it('still refuses what the brief does not say', () => {
    expect(ask(0.5, 'كم كلف الجسر؟').abstained).toBe(true);
    expect(ask(0.5, 'ما طول الجسر الجديد؟').abstained).toBe(true);
  });
});
