/**
 * Work a question needed once, done once (helper perf3, seventeenth session). None of it may change an
 * answer: each test holds the memo to the work it saves, and the answers to what they were.
 */
import { describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { type CompiledFacet, compileFacets, openedFacets, opensFacet } from '../../src/search/facets.js';
import { buildIndex } from '../../src/search/index.js';
import type { Token } from '../../src/text/analyzer.js';
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

describe('the facets a question opens', () => {
  const index = buildIndex(knowledge);
  const facets = compileFacets(index, knowledge.facets ?? []);
  /** openedFacets as it was: every word looked up, a new set each time. */
  const plain = (tokens: readonly Token[]) => {
    const out = new Set<CompiledFacet>();
    for (const t of tokens)
      for (const f of facets) {
        if (f.firsts.has(t.norm)) out.add(f);
        if (!t.stop && f.singleKeys.has(t.key)) out.add(f);
      }
    return out;
  };
  const questions = [
    'Who is John Farid’s wife?',
    'How tall is the president?',
    'When did John Farid die?',
    'How many protesters were killed?',
    'what did he build',
    'من هي زوجة محمد فريد؟',
    'كم عمر الرئيس؟',
    'متى حكم محمد فريد البلاد؟',
    '',
  ];
  it('are those every word opens', () => {
    for (const q of questions) {
      const tokens = index.analyzer.analyze(q);
      expect(new Set(openedFacets(facets, tokens))).toEqual(plain(tokens));
    }
  });
  it('are found once per question (remembered per token list), and none is one shared set', () => {
    for (const q of questions) {
      const tokens = index.analyzer.analyze(q);
      expect(openedFacets(facets, tokens)).toBe(openedFacets(facets, tokens));
      expect(opensFacet(facets, tokens)).toBe(plain(tokens).size > 0);
    }
    const none = questions.map((q) => index.analyzer.analyze(q)).filter((t) => plain(t).size === 0);
    expect(none.length).toBeGreaterThan(1);
    for (const t of none) expect(openedFacets(facets, t)).toBe(openedFacets(facets, none[0] as Token[]));
  });
});
