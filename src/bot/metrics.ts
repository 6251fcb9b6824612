/**
 * The bot's Prometheus metrics (prom-client), served at `/metrics`, and the Bot API's recent health,
 * which `/readyz` reads. One `BotMetrics` per bot, with its own registry: no module-level state.
 */
import type { Transformer } from 'grammy';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { AskResult } from '../types.js';
import type { BotContext } from './context.js';

/**
 * Latency buckets in seconds, for the time from an update's arrival to the end of its handling
 * (answers sent). A question costs about a millisecond of CPU; the rest is the Bot API's round trips
 * and per-chat pacing, so the buckets reach from 5 ms to past the 10 s a webhook may wait.
 */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** The counters and gauges of one bot, with what records them. */
export interface BotMetrics {
  /** The registry `/metrics` serializes. */
  readonly registry: Registry;
  /** Counts an update by its type (`message`, `callback_query`, …). */
  countUpdate(type: string): void;
  /** Records how long an update took to handle, in seconds. */
  observeLatency(seconds: number): void;
  /** Counts a question's outcome: an answer with quotes, or a refusal ("the story does not say") by reason. */
  countOutcome(result: Pick<AskResult, 'abstained' | 'answers' | 'reason'>): void;
  /** Counts a failed Bot API call by method and Telegram error code, or `network` when no answer came. */
  countApiError(method: string, code: number | 'network'): void;
  /**
   * Counts a retried Bot API call (seen by the API transformer of `observeBotApi`; code that retries
   * by other means, such as a bounded network retry, calls this itself).
   */
  countRetry(method: string): void;
  /** Sets the number of received updates not yet handled (the update journal's depth). */
  setJournalDepth(depth: number): void;
  /** Notes a Bot API call that got an answer from Telegram (ok or not: the API is reachable). */
  apiReached(now?: number): void;
  /** When the Bot API last answered (ms since the epoch); undefined if it never has. */
  lastApiContact(): number | undefined;
}

/** Options for `createMetrics`. */
export interface MetricsOptions {
  /** Also collect Node's process metrics (memory, CPU, event-loop lag, GC). The running bot does; tests need not. */
  readonly processMetrics?: boolean;
}

/**
 * Creates the metrics of one bot.
 *
 * @example
 * const metrics = createMetrics({ processMetrics: true });
 * metrics.countUpdate('message');
 * res.end(await metrics.registry.metrics());
 */
export function createMetrics(options: MetricsOptions = {}): BotMetrics {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: 'sanad_' });
  const updates = new Counter({ name: 'sanad_updates_total', help: 'Updates received, by type.', labelNames: ['type'], registers: [registry] });
  const latency = new Histogram({
    name: 'sanad_update_duration_seconds',
    help: 'Time from receiving an update to the end of its handling (answers sent).',
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const answers = new Counter({ name: 'sanad_answers_total', help: 'Questions answered with quotes from a story.', registers: [registry] });
  const refusals = new Counter({
    name: 'sanad_refusals_total',
    help: 'Questions the bot declined to answer because the story does not say, by reason.',
    labelNames: ['reason'],
    registers: [registry],
  });
  const apiErrors = new Counter({
    name: 'sanad_bot_api_errors_total',
    help: 'Failed Bot API calls (each attempt), by method and Telegram error code ("network" when no answer came).',
    labelNames: ['method', 'code'],
    registers: [registry],
  });
  const retries = new Counter({
    name: 'sanad_bot_api_retries_total',
    help: 'Bot API calls sent again after a failure, by method.',
    labelNames: ['method'],
    registers: [registry],
  });
  const journal = new Gauge({ name: 'sanad_journal_depth', help: 'Updates received but not yet handled.', registers: [registry] });
  let lastContact: number | undefined;
  // Read by /readyz through lastApiContact(); exported so an alert can fire on a stale value.
  new Gauge({
    name: 'sanad_bot_api_last_contact_seconds',
    help: 'When the Bot API last answered a call (Unix time; 0 if never).',
    registers: [registry],
    collect() {
      this.set(lastContact === undefined ? 0 : lastContact / 1000);
    },
  });
  return {
    registry,
    countUpdate: (type) => updates.inc({ type }),
    observeLatency: (seconds) => latency.observe(seconds),
    countOutcome: (result) => {
      if (result.abstained || result.answers.length === 0) refusals.inc({ reason: result.reason ?? 'not-in-story' });
      else answers.inc();
    },
    countApiError: (method, code) => apiErrors.inc({ method, code: String(code) }),
    countRetry: (method) => retries.inc({ method }),
    setJournalDepth: (depth) => journal.set(depth),
    apiReached: (now = Date.now()) => {
      lastContact = now;
    },
    lastApiContact: () => lastContact,
  };
}

/**
 * An API transformer that records every Bot API attempt: errors by method and code, retries, and the
 * last time Telegram answered. Install it before auto-retry and the outbound throttle (first `use`,
 * hence innermost), so it sees each attempt rather than each call: auto-retry sends the same payload
 * object again, which is how a retry is told from a new call.
 */
export function observeBotApi(metrics: BotMetrics): Transformer {
  const attempted = new WeakSet<object>();
  return async (prev, method, payload, signal) => {
    if (typeof payload === 'object' && payload !== null) {
      if (attempted.has(payload)) metrics.countRetry(method);
      else attempted.add(payload);
    }
    try {
      const response = await prev(method, payload, signal);
      metrics.apiReached();
      if (!response.ok) metrics.countApiError(method, response.error_code);
      return response;
    } catch (error) {
      // A call we abandoned ourselves (shutdown, a health probe's deadline) is not the API's failure.
      if (!signal?.aborted) metrics.countApiError(method, 'network');
      throw error;
    }
  };
}

/**
 * Middleware that counts each update by type and times its handling. Installed first, so the time
 * includes waiting behind the chat's earlier updates, as the user experiences it.
 */
export function measureUpdates(metrics: BotMetrics): (ctx: BotContext, next: () => Promise<void>) => Promise<void> {
  return async (ctx, next) => {
    const type = Object.keys(ctx.update).find((key) => key !== 'update_id') ?? 'unknown';
    metrics.countUpdate(type);
    const start = performance.now();
    try {
      await next();
    } finally {
      metrics.observeLatency((performance.now() - start) / 1000);
    }
  };
}
