import { describe, expect, it } from 'vitest';
import { coerceState, MAX_SEEN, newState, withSeen } from '../../src/conversation/state.js';

describe('conversation state', () => {
  it('starts empty and versioned', () => {
    expect(newState(5)).toEqual({ v: 1, focus: [], results: [], shown: 0, at: 5 });
  });

  it('replaces anything unusable with a fresh state (old releases, corrupt files, forged input)', () => {
    for (const bad of [null, 3, 'x', [], { v: 2 }, { v: 1, focus: 'no', results: [], shown: 0 }, { __proto__: { v: 1 } }]) {
      expect(coerceState(bad, 7)).toEqual(newState(7));
    }
  });

  it('keeps the valid parts and bounds the rest', () => {
    const s = coerceState(
      {
        v: 1,
        focus: [{ key: 'c:peskov', label: 'Peskov', kind: 'person', weight: 4, age: 0 }, { key: 1 }],
        results: Array.from({ length: 80 }, (_, i) => ({ story: 's', ref: String(i), score: 1 })),
        shown: 999,
        lastQuestion: 'q'.repeat(1000),
        lang: 'fr',
        at: 1,
      },
      2,
    );
    expect(s.focus).toHaveLength(1);
    expect(s.results).toHaveLength(50);
    expect(s.shown).toBe(50);
    expect(s.lastQuestion).toHaveLength(300);
    expect(s.lang).toBeUndefined();
  });
});

describe('conversation memory in the state', () => {
  it('keeps what was shown, the last answer and pending choices, bounded, and drops forged parts', () => {
    const s = coerceState(
      {
        v: 1,
        focus: [],
        results: [],
        shown: 0,
        at: 1,
        seen: [...Array.from({ length: 90 }, (_, i) => `s#${i}`), 7, 'x'.repeat(500)],
        last: { story: 's', refs: ['23', '24.1', '25'], people: ['peskov', 4], speaker: 'peskov', places: 'no', years: ['n:2014'] },
        choices: [
          { story: 's', ref: '27', person: 'trump' },
          { story: 's', ref: 28 },
          ...Array.from({ length: 9 }, () => ({ story: 's', ref: '1', person: 'p' })),
        ],
      },
      2,
    );
    expect(s.seen).toHaveLength(MAX_SEEN);
    expect(s.seen?.at(-1)).toBe('s#89');
    expect(s.last).toEqual({ story: 's', refs: ['23', '24.1'], people: ['peskov'], speaker: 'peskov', places: [], years: ['n:2014'] });
    expect(s.choices?.[0]).toEqual({ story: 's', ref: '27', person: 'trump' });
    expect(s.choices?.length).toBeLessThanOrEqual(3);
    expect(coerceState({ v: 1, focus: [], results: [], shown: 0, last: { story: 1 } }, 2).last).toBeUndefined();
  });

  it('withSeen adds refs as the newest, once each, and forgets the oldest past the bound', () => {
    expect(withSeen(['a', 'b'], ['b', 'c'])).toEqual(['a', 'b', 'c']);
    expect(
      withSeen(
        Array.from({ length: MAX_SEEN }, (_, i) => String(i)),
        ['new'],
      ).at(0),
    ).toBe('1');
  });
});
