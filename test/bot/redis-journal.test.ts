/**
 * The update journal in Redis (src/bot/redis-journal.ts), shared by instances: a redelivery that
 * lands on another instance is not handled twice, and an instance that starts takes over what a
 * stopped or crashed one left, but never what a live one is handling. Needs Redis on 127.0.0.1:6379.
 */
import type { Update } from 'grammy/types';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { connectRedis } from '../../src/bot/redis.js';
import { createRedisJournal } from '../../src/bot/redis-journal.js';
import { createLogger } from '../../src/logger.js';
import { redisUp, TEST_REDIS_URL } from '../support/redis.js';

const PREFIX = `sanad-journal-${process.pid}-${Date.now().toString(36)}:`;
const logger = createLogger({ logLevel: 'silent', botToken: '' });
const update = (id: number): Update =>
  ({ update_id: id, message: { message_id: id, date: 0, chat: { id: 1, type: 'private', first_name: 'A' }, text: `q${id}` } }) as Update;

describe.skipIf(!(await redisUp()))('Redis update journal (live server)', () => {
  const links: ReturnType<typeof connectRedis>[] = [];
  const link = async (prefix = PREFIX) => {
    const l = connectRedis({ redisUrl: TEST_REDIS_URL, redisPrefix: prefix }, logger);
    links.push(l);
    expect(await l.ready()).toBe(true);
    return l;
  };
  afterAll(async () => {
    const redis = new Redis(TEST_REDIS_URL);
    const keys = await redis.keys(`${PREFIX}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await Promise.all(links.map((l) => l.close()));
  });

  it('admits an update once across instances, before and after it is handled', async () => {
    const a = createRedisJournal(await link(), logger);
    const b = createRedisJournal(await link(), logger);
    await a.open();
    await b.open();
    expect(await a.admit([update(1), update(2)])).toHaveLength(2);
    // Telegram sends update 1 again, to the other instance, while the first still handles it.
    expect(await b.admit([update(1), update(3)])).toEqual([update(3)]);
    await a.done(1);
    expect(await b.admit([update(1)])).toEqual([]);
    await a.close();
    await b.close();
  });

  it("takes over a stopped instance's leftovers at start-up, but not a live instance's", async () => {
    const live = createRedisJournal(await link(), logger);
    const crashed = createRedisJournal(await link(), logger);
    await live.open();
    await crashed.open();
    await live.admit([update(10)]);
    await crashed.admit([update(11), update(12)]);
    await crashed.done(12);
    // The crashed instance's heartbeat is gone (close() removes it at once; a crash lets it expire).
    await crashed.close();
    const next = createRedisJournal(await link(), logger);
    expect((await next.open()).map((u) => u.update_id)).toEqual([11]);
    // Taken over once: a second instance starting now finds nothing left to take.
    const another = createRedisJournal(await link(), logger);
    expect(await another.open()).toEqual([]);
    await Promise.all([live.close(), next.close(), another.close()]);
  });

  it('a restarted instance (the same owner) replays its own leftovers at once after a crash', async () => {
    // A prefix of its own: the tests above leave orphans, which any instance would rightly take over.
    const own = `${PREFIX}own:`;
    const crashed = createRedisJournal(await link(own), logger, { owner: 'host-a:8080' });
    await crashed.open();
    await crashed.admit([update(20), update(21)]);
    await crashed.done(20);
    // No close(): killed. Its heartbeat is still alive for up to 30 s, but the restart is the same owner.
    const restarted = createRedisJournal(await link(own), logger, { owner: 'host-a:8080' });
    expect((await restarted.open()).map((u) => u.update_id)).toEqual([21]);
    const other = createRedisJournal(await link(own), logger, { owner: 'host-b:8080' });
    expect(await other.open()).toEqual([]);
    await Promise.all([restarted.close(), other.close()]);
  });
});
