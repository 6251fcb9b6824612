import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A story written for this test: two sentences about the same strike, one of which says how long it
// lasted in weeks (knowledge/answer-types.jsonl: days, weeks and months are durations, not only hours).
const EN_STORY = [
  'The strike at the port began after the talks with the owners failed.',
  'The strike went on for three weeks before a deal was signed.',
  'Trade at the port is growing again.',
  'In the 1990s the port lost half its trade.',
];

// An Arabic story written for this test: two sentences about the city's areas, one of which counts them
// in a number word (أربع, "four"), not in digits.
const AR_STORY = ['تقع المدينة في شمال البلاد وتضم مناطق زراعية واسعة.', 'تنقسم المدينة إلى أربع مناطق إدارية.', 'يعمل معظم السكان في التجارة.'];

const knowledge = knowledgeWith({ 'port-news': { lines: EN_STORY, language: 'en' }, 'city-areas': { lines: AR_STORY, language: 'ar' } });
const engine = createEngine({ knowledge });
const top = (q: string) => {
  const r = engine.ask(q, undefined, { story: 'port-news' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('answer cues', () => {
  it('answers "how long" with the sentence that gives a span in weeks', () => {
    expect(top('How long was the strike?')).toBe('2');
  });

  it('answers "كم" (how many) with the sentence that counts in an Arabic number word', () => {
    // knowledge/answer-types.jsonl: Arabic cardinals (أربع, ستة, عشرون, مئة …) are count cues, as the
    // English ones are; without them the two sentences tie and story order picks the first.
    const r = engine.ask('كم منطقة في المدينة؟', undefined, { story: 'city-areas' });
    expect(r.abstained ? 'refused' : r.answers[0]?.ref).toBe('2');
  });

  it('answers "when" with a decade written in digits', () => {
    // "1990s" is the number 1990: a time, as a year is.
    expect(top('When did the port lose its trade?')).toBe('4');
  });
});
