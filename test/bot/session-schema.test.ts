/**
 * Stored sessions of the wrong shape (src/bot/session-schema.ts): valid JSON that is not a session
 * made every update of the chat fail until its TTL ran out, /reset included. Now each is migrated
 * or replaced on read, logged once per chat, and the chat works.
 */
import type { StorageAdapter } from 'grammy';
import { describe, expect, it } from 'vitest';
import type { SessionData } from '../../src/bot/context.js';
import { SESSION_VERSION } from '../../src/bot/session.js';
import { checkSession } from '../../src/bot/session-schema.js';
import { ALICE, createHarness, message, sentTexts } from './harness.js';

/** A storage holding `value` for Alice's chat, as a file or Redis would hand it back. */
function storageWith(value: unknown): StorageAdapter<SessionData> & { stored: Map<string, unknown> } {
  const stored = new Map<string, unknown>([[String(ALICE.id), value]]);
  return {
    stored,
    read: async (key) => stored.get(key) as SessionData | undefined,
    write: async (key, v) => void stored.set(key, v),
    delete: async (key) => void stored.delete(key),
  };
}

const BROKEN: readonly [string, unknown][] = [
  ['null', null],
  ['an array', []],
  ['an empty object', {}],
  ['a language that does not exist', { lang: 'fr' }],
  ['fields of the wrong type', { turn: 'three', turns: {}, replies: [1, 2], state: 'x', pinned: 7 }],
  ['a number', 42],
];

describe('Scenario: a stored session of the wrong shape', () => {
  for (const [name, value] of BROKEN) {
    it(`/reset and questions work with ${name}`, async () => {
      const storage = storageWith(value);
      const h = createHarness({ storage });
      await h.send(message('/reset'));
      expect(sentTexts(h)[0]).toContain('I have deleted everything I kept about this chat');
      // /reset deletes the session, whatever shape it had.
      expect(storage.stored.has(String(ALICE.id))).toBe(false);
      await h.send(message('What did Trump say?'));
      expect(sentTexts(h)[1]).toContain('Trump');
      // Written back in the current shape.
      expect((storage.stored.get(String(ALICE.id)) as SessionData).v).toBe(SESSION_VERSION);
      expect(h.logs.filter((l) => l.includes('session of the wrong shape'))).toHaveLength(1);
    });
  }

  it('upgrades a session of the previous version (no "v") keeping its language, and says so once', async () => {
    const storage = storageWith({ turn: 4, turns: [], replies: [{ question: 9, answer: 10 }], lang: 'ar' });
    const h = createHarness({ storage, env: { LOG_LEVEL: 'info' } });
    await h.send(message('What did Trump say?'));
    const session = storage.stored.get(String(ALICE.id)) as SessionData;
    expect(session).toMatchObject({ v: SESSION_VERSION, lang: 'ar' });
    expect(session.turn).toBeGreaterThanOrEqual(4);
    // The kept language is the one /reset answers in, before it deletes the session.
    await h.send(message('/reset'));
    expect(sentTexts(h)[1]).toContain('حذفتُ كل ما أحفظه');
    expect(storage.stored.has(String(ALICE.id))).toBe(false);
    expect(h.logs.filter((l) => l.includes('session upgraded from an older version'))).toHaveLength(1);
  });
});

describe('checkSession', () => {
  it('keeps a current session as it is (the same object: no copy per update)', () => {
    const session = { v: SESSION_VERSION, turn: 1, turns: [{ id: 1, question: 'q', cites: [{ story: 's', ref: '1' }] }], replies: [] };
    expect(checkSession(session)).toEqual({ session, outcome: 'ok' });
    expect(checkSession(session).session).toBe(session);
  });

  it('keeps the usable parts of a damaged one, and the turn counter above every kept turn', () => {
    const { session, outcome } = checkSession({ turn: -1, turns: [{ id: 7, question: 'q', cites: [] }, { id: 'x' }], replies: 'no', lang: 'en' });
    expect(outcome).toBe('repaired');
    expect(session).toEqual({ v: SESSION_VERSION, turn: 7, turns: [{ id: 7, question: 'q', cites: [] }], replies: [], lang: 'en' });
  });

  it('leaves "nothing stored" as nothing', () => {
    expect(checkSession(undefined)).toEqual({ session: undefined, outcome: 'ok' });
  });
});
