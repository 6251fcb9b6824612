/**
 * Whether a Redis server answers at `url` (tests that need one skip, or fail under
 * SANAD_REQUIRE_REDIS=1, when it does not).
 */
import { Redis } from 'ioredis';

/** The Redis the tests use; .ci/run starts one there. */
export const TEST_REDIS_URL = 'redis://127.0.0.1:6379/0';

/** Pings Redis once, giving up after a second. */
export async function redisUp(url = TEST_REDIS_URL): Promise<boolean> {
  const probe = new Redis(url, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => {});
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}
