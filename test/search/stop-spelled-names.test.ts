import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A story nobody prepared, written for this test. Its president is زين العابدين بن علي: علي folds to the
// stop word على, so no Arabic story indexes it, and an English question's "Ali" (or "Ben", بين) matched
// nothing, weighed as a name the story lacks and had the question refused. Such a name is left out.
const AR_STORY = [
  'تونس دولة عربية تقع في شمال أفريقيا على ساحل البحر المتوسط.',
  'حصلت تونس على استقلالها عن فرنسا عام 1956.',
  'تولى زين العابدين بن علي رئاسة الجمهورية بانقلاب عام 1987، واستمر حكمه حتى عام 2011.',
];

const engine = createEngine({ knowledge: knowledgeWith({ 'ar-tunisia': { lines: AR_STORY, language: 'ar' } }) });
const top = (q: string) => {
  const r = engine.ask(q, undefined, { story: 'ar-tunisia' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('a name Arabic writes as a stop word', () => {
  it('is left out of an English question, not taken for a name the story lacks', () => {
    expect(top("When did Ben Ali's rule end?")).toBe('3');
  });
});
