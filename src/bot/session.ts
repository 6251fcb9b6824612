/**
 * Per-chat sessions: the key, the initial value, the size bounds, and where they are stored.
 */
import { join } from 'node:path';
import { type Context, MemorySessionStorage, type StorageAdapter } from 'grammy';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { ChatState } from '../types.js';
import type { ReplyLink, SessionData, Turn } from './context.js';
import { createFileStorage, type FileStorage } from './file-storage.js';
import { RATE_WINDOW_MS, type RateLimitStores } from './middlewares/rate-limit.js';
import { connectRedis, type RedisLink, redisRateLimitStore, redisSessionStorage } from './redis.js';
import { withWriteBehind } from './write-behind.js';

/** Turns kept per chat: how far back "Context" buttons keep working. */
export const MAX_TURNS = 10;
/** Question → answer links kept per chat: how far back an edited question updates its answer. */
export const MAX_REPLIES = 20;
/** Hard cap on one stored session; the bounds above keep real sessions far below it. */
export const MAX_SESSION_BYTES = 64 * 1024;

/**
 * The session key: the chat id. Shared with `sequentialize`, so one chat's updates run in order
 * while different chats run in parallel. Undefined for inline queries, which have no chat.
 */
export function sessionKey(ctx: Context): string | undefined {
  return ctx.chat?.id.toString();
}

/**
 * The version of the session shape. 1 had no `v` field; 2 adds it (same fields). Bump it when the
 * shape changes, and teach session-schema.ts to migrate the older one.
 */
export const SESSION_VERSION = 2;

/** A fresh session. */
export function initialSession(): SessionData {
  return { v: SESSION_VERSION, turn: 0, turns: [], replies: [] };
}

/** Records an answer message's turn and returns it, dropping the oldest beyond MAX_TURNS. */
export function addTurn(session: SessionData, turn: Omit<Turn, 'id'>): Turn {
  const added = { ...turn, id: session.turn + 1 };
  session.turn = added.id;
  session.turns = [...session.turns, added].slice(-MAX_TURNS);
  return added;
}

/** Sentences a turn's snapshot remembers as shown: enough not to repeat the recent ones, small enough for ten turns. */
const SNAPSHOT_SEEN = 20;

/**
 * The state to remember with a turn: the conversation after it, without the ranked results (only the
 * latest answer pages on with "More") and with fewer shown sentences, so ten turns stay a few KB.
 */
export function snapshot(state: ChatState): ChatState {
  return { ...state, results: [], shown: 0, ...(state.seen === undefined ? {} : { seen: state.seen.slice(-SNAPSHOT_SEEN) }) };
}

/** Records the messages an answer was sent as on its turn. */
export function setTurnMessages(session: SessionData, turnId: number, messages: readonly number[]): void {
  session.turns = session.turns.map((t) => (t.id === turnId ? { ...t, messages: [...messages] } : t));
}

/** The turn whose answer is the given message, if it is still remembered. */
export function turnOfMessage(session: SessionData, messageId: number): Turn | undefined {
  return session.turns.find((t) => t.messages?.includes(messageId) === true);
}

/** Remembers which message answered which question, dropping the oldest beyond MAX_REPLIES. */
export function linkReply(session: SessionData, link: ReplyLink): void {
  session.replies = [...session.replies.filter((r) => r.question !== link.question), link].slice(-MAX_REPLIES);
}

/** Where sessions (and, with Redis, the rate limit) live, plus upkeep. */
export interface SessionStorage {
  readonly adapter: StorageAdapter<SessionData>;
  /** The shared rate-limit stores with Redis; undefined means each process counts in memory. */
  readonly rateLimit?: RateLimitStores;
  /** The Redis connection with SESSION_STORE=redis (the update journal shares it). */
  readonly redis?: RedisLink;
  /** Deletes expired entries (files only; memory and Redis expire entries themselves). */
  sweep(): Promise<number>;
  /** Waits for the store to be reachable; false if it is not yet (the bot runs on, degraded). */
  ready(): Promise<boolean>;
  /** Whether a shared store (Redis) is connected right now, for /readyz; undefined for local stores. */
  readonly connected?: () => boolean;
  /** Releases connections, after the last update is handled. */
  close(): Promise<void>;
}

/** How long a session write may wait in memory before it goes to its file. */
const WRITE_BEHIND_MS = 200;
/** Most chats whose sessions are kept in memory in front of the files. */
const WRITE_BEHIND_ENTRIES = 5_000;

/**
 * Creates the configured storage: files under `<DATA_DIR>/sessions` (one instance; survive restarts),
 * Redis at REDIS_URL (several instances share users), or memory. Entries expire after SESSION_TTL_HOURS.
 */
export function createSessionStorage(config: Config, logger: Logger): SessionStorage {
  const ttlMs = config.sessionTtlHours * 3_600_000;
  const nothing = { sweep: async () => 0, ready: async () => true, close: async () => {} };
  if (config.sessionStore === 'memory') return { ...nothing, adapter: new MemorySessionStorage<SessionData>(ttlMs) };
  if (config.sessionStore === 'redis') {
    const link = connectRedis(config, logger);
    return {
      adapter: redisSessionStorage<SessionData>(link, ttlMs / 1000),
      rateLimit: {
        user: redisRateLimitStore(link, config.rateLimitPerMinute, RATE_WINDOW_MS),
        // Group ids are negative, so they never meet a user's key; inline queries count apart.
        chat: redisRateLimitStore(link, config.chatRateLimitPerMinute, RATE_WINDOW_MS),
        inline: redisRateLimitStore(link, config.inlineRateLimitPerMinute, RATE_WINDOW_MS, 'inline-rate'),
      },
      redis: link,
      sweep: async () => 0,
      ready: () => link.ready(),
      connected: () => link.client.status === 'ready',
      close: () => link.close(),
    };
  }
  const files: FileStorage<SessionData> = createFileStorage<SessionData>({
    dir: join(config.dataDir, 'sessions'),
    ttlMs,
    maxBytes: MAX_SESSION_BYTES,
    logger,
  });
  // One process owns the files: keep recent chats in memory and write each chat at most once per
  // flush, instead of a file per update (the main cost of a busy bot). stop() flushes.
  const cached = withWriteBehind<SessionData>(files, { delayMs: WRITE_BEHIND_MS, maxEntries: WRITE_BEHIND_ENTRIES, ttlMs });
  return { ...nothing, adapter: cached, sweep: () => files.sweep(), close: () => cached.flush() };
}
