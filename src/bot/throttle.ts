/**
 * Outbound throttling: an API transformer that keeps the bot's messages within Telegram's limits
 * (about 1 message/s per chat with short bursts, 20 messages/min per group, about 30 messages/s in
 * all) without one busy chat delaying the others, and that pauses a chat Telegram answered with 429.
 *
 * Each chat has its own FIFO queue and token bucket; a chat whose next message may go joins one
 * global ready queue, which a global token bucket drains in arrival order. Nothing but the send and
 * edit methods is throttled: getUpdates, answerCallbackQuery, answerInlineQuery and friends pass
 * straight through, as their limits are separate (and a spinning button must be answered fast).
 */
import type { Transformer } from 'grammy';

/** A rate as a token bucket: `burst` messages at once, then one every `1 / perSecond` seconds. */
export interface BucketRate {
  readonly perSecond: number;
  readonly burst: number;
}

/** Limits for `createOutboundThrottle`; see OUTBOUND_LIMITS for Telegram's. */
export interface ThrottleLimits {
  /** Every chat, private or group. */
  readonly perChat: BucketRate;
  /** Groups, supergroups and channels (negative chat ids): at most `count` messages in any `windowMs`. */
  readonly perGroup: { readonly count: number; readonly windowMs: number };
  /** All chats together; `perSecond: 0` turns it off. */
  readonly global: BucketRate;
}

/**
 * Telegram's published limits (Bot FAQ, "My bot is hitting limits"). The per-chat burst of 3 lets a
 * three-page answer go out at once; the FAQ only says "short bursts are allowed".
 */
export const OUTBOUND_LIMITS: ThrottleLimits = Object.freeze({
  perChat: Object.freeze({ perSecond: 1, burst: 3 }),
  perGroup: Object.freeze({ count: 20, windowMs: 60_000 }),
  global: Object.freeze({ perSecond: 30, burst: 30 }),
});

/** Methods that post or change a message in a chat: the ones Telegram's flood limits count. */
const THROTTLED = /^(send(?!ChatAction)|forward|copy|edit)/;
/** Chats idle this long forget their limiter state; by then their buckets are full again anyway. */
const IDLE_MS = 60_000;
/** Chat states kept before idle ones are pruned, so memory stays bounded under many users. */
const PRUNE_AT = 5_000;

/** Options for `createOutboundThrottle`. */
export interface ThrottleOptions {
  readonly limits?: ThrottleLimits;
  /** Clock, for tests (vitest's fake timers also fake Date.now). */
  readonly now?: () => number;
  /** Told when a chat is paused after a 429, for the log. */
  readonly onFlood?: (chatId: string, retryAfterSeconds: number) => void;
  /**
   * When aborted (a stop that ran out of time), messages still waiting for their turn are not sent:
   * their calls, and any later ones, fail with OutboundStoppedError. Messages already sent complete.
   * Their updates stay in the journal and are answered after the restart, once.
   */
  readonly stop?: AbortSignal;
}

/** A message not sent because the bot is stopping; its update is answered after the restart. */
export class OutboundStoppedError extends Error {
  override readonly name = 'OutboundStoppedError';
  constructor(method: string) {
    super(`${method} not sent: the bot is stopping (the update stays in the journal for the next start)`);
  }
}

/** A token bucket; `wait` says how long until a token is there, `take` spends one. */
class Bucket {
  private tokens: number;
  private at: number;
  constructor(
    private readonly rate: BucketRate,
    now: number,
  ) {
    this.tokens = rate.burst;
    this.at = now;
  }
  private refill(now: number): void {
    this.tokens = Math.min(this.rate.burst, this.tokens + ((now - this.at) * this.rate.perSecond) / 1000);
    this.at = now;
  }
  wait(now: number): number {
    if (this.rate.perSecond <= 0) return 0;
    this.refill(now);
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) * 1000) / this.rate.perSecond);
  }
  take(now: number): void {
    if (this.rate.perSecond <= 0) return;
    this.refill(now);
    this.tokens -= 1;
  }
}

/** At most `count` events in any window of `windowMs` (exact, unlike a bucket, which allows burst + rate). */
class SlidingWindow {
  private readonly times: number[] = [];
  constructor(private readonly limit: { readonly count: number; readonly windowMs: number }) {}
  wait(now: number): number {
    while (this.times.length > 0 && (this.times[0] ?? 0) <= now - this.limit.windowMs) this.times.shift();
    return this.times.length < this.limit.count ? 0 : (this.times[0] ?? now) + this.limit.windowMs - now;
  }
  take(now: number): void {
    this.times.push(now);
  }
}

interface Job {
  run(): void;
  /** Fails the call without sending (the bot is stopping). */
  cancel(): void;
}

