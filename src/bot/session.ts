/**
 * Per-chat sessions: the key, the initial value, the size bounds, and where they are stored.
 */
import { join } from 'node:path';
import { type Context, MemorySessionStorage, type StorageAdapter } from 'grammy';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { ReplyLink, SessionData, Turn } from './context.js';
import { createFileStorage, type FileStorage } from './file-storage.js';

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

/** A fresh session. */
export function initialSession(): SessionData {
  return { turn: 0, turns: [], replies: [] };
}

/** Records an answer message's turn and returns it, dropping the oldest beyond MAX_TURNS. */
export function addTurn(session: SessionData, turn: Omit<Turn, 'id'>): Turn {
  const added = { ...turn, id: session.turn + 1 };
  session.turn = added.id;
  session.turns = [...session.turns, added].slice(-MAX_TURNS);
  return added;
}

/** Remembers which message answered which question, dropping the oldest beyond MAX_REPLIES. */
export function linkReply(session: SessionData, link: ReplyLink): void {
  session.replies = [...session.replies.filter((r) => r.question !== link.question), link].slice(-MAX_REPLIES);
}

/** A session storage plus a sweep of expired entries (a no-op in memory). */
export interface SessionStorage {
  readonly adapter: StorageAdapter<SessionData>;
  sweep(): Promise<number>;
}

/**
 * Creates the configured storage: files under `<DATA_DIR>/sessions` (survive restarts), or memory.
 * Either way entries expire after SESSION_TTL_HOURS.
 */
export function createSessionStorage(config: Config, logger: Logger): SessionStorage {
  const ttlMs = config.sessionTtlHours * 3_600_000;
  if (config.sessionStore === 'memory') return { adapter: new MemorySessionStorage<SessionData>(ttlMs), sweep: async () => 0 };
  const files: FileStorage<SessionData> = createFileStorage<SessionData>({
    dir: join(config.dataDir, 'sessions'),
    ttlMs,
    maxBytes: MAX_SESSION_BYTES,
    logger,
  });
  return { adapter: files, sweep: () => files.sweep() };
}
