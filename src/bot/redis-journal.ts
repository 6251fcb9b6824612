/**
 * The update journal in Redis (SESSION_STORE=redis), shared by every instance behind the load
 * balancer: a webhook redelivery that lands on another instance is still answered once.
 *
 * Keys (under REDIS_PREFIX): `journal:pending`, a hash of update id → {update, time, owner};
 * `journal:handled:<id>`, set for a day once an update is handled; `journal:alive:<owner>`, kept
 * alive by each running instance. At start-up an instance takes over its own pending updates (left
 * by its previous run) and those of owners no longer alive (a crashed or stopped instance), and
 * replays them; while it runs it keeps looking for owners that die.
 */
import { randomUUID } from 'node:crypto';
import type { Update } from 'grammy/types';
import type { Logger } from '../logger.js';
import { JOURNAL_MAX_AGE_MS, type Journal } from './journal.js';
import type { RedisLink } from './redis.js';

/** How long an instance counts as alive after its last heartbeat. */
const ALIVE_MS = 30_000;
/** Heartbeat period. */
const HEARTBEAT_MS = 10_000;
/** How long a handled id is remembered (Telegram keeps an update at most a day). */
const HANDLED_SECONDS = 24 * 3600;

/** Journals `id` unless it is already journaled or handled: 1 if added, 0 if seen before. KEYS: pending, handled:<id>. ARGV: id, entry. */
const ADMIT_SCRIPT = `
if redis.call('EXISTS', KEYS[2]) == 1 or redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1`;

/** Takes over an entry if it is still the one read: 1 if taken. KEYS: pending. ARGV: id, entry as read, new entry. */
const CLAIM_SCRIPT = `
if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
return 1`;

/** Options for `createRedisJournal`. */
export interface RedisJournalOptions {
  /**
   * This instance's name in the journal; keep it the same across restarts (host and port), so a
   * restarted instance replays what it left at once instead of waiting for its old heartbeat to expire.
   */
  readonly owner?: string;
  /** Clock, for tests. */
  readonly now?: () => number;
}

interface Entry {
  readonly u: Update;
  readonly t: number;
  readonly o: string;
}

/**
 * Creates the journal on an open Redis link (the sessions' link). Commands fail fast while Redis is
 * down: `admit` then throws, and the bot falls back to confirming updates only once handled.
 */
export function createRedisJournal(link: RedisLink, logger: Logger, options: RedisJournalOptions = {}): Journal {
  const owner = options.owner ?? randomUUID();
  const now = options.now ?? Date.now;
  const redis = link.client;
  let depth = 0;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let watch: ReturnType<typeof setInterval> | undefined;
  let closed = false;
  const beat = () => redis.set(`journal:alive:${owner}`, '1', 'PX', ALIVE_MS).catch((error: unknown) => link.failed(error, 'journal heartbeat'));

  /**
   * Takes over the pending updates of owners no longer alive (and, at start-up, this owner's own:
   * the previous run of this instance). Returns them oldest first.
   */
  const takeOver = async (ownToo: boolean): Promise<Update[]> => {
    const taken: Update[] = [];
    let stale = 0;
    try {
      const all = await redis.hgetall('journal:pending');
      for (const [id, raw] of Object.entries(all)) {
        let entry: Entry;
        try {
          entry = JSON.parse(raw) as Entry;
        } catch {
          await redis.hdel('journal:pending', id);
          continue;
        }
        if (entry.o === owner ? !ownToo : (await redis.exists(`journal:alive:${entry.o}`)) === 1) continue;
        if (now() - entry.t > JOURNAL_MAX_AGE_MS) {
          await redis.hdel('journal:pending', id);
          stale++;
          continue;
        }
        if ((await redis.eval(CLAIM_SCRIPT, 1, 'journal:pending', id, raw, JSON.stringify({ ...entry, o: owner }))) === 1) taken.push(entry.u);
      }
    } catch (error) {
      link.failed(error, 'journal replay');
      logger.error({ err: error }, 'journal: could not read the updates left by stopped instances; trying again later');
    }
    if (stale > 0) logger.warn({ updates: stale }, 'journal: dropped updates older than a day instead of answering them so late');
    if (taken.length > 0) logger.info({ updates: taken.length }, 'journal: replaying updates received but not handled by a stopped instance');
    depth += taken.length;
    return taken.sort((a, b) => a.update_id - b.update_id);
  };

  return {
    durable: true,

    async open(later) {
      await beat();
      heartbeat = setInterval(() => void beat(), HEARTBEAT_MS);
      heartbeat.unref();
      // An instance that crashed on another host is noticed once its heartbeat has expired.
      if (later !== undefined) {
        watch = setInterval(() => {
          if (!closed) void takeOver(false).then((taken) => taken.length > 0 && later(taken));
        }, ALIVE_MS);
        watch.unref();
      }
      return takeOver(true);
    },

    async admit(updates) {
      if (closed) throw new Error('the update journal is closed (the bot is stopping)');
      const t = now();
      const added = await Promise.all(
        updates.map((u) =>
          redis.eval(
            ADMIT_SCRIPT,
            2,
            'journal:pending',
            `journal:handled:${u.update_id}`,
            String(u.update_id),
            JSON.stringify({ u, t, o: owner } satisfies Entry),
          ),
        ),
      );
      const fresh = updates.filter((_, i) => added[i] === 1);
      depth += fresh.length;
      return fresh;
    },

    async done(updateId) {
      depth = Math.max(0, depth - 1);
      try {
        await redis.multi().hdel('journal:pending', String(updateId)).set(`journal:handled:${updateId}`, '1', 'EX', HANDLED_SECONDS).exec();
      } catch (error) {
        link.failed(error, 'journal done');
      }
    },

    depth: () => depth,

    async close() {
      closed = true;
      if (heartbeat !== undefined) clearInterval(heartbeat);
      if (watch !== undefined) clearInterval(watch);
      // Gone at once, so the next instance to start takes over what this one leaves journaled.
      await redis.del(`journal:alive:${owner}`).catch(() => {});
    },
  };
}
