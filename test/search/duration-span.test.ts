import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A story written for this test. "How long …?" / "What length …?" ask for a duration
// (knowledge/answer-types.jsonl, "duration"): a span of years written with its number ("a five-year
// course", "spanned 3 years") supplies it through the duration's `patterns` (`durationSpans`), where the
// word *years* alone is no cue ("in recent years"). Without them, the sentence holding more of the
// question's words and no length comes first.
const STORY = [
  'The school of architecture at Marsh College teaches a course of study in classical design.',
  'Students of the course of study at the school travel to Rome in recent years.',
  'The course at the school of architecture is a five-year programme leading to a degree.',
  'The relief plan of the province helps the county rebuild its roads.',
  'The relief plan spanned 3 years and cost one percent of the budget.',
];
const knowledge = knowledgeWith({ 'en-school': { lines: STORY, language: 'en' } });
const top = (q: string, durationSpans = 1) => {
  const r = createEngine({ knowledge, options: { durationSpans } }).ask(q, undefined, { story: 'en-school' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('a span of years as a duration', () => {
  it('answers "what length" with a five-year course', () => {
    expect(top('What length is the course of study at the school of architecture?')).toBe('3');
    expect(top('What length is the course of study at the school of architecture?', 0)).not.toBe('3');
  });
  it('answers "how long" with 3 years', () => {
    expect(top('How long is the relief plan of the province due to last?')).toBe('5');
    expect(top('How long is the relief plan of the province due to last?', 0)).not.toBe('5');
  });
});
