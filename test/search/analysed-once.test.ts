/**
 * A question's text analysed once (helper perf5, nineteenth session): readQuery analyses it, and answer()
 * takes the same tokens (analysedQuestion) instead of analysing the text again. No answer may change.
 */
import { describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { analysedQuestion } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

const knowledge = knowledgeWith({
  'en-president': {
    lines: [
      'John Farid (born 4 May 1928) was the fourth president of the republic.',
      'John Farid ruled the country for thirty years.',
      'The president built roads and bridges in the countryside.',
    ],
    language: 'en',
  },
  'ar-president': {
    lines: ['محمد فريد (ولد في 4 مايو 1928) هو الرئيس الرابع للجمهورية.', 'حكم محمد فريد البلاد ثلاثين عاما.', 'بنى الرئيس طرقا وجسورا في الريف.'],
    language: 'ar',
  },
});

describe("a question's text", () => {
  it('is analysed once a question, not again by answer()', () => {
    const engine = createEngine({ knowledge });
    const analyzer = (engine as unknown as { index: { analyzer: { analyze: (text: string) => unknown } } }).index.analyzer;
    const spy = vi.spyOn(analyzer, 'analyze');
    for (const [question, story] of [
      ['Who built roads in the countryside?', 'en-president'],
      ['متى حكم محمد فريد البلاد؟', 'ar-president'],
      ['How long did John Farid rule the country?', undefined],
    ] as const) {
      spy.mockClear();
      const r = engine.ask(question, undefined, story === undefined ? {} : { story });
      expect(r.abstained).toBe(false);
      expect(spy.mock.calls.filter(([text]) => text === question).length).toBe(1);
    }
    spy.mockRestore();
  });

  it('gives the tokens the analyzer gives, for the last text and for a new one', () => {
    const engine = createEngine({ knowledge });
    const index = (engine as unknown as { index: Parameters<typeof analysedQuestion>[0] }).index;
    for (const text of ['Who ruled the country?', 'Who ruled the country?', 'من حكم البلاد؟', 'Who ruled the country?'])
      expect(analysedQuestion(index, text)).toEqual(index.analyzer.analyze(text));
  });
});
