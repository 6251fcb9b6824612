import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test, where every sentence names the syndrome: an English
// question turns on its adverb of frequency, which FreeDict renders only as عادة (*usually*) or بتكرار
// (*often*); the story says غالبا. The core vocabulary gives both.
const AR_STORY = [
  'متلازمة ويليامز حالة وراثية نادرة تنتج عن نقص في أحد الكروموسومات.',
  'يصاحب المتلازمة غالبا ضعف في النمو وصعوبات في التعلم.',
  'وتشخص المتلازمة بفحص الدم بعد الولادة.',
];

const engine = createEngine({ knowledge: knowledgeWith({ 'ar-syndrome': { lines: AR_STORY, language: 'ar' } }) });
const top = (q: string) => {
  const r = engine.ask(q, undefined, { story: 'ar-syndrome' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('English adverbs of frequency on an Arabic story', () => {
  it('reach غالبا', () => {
    expect(top('What usually comes with the syndrome?')).toBe('2');
    expect(top('What often comes with the syndrome?')).toBe('2');
  });
});
