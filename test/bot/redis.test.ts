/**
 * Sessions and the rate limit in Redis: the round trip under the configured prefix, limits shared by
 * two instances, and what an outage does (fresh session, nothing overwritten, users let through,
 * one log line). Needs Redis on 127.0.0.1:6379 for the shared parts; the outage part never does.
 */
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { connectRedis, redisRateLimitStore, redisSessionStorage } from '../../src/bot/redis.js';
import { createSessionStorage } from '../../src/bot/session.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { redisUp } from '../support/redis.js';
import { TOKEN } from './harness.js';

const URL_UP = 'redis://127.0.0.1:6379/0';
const PREFIX = `sanad-unit-${process.pid}-${Date.now().toString(36)}:`;

function logged() {
  const lines: string[] = [];
  const logger = createLogger({ logLevel: 'info', botToken: TOKEN }, (line) => void lines.push(line));
  return { lines, logger };
}

describe.skipIf(!(await redisUp()))('Redis sessions and rate limit (live server)', () => {
  const links: ReturnType<typeof connectRedis>[] = [];
  /** A connected link: with no offline queue, commands sent before the connection is up fail. */
  const link = async () => {
    const l = connectRedis({ redisUrl: URL_UP, redisPrefix: PREFIX }, logged().logger);
    links.push(l);
    expect(await l.ready()).toBe(true);
    return l;
  };
  afterAll(async () => {
    const redis = new Redis(URL_UP);
    const keys = await redis.keys(`${PREFIX}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await Promise.all(links.map((l) => l.close()));
  });

  it('stores a session under <prefix>session:<chat> with the TTL, readable by another instance', async () => {
    const a = await link();
    const b = await link();
    await redisSessionStorage<{ n: number }>(a, 3600).write('42', { n: 7 });
    expect(await redisSessionStorage<{ n: number }>(b, 3600).read('42')).toEqual({ n: 7 });
    const ttl = await a.client.ttl('session:42');
    expect(ttl).toBeGreaterThan(3500);
    const raw = new Redis(URL_UP);
    expect(await raw.get(`${PREFIX}session:42`)).toBe('{"n":7}');
    raw.disconnect();
  });

  it('counts one user across instances: allow up to the limit, then one notice, then silence', async () => {
    const a = redisRateLimitStore(await link(), 3, 60_000);
    const b = redisRateLimitStore(await link(), 3, 60_000);
    const now = 1_700_000_000_000;
    const verdicts = [await a.hit(9, now), await b.hit(9, now + 1), await a.hit(9, now + 2), await b.hit(9, now + 3), await a.hit(9, now + 4)];
    expect(verdicts).toEqual(['allow', 'allow', 'allow', 'notice', 'silent']);
    // Another user is not affected, and the window slides: a minute later the user may ask again.
    expect(await a.hit(10, now + 5)).toBe('allow');
    expect(await b.hit(9, now + 60_001)).toBe('allow');
  });

  it('createSessionStorage wires SESSION_STORE=redis to both', async () => {
    const config = loadConfig({ BOT_TOKEN: TOKEN, SESSION_STORE: 'redis', REDIS_URL: URL_UP, REDIS_PREFIX: PREFIX });
    const storage = createSessionStorage(config, logged().logger);
    expect(await storage.ready()).toBe(true);
    expect(storage.rateLimit).toBeDefined();
    await storage.adapter.write('77', { turn: 1, turns: [], replies: [] });
    expect(await storage.adapter.read('77')).toEqual({ turn: 1, turns: [], replies: [] });
    await storage.close();
  });
});

describe('a Redis outage', () => {
  it('gives a fresh session without overwriting the stored one, lets users through, and logs once', async () => {
    const { lines, logger } = logged();
    // Nothing listens on port 1, so every command fails at once.
    const down = connectRedis({ redisUrl: 'redis://127.0.0.1:1/0', redisPrefix: PREFIX }, logger);
    const sessions = redisSessionStorage<{ n: number }>(down, 60);
    expect(await sessions.read('5')).toBeUndefined();
    // The read failed, so this write (of a fresh session) is skipped rather than clobbering the real one.
    await expect(sessions.write('5', { n: 0 })).resolves.toBeUndefined();
    expect(await redisRateLimitStore(down, 1, 60_000).hit(5, 0)).toBe('allow');
    expect(await redisRateLimitStore(down, 1, 60_000).hit(5, 1)).toBe('allow');
    await new Promise((r) => setTimeout(r, 300));
    const outages = lines.filter((l) => l.includes('Redis is unreachable'));
    expect(outages).toHaveLength(1);
    expect(outages[0]).toContain('check REDIS_URL');
    await down.close();
  });
});
