/**
 * "did it work?", "وهل نجح ذلك؟" after an answer: a yes/no question on how what the answer told turned
 * out. A story tells the outcome at the end of the sentence that tells of the plan ("…, but the result
 * was …") or in the next one. Without the rule the question was ranked on its own words ("work", نجح),
 * which the story need not write: it was refused, or answered by an unrelated sentence.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith, lastFirstText } from '../support/stories.js';

const knowledge = knowledgeWith({
  'en-dam': {
    lines: [
      'The town council built a stone dam on the river in 1952.',
      'The dam was meant to stop the spring floods that reached the market square.',
      'The next spring the water rose higher than ever and covered the square.',
      'The market later moved to the hill above the town.',
    ],
    language: 'en',
  },
  'ar-dam': {
    lines: [
      'أقام مجلس البلدة سدا حجريا على النهر سنة 1952.',
      'وكان الهدف من السد منع فيضانات الربيع عن ساحة السوق، لكن النتيجة جاءت عكسية فغمرت المياه الساحة.',
      'وانتقل السوق لاحقا إلى التلة فوق البلدة.',
    ],
    language: 'ar',
  },
});
const engine = createEngine({ knowledge });
const chat = (story: string, ...questions: string[]) => lastFirstText(engine, story, questions);

describe('a yes/no question on how the answer shown turned out', () => {
  it('is answered by the next sentence when the answer shown tells no outcome', () => {
    expect(chat('en-dam', 'what was the dam meant to do?')).toContain('spring floods');
    expect(chat('en-dam', 'what was the dam meant to do?', 'did it work?')).toContain('water rose higher');
  });

  it('is answered by the answer shown again when it tells the outcome itself', () => {
    const q = 'ما الهدف من السد؟';
    expect(chat('ar-dam', q)).toContain('الهدف من السد');
    expect(chat('ar-dam', q, 'وهل نجح ذلك؟')).toContain('النتيجة جاءت عكسية');
  });
});
