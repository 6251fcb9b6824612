/**
 * Picks the update journal for the configured store: Redis with SESSION_STORE=redis (shared by the
 * instances), a file under DATA_DIR with file sessions, memory otherwise (tests: deduplication only).
 */
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createFileJournal, type Journal } from './journal.js';
import { createRedisJournal } from './redis-journal.js';
import type { SessionStorage } from './session.js';

/** The journal file's name under DATA_DIR. */
export const JOURNAL_FILE = 'journal.jsonl';

/** Creates the journal beside the sessions: on their Redis link, or under DATA_DIR. */
export function createJournal(config: Config, logger: Logger, sessions: SessionStorage): Journal {
  // Host and port name an instance across restarts (two instances on one host need two ports).
  if (sessions.redis !== undefined) return createRedisJournal(sessions.redis, logger, { owner: `${hostname()}:${config.port}` });
  return createFileJournal({ file: config.sessionStore === 'file' ? join(config.dataDir, JOURNAL_FILE) : undefined, logger });
}
