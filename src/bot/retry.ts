/**
 * Retries of failed Bot API calls, bounded and logged: a 429 after its `retry_after`, a 5xx or a
 * network error (a dropped connection, a time-out, DNS) after a doubling back-off. Every wait is
 * logged at warn with the method and the delay, never the payload (it holds users' messages).
 *
 * Giving up loses nothing: the update whose reply failed stays in the update journal (journal.ts)
 * and is handled again later. Retrying forever would hold the chat's next questions behind one
 * message, and a dead Bot API would go unnoticed in the logs.
 */
import { HttpError, type Transformer } from 'grammy';
import type { Logger } from '../logger.js';

/** Options for `createRetry`. */
export interface RetryOptions {
  /** Retries of one call after a network error (0: none). */
  readonly networkRetries: number;
  /** Retries of one call after a 429 or a 5xx answer. */
  readonly apiRetries: number;
  /** A 429 asking to wait longer than this fails the call at once instead of holding the chat. */
  readonly maxDelaySeconds: number;
  /** First back-off after a network error or a 5xx; it doubles with each retry. */
  readonly firstDelayMs: number;
  readonly logger: Logger;
  /** Told of every retry (for metrics). */
  readonly onRetry?: (method: string, reason: RetryReason, delayMs: number) => void;
  /** Methods passed through untouched (getUpdates: the poller retries it every second itself). */
  readonly skip?: readonly string[];
}

/** Why a call is retried. */
export type RetryReason = 'network' | 'flood' | 'server';

/** The retry settings the bot uses unless configured otherwise. */
export const RETRY_DEFAULTS = Object.freeze({ apiRetries: 3, maxDelaySeconds: 30, firstDelayMs: 2_000 });

/**
 * Creates the retrying transformer. Install it after the outbound throttle, so that every retry
 * queues again behind the chat's limits.
 *
 * @example
 * bot.api.config.use(createRetry({ ...RETRY_DEFAULTS, networkRetries: 3, logger }));
 */
export function createRetry(options: RetryOptions): Transformer {
  const skip = new Set(options.skip ?? []);
  return async (prev, method, payload, signal) => {
    if (skip.has(method)) return prev(method, payload, signal);
    let network = 0;
    let api = 0;
    let backoff = options.firstDelayMs;
    for (;;) {
      let delayMs: number;
      let reason: RetryReason;
      let detail: Record<string, unknown>;
      try {
        const result = await prev(method, payload, signal);
        const retryAfter = result.ok ? undefined : result.parameters?.retry_after;
        if (!result.ok && typeof retryAfter === 'number' && retryAfter <= options.maxDelaySeconds && api < options.apiRetries) {
          api++;
          reason = 'flood';
          delayMs = retryAfter * 1000;
          detail = { error_code: result.error_code };
        } else if (!result.ok && result.error_code >= 500 && api < options.apiRetries) {
          api++;
          reason = 'server';
          delayMs = backoff;
          backoff *= 2;
          detail = { error_code: result.error_code };
        } else return result;
      } catch (error) {
        if (!(error instanceof HttpError) || signal?.aborted === true || network >= options.networkRetries) throw error;
        network++;
        reason = 'network';
        delayMs = backoff;
        backoff *= 2;
        // The message names the method and the cause (ECONNRESET, a time-out), not the payload.
        detail = { error: error.message };
      }
      const attempt = reason === 'network' ? network : api;
      const of = reason === 'network' ? options.networkRetries : options.apiRetries;
      options.logger.warn({ method, reason, delayMs, attempt, of, ...detail }, `Bot API call failed; retrying ${method} in ${delayMs} ms`);
      options.onRetry?.(method, reason, delayMs);
      await pause(delayMs, signal);
    }
  };
}

function pause(ms: number, signal: Parameters<Transformer>[3]): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) return reject(new Error('request aborted while waiting to retry'));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error('request aborted while waiting to retry'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