interface ChatLane {
  readonly id: string;
  readonly queue: Job[];
  readonly bucket: Bucket;
  readonly window?: SlidingWindow;
  /** Paused by a 429 until this time. */
  blockedUntil: number;
  timer?: ReturnType<typeof setTimeout>;
  /** In the global ready queue (its head job may go as soon as the global bucket allows). */
  ready: boolean;
  lastUsed: number;
}

/**
 * Creates the throttling transformer. Install it before the retries (`bot.api.config.use(throttle)`
 * first), so the retry transformer wraps it and every retry queues again behind the limits.
 *
 * @example
 * bot.api.config.use(createOutboundThrottle({ limits: { ...OUTBOUND_LIMITS, global: { perSecond: 0, burst: 0 } } }));
 * bot.api.config.use(createRetry({ ...RETRY_DEFAULTS, networkRetries: 3, logger }));
 */
export function createOutboundThrottle(options: ThrottleOptions = {}): Transformer {
  const limits = options.limits ?? OUTBOUND_LIMITS;
  const now = options.now ?? Date.now;
  const lanes = new Map<string, ChatLane>();
  const global = new Bucket(limits.global, now());
  const readyQueue: ChatLane[] = [];
  let globalTimer: ReturnType<typeof setTimeout> | undefined;
  let lastPrune = 0;
  // On stop, every message still waiting fails at once instead of holding the stop for its turn.
  options.stop?.addEventListener(
    'abort',
    () => {
      for (const lane of lanes.values()) {
        if (lane.timer !== undefined) clearTimeout(lane.timer);
        lane.timer = undefined;
        lane.ready = false;
        for (const job of lane.queue.splice(0)) job.cancel();
      }
      readyQueue.length = 0;
    },
    { once: true },
  );

  const laneOf = (chatId: string): ChatLane => {
    let lane = lanes.get(chatId);
    if (lane === undefined) {
      const t = now();
      if (lanes.size >= PRUNE_AT && t - lastPrune > 1000) {
        lastPrune = t;
        for (const [id, other] of lanes) if (other.queue.length === 0 && other.timer === undefined && t - other.lastUsed > IDLE_MS) lanes.delete(id);
      }
      // Negative ids are groups, supergroups and channels; @username targets are channels too.
      const group = chatId.startsWith('-') || chatId.startsWith('@');
      // The chatless lane (inline-message edits) is bound by the global limit only.
      const bucket = new Bucket(chatId === '' ? { perSecond: 0, burst: 0 } : limits.perChat, t);
      lane = { id: chatId, queue: [], bucket, window: group ? new SlidingWindow(limits.perGroup) : undefined, blockedUntil: 0, ready: false, lastUsed: t };
      lanes.set(chatId, lane);
    }
    return lane;
  };

  /** Puts the lane's head job in the global queue once the chat's own limits allow it. */
  const schedule = (lane: ChatLane): void => {
    if (lane.ready || lane.timer !== undefined || lane.queue.length === 0) return;
    const t = now();
    const wait = Math.max(lane.bucket.wait(t), lane.window?.wait(t) ?? 0, lane.blockedUntil - t);
    if (wait > 0) {
      lane.timer = setTimeout(() => {
        lane.timer = undefined;
        schedule(lane);
      }, wait);
      return;
    }
    lane.ready = true;
    readyQueue.push(lane);
    drain();
  };

  /** Starts ready jobs, oldest first, as fast as the global bucket allows. */
  const drain = (): void => {
    if (globalTimer !== undefined) return;
    while (readyQueue.length > 0) {
      const t = now();
      const wait = global.wait(t);
      if (wait > 0) {
        globalTimer = setTimeout(() => {
          globalTimer = undefined;
          drain();
        }, wait);
        return;
      }
      const lane = readyQueue.shift() as ChatLane;
      lane.ready = false;
      const job = lane.queue.shift();
      if (job === undefined) continue;
      global.take(t);
      lane.bucket.take(t);
      lane.window?.take(t);
      lane.lastUsed = t;
      job.run();
      schedule(lane);
    }
  };

  return (prev, method, payload, signal) => {
    const chatId = (payload as { chat_id?: unknown } | undefined)?.chat_id;
    if (!THROTTLED.test(method)) return prev(method, payload, signal);
    if (options.stop?.aborted === true) return Promise.reject(new OutboundStoppedError(method));
    // Edits of inline messages have no chat: only the global limit applies.
    const lane = laneOf(chatId === undefined ? '' : String(chatId));
    return new Promise((resolve, reject) => {
      lane.queue.push({
        run: () => {
          prev(method, payload, signal).then((response) => {
            if (!response.ok && response.error_code === 429) {
              const seconds = response.parameters?.retry_after ?? 1;
              lane.blockedUntil = Math.max(lane.blockedUntil, now() + seconds * 1000);
              options.onFlood?.(lane.id, seconds);
            }
            resolve(response);
          }, reject);
        },
        cancel: () => reject(new OutboundStoppedError(method)),
      });
      schedule(lane);
    });
  };
}
