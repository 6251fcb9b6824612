/**
 * Work a question needed once, done once (helper perf3, seventeenth session). None of it may change an
 * answer: each test holds the memo to the work it saves, and the answers to what they were.
 */
import { describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { type CompiledFacet, compileFacets, openedFacets, opensFacet } from '../../src/search/facets.js';
import { ACRONYM_PREFIX, buildIndex, type SearchIndex } from '../../src/search/index.js';
import { conceptKeysOf, OUTSIDE_KEY, outsideAlternatives, postingsOf, remembered, storyIndexOf } from '../../src/search/query.js';
import { acronymList } from '../../src/search/rank.js';
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
  it('are remembered for the last token list only: no WeakMap entry made for a question', () => {
    const set = vi.spyOn(WeakMap.prototype, 'set');
    try {
      for (const q of questions) {
        const tokens = index.analyzer.analyze(q);
        const opened = openedFacets(facets, tokens);
        expect(openedFacets(facets, tokens)).toBe(opened);
        expect(new Set(opened)).toEqual(plain(tokens));
      }
      expect(set.mock.calls.filter(([key]) => Array.isArray(key))).toEqual([]);
    } finally {
      set.mockRestore();
    }
  });
});

describe('a value remembered per index and key', () => {
  /** A memo that counts its look-ups. */
  class Counted<T> extends Map<string, T> {
    lookups = 0;
    override get(key: string) {
      this.lookups++;
      return super.get(key);
    }
    override has(key: string) {
      this.lookups++;
      return super.has(key);
    }
  }
  it('is found with one look-up once known (a value of null too), and made once', () => {
    const index = {} as SearchIndex;
    const memo = new Counted<number | null>();
    const memos = new WeakMap<SearchIndex, Map<string, number | null>>([[index, memo]]);
    let made = 0;
    const make = (v: number | null) => () => {
      made++;
      return v;
    };
    expect(remembered(memos, index, 'a', make(1))).toBe(1);
    expect(remembered(memos, index, 'b', make(null))).toBe(null);
    expect(made).toBe(2);
    memo.lookups = 0;
    expect(remembered(memos, index, 'a', make(2))).toBe(1);
    expect(remembered(memos, index, 'b', make(2))).toBe(null);
    expect(made).toBe(2);
    expect(memo.lookups).toBe(2);
  });
  it('may be undefined, remembered as such', () => {
    const index = {} as SearchIndex;
    const memos = new WeakMap<SearchIndex, Map<string, number | undefined>>();
    let made = 0;
    const make = () => {
      made++;
      return undefined;
    };
    expect(remembered(memos, index, 'a', make)).toBeUndefined();
    expect(remembered(memos, index, 'a', make)).toBeUndefined();
    expect(made).toBe(1);
  });
});

describe('what an acronym stands for, by key', () => {
  const acronymKnowledge = knowledgeWith({
    'en-railroad': {
      lines: [
        'Tracks of the Northern Pacific Railroad (NPR) reached the valley from the west in 1881.',
        'The NPR was completed at Gold Creek in 1883.',
        'Farmers of the valley shipped their wheat east.',
      ],
      language: 'en',
    },
  });
  const index = buildIndex(acronymKnowledge);
  it('is the list of its acronym key, for every key of the index, remembered', () => {
    let found = 0;
    for (const key of index.postings.keys()) {
      const plain = postingsOf(index, `${ACRONYM_PREFIX}${key}`);
      if (plain !== undefined) found++;
      expect(acronymList(index, key)).toBe(plain);
      expect(acronymList(index, key)).toBe(plain);
    }
    expect(found).toBeGreaterThan(0);
    expect(acronymList(index, 'en:no-such-word')).toBeUndefined();
  });
  it('is the same through a memo found once for many keys (rank)', () => {
    const memo = new Map<string, Uint32Array | null>();
    for (const key of index.postings.keys()) expect(acronymList(index, key, memo)).toBe(postingsOf(index, `${ACRONYM_PREFIX}${key}`));
    expect(memo.size).toBe(index.postings.size);
  });
  it('leaves the answers as they were', () => {
    const engine = createEngine({ knowledge: acronymKnowledge });
    const r = engine.ask('When was the Northern Pacific Railroad completed?', undefined, { story: 'en-railroad' });
    expect(r.answers[0]?.ref).toBe('2');
  });
});

