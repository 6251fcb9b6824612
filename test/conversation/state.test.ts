import { describe, expect, it } from 'vitest';
import { coerceState, newState } from '../../src/conversation/state.js';

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
