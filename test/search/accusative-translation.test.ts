import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test. The dictionary gives *good* as جيد; the story writes
// the accusative جيدًا, whose alef light stemming keeps (جيدا). Both sentences name the meeting, so only
// *good* can choose the second.
const AR_STORY = ['تأجل الاجتماع إلى الأسبوع المقبل.', 'قال الوزير إن الاجتماع كان جيدًا.'];

const engine = createEngine({ knowledge: knowledgeWith({ 'ar-meeting': { lines: AR_STORY, language: 'ar' } }) });
const top = (q: string) => {
  const r = engine.ask(q, undefined, { story: 'ar-meeting' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe("an English word's translation in the accusative a story writes", () => {
  it('good → جيد → جيدًا', () => expect(top('Was the meeting good?')).toBe('2'));
});
