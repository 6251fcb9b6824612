import type { StorageAdapter } from 'grammy';
import { describe, expect, it, vi } from 'vitest';
import { withWriteBehind } from '../../src/bot/write-behind.js';

/** An inner storage that records every call. */
function recording() {
  const data = new Map<string, number>();
  const calls: string[] = [];
  const inner: StorageAdapter<number> = {
    read: async (k) => {
      calls.push(`read ${k}`);
      return data.get(k);
    },
    write: async (k, v) => {
      calls.push(`write ${k}=${v}`);
      data.set(k, v);
    },
    delete: async (k) => {
      calls.push(`delete ${k}`);
      data.delete(k);
    },
  };
  return { inner, data, calls };
}

describe('write-behind session storage', () => {
  it('coalesces a burst of writes to one write per chat, and reads its own writes at once', async () => {
    vi.useFakeTimers();
    const { inner, calls } = recording();
    const s = withWriteBehind(inner, { delayMs: 200, maxEntries: 100, ttlMs: 1e9 });
    for (let i = 1; i <= 5; i++) await s.write('a', i);
    await s.write('b', 7);
    expect(await s.read('a')).toBe(5);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(250);
    expect(calls).toEqual(['write a=5', 'write b=7']);
    vi.useRealTimers();
  });

  it('writes through at once when more chats wait than the cache holds, without waiting for the timer', async () => {
    vi.useFakeTimers();
    const { inner, data } = recording();
    const s = withWriteBehind(inner, { delayMs: 200, maxEntries: 4, ttlMs: 1e9 });
    for (let i = 1; i <= 3; i++) await s.write(`c${i}`, i);
    expect(s.pending()).toBe(3);
    await s.write('c4', 4);
    expect(s.pending()).toBe(0);
    await vi.advanceTimersByTimeAsync(0);
    expect([...data.keys()].sort()).toEqual(['c1', 'c2', 'c3', 'c4']);
    vi.useRealTimers();
  });

  it('flushes everything pending on demand (a graceful stop), deletes included', async () => {
    const { inner, data } = recording();
    const s = withWriteBehind(inner, { delayMs: 60_000, maxEntries: 100, ttlMs: 1e9 });
    await s.write('a', 1);
    await s.write('b', 2);
    await s.delete('b');
    expect(s.pending()).toBe(2);
    await s.flush();
    expect([...data]).toEqual([['a', 1]]);
    expect(s.pending()).toBe(0);
  });

  it('reads through to the inner storage once, then from memory', async () => {
    const { inner, data, calls } = recording();
    data.set('a', 3);
    const s = withWriteBehind(inner, { delayMs: 200, maxEntries: 100, ttlMs: 1e9 });
    expect(await s.read('a')).toBe(3);
    expect(await s.read('a')).toBe(3);
    expect(calls).toEqual(['read a']);
  });

  it('evicts the least recently used clean entries, never one still waiting to be written', async () => {
    const { inner, calls } = recording();
    const s = withWriteBehind(inner, { delayMs: 60_000, maxEntries: 2, ttlMs: 1e9 });
    await s.write('dirty', 1);
    await s.read('x');
    await s.read('y');
    await s.read('z');
    // "dirty" survived eviction and still reads from memory.
    expect(await s.read('dirty')).toBe(1);
    expect(calls.filter((c) => c === 'read dirty')).toEqual([]);
  });

  it('expires entries older than the time to live', async () => {
    let t = 0;
    const { inner } = recording();
    const s = withWriteBehind(inner, { delayMs: 60_000, maxEntries: 10, ttlMs: 1000, now: () => t });
    await s.write('a', 1);
    t = 2000;
    expect(await s.read('a')).toBeUndefined();
  });
});
