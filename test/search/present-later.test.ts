import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// Stories nobody prepared, written for this test. A question about the present ("its current name")
// of a story that is not today's news is answered only by a sentence that speaks of the present; one
// that tells what a thing later became (سُمي لاحقاً, "was later renamed") gives its latest state, which
// is the present as far as the story knows (presentSaid in knowledge/dialogue.json).
const knowledge = knowledgeWith({
  'ar-cup': {
    lines: [
      'نادي الميناء نادٍ رياضي تأسس في مدينة الساحل.',
      'فاز النادي بكأس الاتحاد الوطني الذي سُمي لاحقاً (بكأس الأمير سامي) سبع مرات.',
      'ويلعب النادي مبارياته في ملعب المدينة.',
    ],
    language: 'ar',
  },
  'en-cup': {
    lines: [
      'Harbour Club is a sports club founded in Coast City.',
      'The club won the National Union Cup, which was later renamed the Prince Sami Cup, seven times.',
      'The club plays its matches at the city stadium.',
    ],
    language: 'en',
  },
});
const ask = (question: string, story: string) => createEngine({ knowledge }).ask(question, undefined, { story });

describe('a sentence that tells what a thing later became', () => {
  it('answers a question about its present, in Arabic', () => {
    const r = ask('ما هو الاسم الحالي لكأس الاتحاد الوطني؟', 'ar-cup');
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('لاحقاً');
  });

  it('and in English', () => {
    const r = ask('What is the National Union Cup called today?', 'en-cup');
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('later renamed');
  });

  it('still refuses the present of a sentence that tells only the past', () => {
    expect(ask('ما هو الملعب الحالي للنادي؟', 'ar-cup').abstained).toBe(true);
  });
});
