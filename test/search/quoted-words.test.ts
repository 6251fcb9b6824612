import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// Both sentences have Trump speak and name the war; only the second has the war in his quoted words.
const STORY = [
  'قال الرئيس دونالد ترامب إنه أجرى مكالمة “طويلة ومثمرة” لبحث إنهاء الحرب.',
  'وكتب ترامب على وسائل التواصل: “حان الوقت لوقف هذه الحرب المضحكة”.',
  'وقال المتحدث إن الاجتماع سيعقد قريبا.',
];
const engine = createEngine({ knowledge: knowledgeWith({ 'ar-call': { lines: STORY, language: 'ar' } }) });

describe("a statement asked about a topic, in the speaker's own words", () => {
  it('cites the sentence that quotes the speaker on the topic over one that reports them and names it', () => {
    const r = engine.ask('كيف وصف ترامب الحرب؟', undefined, { story: 'ar-call' });
    expect(r.answers[0]?.ref).toBe('2');
  });
});
