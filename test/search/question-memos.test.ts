/**
 * Work a question needed once, done once (helper perf3, seventeenth session). None of it may change an
 * answer: each test holds the memo to the work it saves, and the answers to what they were.
 */
import { describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

const knowledge = knowledgeWith({
  'en-president': {
    lines: [
      'John Farid (born 4 May 1928) was the fourth president of the republic.',
      'John Farid ruled the country for thirty years.',
      'The president built roads and bridges in the countryside.',
      'Large protests filled the capital in January 2011.',
      'Hundreds of protesters were killed by police in the squares.',
    ],
    language: 'en',
  },
  'ar-president': {
    lines: ['محمد فريد (ولد في 4 مايو 1928) هو الرئيس الرابع للجمهورية.', 'حكم محمد فريد البلاد ثلاثين عاما.', 'بنى الرئيس طرقا وجسورا في الريف.'],
    language: 'ar',
  },
});

describe('the stories answering a question', () => {
  it('are worked out once for the facet, year and place checks (each worked them out again)', () => {
    const engine = createEngine({ knowledge });
    const spy = vi.spyOn(engine as unknown as { storiesAnswering: () => number[] }, 'storiesAnswering');
    for (const [question, story] of [
      ['When did John Farid rule the country?', 'en-president'],
      ['Who built roads in the countryside?', 'en-president'],
      ['متى حكم محمد فريد البلاد؟', 'ar-president'],
      ['Who ruled the country?', undefined],
    ] as const) {
      spy.mockClear();
      const r = engine.ask(question, undefined, story === undefined ? {} : { story });
      expect(r.abstained).toBe(false);
      expect(spy.mock.calls.length).toBeLessThanOrEqual(1);
    }
  });
});
