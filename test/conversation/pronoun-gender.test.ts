/**
 * A person a gendered pronoun stood for keeps that gender in the conversation's focus: "she" / "her"
 * after "he" is someone else. Over a guessed name (a song title read as a person, the speaker of an
 * answer), "When did he quit his job?" made that name "he"; "What did her mother do?" then stands for
 * the person of the answer just shown, not for whom "he" was.
 */
import { describe, expect, it } from 'vitest';
import { coerceState } from '../../src/conversation/state.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { buildIndex } from '../../src/search/index.js';
import { answer, followUpOver, person, state } from '../support/focus.js';

const index = buildIndex(loadKnowledge(DEFAULT_KNOWLEDGE_DIR));
const ask = followUpOver(index);

describe('a gendered pronoun', () => {
  it('remembers the gender of whom it stood for', () => {
    const { focus } = ask('when did he quit his job?', state([], answer('6', ['peskov'], 'peskov')));
    expect(focus.find((f) => f.key === 'c:peskov')?.gender).toBe('m');
  });

  it('of the other gender stands for someone else: the person of the answer just shown', () => {
    const before = state([{ ...person('peskov'), gender: 'm' }], answer('7', ['rayner'], 'rayner'));
    const carried = ask('what did her mother do?', before).r.carried.map((u) => u.key);
    expect(carried).toContain('c:rayner');
    expect(carried).not.toContain('c:peskov');
  });

  it('of the same gender, or none remembered, still stands for the person in focus', () => {
    expect(
      ask('what did he say next?', state([{ ...person('peskov'), gender: 'm' }], answer('7', ['rayner'], 'rayner'))).r.carried.map((u) => u.key),
    ).toContain('c:peskov');
    expect(ask('what did her mother do?', state([person('peskov')], answer('7', ['rayner'], 'rayner'))).r.carried.map((u) => u.key)).toContain('c:peskov');
  });
});

describe("a gendered pronoun of the other gender than the answer's own person", () => {
  it('does not stand for the man "he" stood for, nor turn him into "she"', () => {
    // "What did Trump say …?" → "what else did he say?" (Trump is "he", and speaks in the answer shown)
    // → "what did she say?": not Trump.
    const before = state([{ ...person('trump'), gender: 'm' }], answer('10', ['trump'], 'trump'));
    const { r, focus } = ask('what did she say?', before);
    expect(r.carried.map((u) => u.key)).not.toContain('c:trump');
    expect(focus.find((f) => f.key === 'c:trump')?.gender).not.toBe('f');
  });
});

describe('a stored gender', () => {
  it('other than "m" / "f" is dropped when a state comes back from storage', () => {
    const stored = JSON.parse(
      JSON.stringify(
        state([
          { ...person('peskov'), gender: 'm' },
          { ...person('rayner'), gender: 'x' as 'f' },
        ]),
      ),
    );
    const focus = coerceState(stored).focus;
    expect(focus.find((f) => f.key === 'c:peskov')?.gender).toBe('m');
    expect(focus.find((f) => f.key === 'c:rayner')).toBeDefined();
    expect(focus.find((f) => f.key === 'c:rayner')?.gender).toBeUndefined();
  });
});
