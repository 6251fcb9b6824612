/**
 * The outbound throttle, on fake timers: per-chat buckets, the per-group window, the global bucket,
 * independence between chats, pass-through methods, and pauses after a 429.
 */
import type { Transformer } from 'grammy';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOutboundThrottle, OUTBOUND_LIMITS, type ThrottleLimits } from '../../src/bot/throttle.js';
import type { Loose } from './harness.js';

/** Records when each call reached "Telegram", answering ok (or a 429 for chats in `flood`). */
function network(flood = new Map<number, number>()) {
  const log: { method: string; chat: unknown; at: number }[] = [];
  const prev = (async (method: string, payload: Loose) => {
    log.push({ method, chat: payload?.chat_id, at: Date.now() });
    const retry = flood.get(payload?.chat_id);
    if (retry !== undefined) {
      flood.delete(payload?.chat_id);
      return { ok: false, error_code: 429, description: 'Too Many Requests', parameters: { retry_after: retry } };
    }
    return { ok: true, result: true };
  }) as Loose as Parameters<Transformer>[0];
  return { prev, log };
}

const send = (t: Transformer, prev: Parameters<Transformer>[0], chat: number | string, method = 'sendMessage') =>
  t(prev, method as Loose, { chat_id: chat, text: 'x' } as Loose);

const START = 1_700_000_000_000;
const noGlobal: ThrottleLimits = { ...OUTBOUND_LIMITS, global: { perSecond: 0, burst: 0 } };

describe('createOutboundThrottle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(START);
  });
  afterEach(() => vi.useRealTimers());

  it('lets a private chat burst 3 messages, then paces it to 1 per second, in order', async () => {
    const t = createOutboundThrottle({ limits: noGlobal });
    const { prev, log } = network();
    const done = Array.from({ length: 6 }, () => send(t, prev, 42));
    await vi.advanceTimersByTimeAsync(0);
    expect(log.map((l) => l.at - START)).toEqual([0, 0, 0]);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(log.map((l) => l.at - START)).toEqual([0, 0, 0, 1000, 2000, 3000]);
    expect((await Promise.all(done)).every((r: Loose) => r.ok)).toBe(true);
  });

  it('on stop, fails the messages still waiting (never sends them) and any later one', async () => {
    const stop = new AbortController();
    const t = createOutboundThrottle({ limits: noGlobal, stop: stop.signal });
    const { prev, log } = network();
    const results = Array.from({ length: 6 }, () =>
      send(t, prev, 42).then(
        (r) => r,
        (error: Error) => error,
      ),
    );
    await vi.advanceTimersByTimeAsync(1_000);
    expect(log).toHaveLength(4);
    stop.abort();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(log).toHaveLength(4);
    const settled = await Promise.all(results);
    expect(settled.slice(0, 4).every((r: Loose) => r.ok === true)).toBe(true);
    expect(settled.slice(4).map((r) => (r as Error).name)).toEqual(['OutboundStoppedError', 'OutboundStoppedError']);
    await expect(send(t, prev, 7)).rejects.toThrow(/bot is stopping/);
    // Methods the throttle does not pace still go (a button press must be answered).
    expect(await t(prev, 'answerCallbackQuery' as Loose, { callback_query_id: 'x' } as Loose)).toMatchObject({ ok: true });
  });

  it('does not make other chats wait behind a busy one', async () => {
    const t = createOutboundThrottle({ limits: noGlobal });
    const { prev, log } = network();
    for (let i = 0; i < 10; i++) void send(t, prev, 1);
    void send(t, prev, 2);
    await vi.advanceTimersByTimeAsync(0);
    // Chat 2's message goes at once although chat 1 still has 7 queued.
    expect(log.filter((l) => l.chat === 2).map((l) => l.at - START)).toEqual([0]);
    expect(log.filter((l) => l.chat === 1)).toHaveLength(3);
  });

  it('keeps a group to 20 messages in any minute', async () => {
    const t = createOutboundThrottle({ limits: noGlobal });
    const { prev, log } = network();
    for (let i = 0; i < 25; i++) void send(t, prev, -100123);
    await vi.advanceTimersByTimeAsync(59_000);
    expect(log).toHaveLength(20);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(log).toHaveLength(25);
    // No 60 s window holds more than 20 sends.
    for (const first of log) expect(log.filter((l) => l.at >= first.at && l.at < first.at + 60_000).length).toBeLessThanOrEqual(20);
  });

  it('caps all chats together at the global rate when it is on', async () => {
    const t = createOutboundThrottle({ limits: { ...OUTBOUND_LIMITS, global: { perSecond: 30, burst: 30 } } });
    const { prev, log } = network();
    for (let chat = 1; chat <= 90; chat++) void send(t, prev, chat);
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toHaveLength(30);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(log).toHaveLength(60);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(log).toHaveLength(90);
    // First come, first served across chats.
    expect(log.map((l) => l.chat)).toEqual(Array.from({ length: 90 }, (_, i) => i + 1));
  });

  it('passes other methods straight through, including getUpdates and callback answers', async () => {
    const t = createOutboundThrottle({ limits: { ...OUTBOUND_LIMITS, global: { perSecond: 1, burst: 1 } } });
    const { prev, log } = network();
    for (let i = 0; i < 5; i++) void send(t, prev, 7);
    void t(prev, 'getUpdates' as Loose, { offset: 1 } as Loose);
    void t(prev, 'answerCallbackQuery' as Loose, { callback_query_id: 'a' } as Loose);
    void send(t, prev, 7, 'sendChatAction');
    await vi.advanceTimersByTimeAsync(0);
    expect(log.map((l) => l.method)).toEqual(['sendMessage', 'getUpdates', 'answerCallbackQuery', 'sendChatAction']);
  });

  it('pauses a chat for retry_after after a 429, and only that chat', async () => {
    const onFlood = vi.fn();
    const t = createOutboundThrottle({ limits: noGlobal, onFlood });
    const { prev, log } = network(new Map([[5, 7]]));
    const first = await send(t, prev, 5);
    expect((first as Loose).error_code).toBe(429);
    expect(onFlood).toHaveBeenCalledWith('5', 7);
    void send(t, prev, 5); // what auto-retry would resend
    void send(t, prev, 6);
    await vi.advanceTimersByTimeAsync(6_999);
    expect(log.map((l) => l.chat)).toEqual([5, 6]);
    await vi.advanceTimersByTimeAsync(1);
    expect(log.map((l) => [l.chat, l.at - START])).toEqual([
      [5, 0],
      [6, 0],
      [5, 7_000],
    ]);
  });

  it('forgets idle chats, so memory stays bounded under many users', async () => {
    const t = createOutboundThrottle({ limits: noGlobal });
    const { prev, log } = network();
    for (let chat = 1; chat <= 6_000; chat++) await send(t, prev, chat);
    await vi.advanceTimersByTimeAsync(120_000);
    // A new chat after the idle period still goes at once, and a forgotten chat starts with a full burst.
    for (let i = 0; i < 3; i++) void send(t, prev, 1);
    await vi.advanceTimersByTimeAsync(0);
    expect(log.filter((l) => l.chat === 1 && l.at > START)).toHaveLength(3);
  });
});