describe("a concept's keys", () => {
  it('are made once per id, as they were written', () => {
    for (const id of ['putin', 'auto:en-railroad:northern pacific railroad', 'بوتين']) {
      const keys = conceptKeysOf(id);
      expect(keys).toEqual({ c: `c:${id}`, r: `r:${id}`, s: `s:${id}`, a: `a:${id}` });
      expect(conceptKeysOf(id)).toBe(keys);
    }
  });
});

describe("a word's alternatives outside the stories a concept serves", () => {
  const o = SEARCH_DEFAULTS;
  const alts = Object.freeze([
    Object.freeze({ key: 'c:troops', q: 1 }),
    Object.freeze({ key: 'en:troop', q: 1 }),
    Object.freeze({ key: 'ar:قو', q: o.transliteration }),
    Object.freeze({ key: 'en:soldier', q: o.transliteration / 2 }),
  ]);
  const plain = (list: readonly { key: string; q: number }[], ids: string) =>
    list.filter((a) => a.q >= o.transliteration && !a.key.startsWith('c:')).map((a) => ({ ...a, key: `${OUTSIDE_KEY}${ids}\u0001${a.key}` }));
  it('are those at least a transliteration, bar the concept, under their outside keys', () => {
    expect(outsideAlternatives(alts, 'troops', o)).toEqual(plain(alts, 'troops'));
    expect(outsideAlternatives(alts, 'troops,army', o)).toEqual(plain(alts, 'troops,army'));
  });
  it("are remembered for a word's frozen list, per concepts and options, and not for another list", () => {
    expect(outsideAlternatives(alts, 'troops', o)).toBe(outsideAlternatives(alts, 'troops', o));
    expect(outsideAlternatives(alts, 'troops', o)).not.toBe(outsideAlternatives(alts, 'troops,army', o));
    const strict = { ...o, transliteration: 1 };
    expect(outsideAlternatives(alts, 'troops', strict)).toEqual(plain(alts, 'troops').filter((a) => a.q >= 1));
    const open = [...alts];
    expect(outsideAlternatives(open, 'troops', o)).not.toBe(outsideAlternatives(open, 'troops', o));
    expect(outsideAlternatives(open, 'troops', o)).toEqual(plain(alts, 'troops'));
  });
});

describe('the story a question is asked of, by its index', () => {
  it('is where findIndex found it, −1 for an id no story has, made once per index', () => {
    const index = buildIndex(knowledge);
    for (const [i, st] of index.stories.entries()) expect(storyIndexOf(index, st.info.id)).toBe(i);
    expect(storyIndexOf(index, 'no-such-story')).toBe(-1);
    const spy = vi.spyOn(index.stories, 'forEach');
    storyIndexOf(index, 'en-president');
    expect(spy).not.toHaveBeenCalled();
  });
  it('is found for a story added in place (the engine forgets the index memos)', () => {
    const engine = createEngine({ knowledge });
    const index = (engine as unknown as { index: SearchIndex }).index;
    expect(storyIndexOf(index, 'en-president')).toBeGreaterThanOrEqual(0);
    const added = engine.addStory({ text: 'The new bridge opened on Monday.\nIt cost two million dollars.', title: 'Bridge', language: 'en' });
    expect(storyIndexOf(index, added.info.id)).toBe(index.stories.length - 1);
    expect(engine.ask('What did the bridge cost?', undefined, { story: added.info.id }).answers[0]?.ref).toBe('2');
  });
});

describe('the date a story came out', () => {
  it('is read once a story, not again at every question answered from it', () => {
    const engine = createEngine({ knowledge });
    const spy = vi.spyOn(Date, 'parse');
    const refs = [1, 2, 3].map(
      () => engine.ask('Who built roads in the countryside?', undefined, { story: 'en-president', now: Date.UTC(2026, 0, 2) }).answers[0]?.ref,
    );
    const dated = spy.mock.calls.filter(([text]) => text === '2026-01-01').length;
    spy.mockRestore();
    expect(refs).toEqual(['3', '3', '3']);
    expect(dated).toBe(1);
  });
});
