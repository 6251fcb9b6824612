import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test. The dictionary's English entry for *issue* lists six
// senses (صدر, إصدار, قضية …) but not the broken plural القضايا, whose own Arabic entry reads "issue"
// first. The first two sentences name the minister and the meeting alike; only *issues* can choose the
// second, which writes القضايا.
const AR_STORY = ['ناقش الوزير في الاجتماع الميزانية مع النواب.', 'ناقش الوزير في الاجتماع القضايا مع النواب.', 'سافر الرئيس إلى باريس يوم الأحد.'];

const knowledge = knowledgeWith({ 'ar-issues': { lines: AR_STORY, language: 'ar' } });
const top = (options: Record<string, number>) => {
  const r = createEngine({ knowledge, options }).ask('What issues did the minister discuss at the meeting?', undefined, { story: 'ar-issues' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe("an English word found through a story word's own entry (the dictionary read from the Arabic side)", () => {
  it('issues → القضايا, whose first sense is "issue"', () => expect(top({})).toBe('2'));
  it('not without it', () => expect(top({ reverseTranslation: 0 })).not.toBe('2'));
});
