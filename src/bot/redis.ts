/**
 * Redis for SESSION_STORE=redis: the client, sessions through @grammyjs/storage-redis, and the
 * per-user rate limit, so several bot instances behind a load balancer share their users.
 *
 * Redis being down must never take the bot down with it: every command fails fast (no offline
 * queue, short timeouts), sessions then read as fresh and are not written back (so the stored
 * context survives the outage), the rate limit lets users through, and the outage is logged once.
 */
import { RedisAdapter } from '@grammyjs/storage-redis';
import type { StorageAdapter } from 'grammy';
import { Redis } from 'ioredis';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { RateLimitStore, RateVerdict } from './middlewares/rate-limit.js';

/** A command that takes longer than this counts as a failure: a slow answer beats a stuck one. */
const COMMAND_TIMEOUT_MS = 1_000;
/** How long start-up waits for the first connection before going on without Redis. */
const CONNECT_WAIT_MS = 5_000;

/** The Redis connection plus what the bot needs to know about its health. */
export interface RedisLink {
  readonly client: Redis;
  /** Records a failed command; logs only the first failure of an outage. */
  failed(error: unknown, what: string): void;
  /** Waits (at most a few seconds) for the first connection; false if Redis is not reachable yet. */
  ready(): Promise<boolean>;
  /** Closes the connection after pending commands. */
  close(): Promise<void>;
}

/**
 * Connects to `config.redisUrl`, prefixing every key with `config.redisPrefix`.
 * The URL (which may hold a password) is never logged.
 */
export function connectRedis(config: Pick<Config, 'redisUrl' | 'redisPrefix'>, logger: Logger): RedisLink {
  if (config.redisUrl === undefined) throw new Error('SESSION_STORE=redis needs REDIS_URL, e.g. redis://127.0.0.1:6379/0');
  const client = new Redis(config.redisUrl, {
    keyPrefix: config.redisPrefix,
    // Fail commands at once while disconnected instead of queueing them behind a dead link.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 2_000,
    // Keep reconnecting forever, backing off to one attempt every 5 s.
    retryStrategy: (times) => Math.min(times * 200, 5_000),
  });
  let down = false;
  const failed = (error: unknown, what: string): void => {
    if (down) return;
    down = true;
    logger.error({ err: error, what }, 'Redis is unreachable: answering without follow-up context until it is back (check REDIS_URL and the server)');
  };
  client.on('error', (error: unknown) => failed(error, 'connection'));
  client.on('ready', () => {
    if (down) logger.info('Redis is back: sessions and rate limits are shared again');
    down = false;
  });
  return {
    client,
    failed,
    ready: () =>
      client.status === 'ready'
        ? Promise.resolve(true)
        : new Promise<boolean>((resolve) => {
            const timer = setTimeout(() => {
              client.off('ready', onReady);
              resolve(false);
            }, CONNECT_WAIT_MS);
            const onReady = () => {
              clearTimeout(timer);
              resolve(true);
            };
            client.once('ready', onReady);
          }),
    close: async () => {
      await client.quit().catch(() => client.disconnect());
    },
  };
}

/**
 * Sessions in Redis under `<prefix>session:<chat id>`, expiring `ttlSeconds` after the last write.
 * A failed read gives the chat a fresh session for this update, and that session is then not
 * written, so the context stored before the outage is still there when Redis comes back.
 */
export function redisSessionStorage<T>(link: RedisLink, ttlSeconds: number): StorageAdapter<T> {
  const inner = new RedisAdapter<T>({ instance: link.client, ttl: ttlSeconds });
  const unread = new Set<string>();
  return {
    async read(key) {
      try {
        const value = await inner.read(`session:${key}`);
        unread.delete(key);
        return value;
      } catch (error) {
        link.failed(error, 'session read');
        unread.add(key);
        return undefined;
      }
    },
    async write(key, value) {
      // One chat's updates are sequential (sequentialize), so this flag belongs to the update at hand.
      if (unread.delete(key)) return;
      try {
        await inner.write(`session:${key}`, value);
      } catch (error) {
        link.failed(error, 'session write');
      }
    },
    async delete(key) {
      try {
        await inner.delete(`session:${key}`);
      } catch (error) {
        link.failed(error, 'session delete');
      }
    },
  };
}

/**
 * One atomic step of the sliding-window limit: drop hits older than the window, then either count
 * this hit (0), or refuse it and say whether this window's notice is still due (1) or was sent (2).
 * KEYS: the hits (a sorted set scored by time), the notice flag. ARGV: now, window ms, limit, a unique member.
 */
const RATE_SCRIPT = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 0
end
if redis.call('SET', KEYS[2], '1', 'NX', 'PX', ARGV[2]) then return 1 end
return 2`;

/**
 * The per-user rate limit in Redis (keys `<prefix>rate:<user>` and `<prefix>rate-notice:<user>`),
 * shared by every instance. While Redis is down it lets everyone through: better an unlimited bot
 * than a mute one.
 */
export function redisRateLimitStore(link: RedisLink, limit: number, windowMs: number, namespace = 'rate'): RateLimitStore {
  let counter = 0;
  return {
    async hit(user, now) {
      try {
        const member = `${now}:${process.pid}:${counter++}`;
        const verdict = (await link.client.eval(RATE_SCRIPT, 2, `${namespace}:${user}`, `${namespace}-notice:${user}`, now, windowMs, limit, member)) as number;
        return (['allow', 'notice', 'silent'] as const)[verdict] ?? 'allow';
      } catch (error) {
        link.failed(error, 'rate limit');
        return 'allow' satisfies RateVerdict;
      }
    },
  };
}
