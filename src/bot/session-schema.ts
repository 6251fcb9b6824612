/**
 * What a stored session must look like, checked on every read: a session of the wrong shape (an
 * older release's, a hand-edited or truncated file, `null`, `[]`) is migrated when it can be and
 * replaced by a fresh one when it cannot, so no stored value can make a chat's updates fail.
 */
import type { StorageAdapter } from 'grammy';
import type { Logger } from '../logger.js';
import type { ReplyLink, SessionData, Turn } from './context.js';
import { LANGS } from './i18n.js';
import { initialSession, MAX_REPLIES, MAX_TURNS, SESSION_VERSION } from './session.js';

/** What reading a stored value gave: the session to use, and what was done to it. */
export interface CheckedSession {
  readonly session: SessionData | undefined;
  /**
   * `ok`: used as stored; `migrated`: a valid session of an older version, upgraded; `repaired`: the
   * wrong shape, its usable parts kept; `fresh`: nothing usable, replaced by a fresh session.
   */
  readonly outcome: 'ok' | 'migrated' | 'repaired' | 'fresh';
}

/**
 * Checks a stored value. `undefined` (nothing stored) stays undefined. The engine's own `state` is
 * checked by the engine (coerceState); here it need only be an object.
 */
export function checkSession(value: unknown): CheckedSession {
  if (value === undefined) return { session: undefined, outcome: 'ok' };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { session: initialSession(), outcome: 'fresh' };
  const s = value as Record<string, unknown>;
  if (s.v === SESSION_VERSION && isCurrent(s)) return { session: value as SessionData, outcome: 'ok' };
  // Version 1 had no `v`; anything else of the wrong shape keeps what is still usable.
  const turn = isCount(s.turn) ? s.turn : 0;
  const turns = Array.isArray(s.turns) ? s.turns.filter(isTurn).slice(-MAX_TURNS) : [];
  const replies = Array.isArray(s.replies) ? s.replies.filter(isReply).slice(-MAX_REPLIES) : [];
  const session: SessionData = {
    ...initialSession(),
    // Buttons carry turn ids: the counter must stay above every kept turn.
    turn: Math.max(turn, ...turns.map((t) => t.id)),
    turns,
    replies,
    ...(isObject(s.state) ? { state: s.state as SessionData['state'] } : {}),
    ...(typeof s.pinned === 'string' ? { pinned: s.pinned } : {}),
    ...(LANGS.includes(s.lang as never) ? { lang: s.lang as SessionData['lang'] } : {}),
  };
  const outcome = s.v === undefined && isCurrent(s) ? 'migrated' : Object.keys(s).length > 0 ? 'repaired' : 'fresh';
  return { session, outcome };
}

/** Chats whose repaired session was logged, so a session that stays broken is logged once. */
const LOGGED_KEYS_KEPT = 10_000;

/**
 * Wraps a session storage so every read is checked (see `checkSession`), logging once per chat
 * when a session is migrated or replaced. Writes and deletes pass through.
 */
export function validatedSessions(inner: StorageAdapter<SessionData>, logger: Logger): StorageAdapter<SessionData> {
  const logged = new Set<string>();
  return {
    async read(key) {
      const { session, outcome } = checkSession(await inner.read(key));
      if (outcome !== 'ok' && !logged.has(key)) {
        if (logged.size >= LOGGED_KEYS_KEPT) logged.clear();
        logged.add(key);
        if (outcome === 'migrated') logger.info({ chat: key, version: SESSION_VERSION }, 'session upgraded from an older version');
        else
          logger.warn(
            { chat: key, outcome },
            outcome === 'repaired' ? 'session of the wrong shape: kept what is still usable' : 'session of the wrong shape: starting a fresh one',
          );
      }
      return session;
    },
    write: (key, value) => inner.write(key, value),
    delete: (key) => inner.delete(key),
  };
}

function isCurrent(s: Record<string, unknown>): boolean {
  return (
    isCount(s.turn) &&
    Array.isArray(s.turns) &&
    s.turns.length <= MAX_TURNS &&
    s.turns.every(isTurn) &&
    Array.isArray(s.replies) &&
    s.replies.length <= MAX_REPLIES &&
    s.replies.every(isReply) &&
    (s.state === undefined || isObject(s.state)) &&
    (s.pinned === undefined || typeof s.pinned === 'string') &&
    (s.lang === undefined || LANGS.includes(s.lang as never))
  );
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isTurn(value: unknown): value is Turn {
  if (!isObject(value)) return false;
  const t = value as Record<string, unknown>;
  return (
    isCount(t.id) &&
    typeof t.question === 'string' &&
    Array.isArray(t.cites) &&
    t.cites.every((c) => isObject(c) && typeof (c as Record<string, unknown>).story === 'string' && typeof (c as Record<string, unknown>).ref === 'string')
  );
}

function isReply(value: unknown): value is ReplyLink {
  if (!isObject(value)) return false;
  const r = value as Record<string, unknown>;
  return isCount(r.question) && isCount(r.answer);
}
