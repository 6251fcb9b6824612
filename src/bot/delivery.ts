/**
 * Delivery: handles journaled updates and decides when each leaves the journal. An update leaves it
 * once handled; one that failed in a way a later attempt can fix (the network, Telegram overloaded,
 * or its reply held back by a stop) stays, is tried again a little later, and is replayed at the
 * next start if it still has not gone through.
 */
import type { Update } from 'grammy/types';
import type { Logger } from '../logger.js';
import type { UnfinishedReason } from './errors.js';
import type { Journal } from './journal.js';

/** Options for `createDelivery`. */
export interface DeliveryOptions {
  /** Handles one update (bot.handleUpdate); resolves when its middleware is done. */
  readonly handleUpdate: (update: Update) => Promise<unknown>;
  readonly journal: Journal;
  readonly logger: Logger;
  /** Wait before a failed update is tried again in this run; doubles with each attempt. */
  readonly retryLaterMs?: number;
  /** Attempts per update in one run; after that it waits in the journal for the next start. */
  readonly attemptsPerRun?: number;
}

/** Handles updates on behalf of the poller or the webhook, and tracks the ones in hand. */
export interface Delivery {
  /** Handles an update the journal has admitted; resolves when done (never rejects). */
  handle(update: Update): Promise<void>;
  /** Notes that an update's handling failed for `reason` (wire it to createBot's onUnfinished). */
  unfinished(updateId: number, reason: UnfinishedReason): void;
  /** Resolves once every update in hand is done; to `false` if `ms` pass first. */
  idle(ms: number): Promise<boolean>;
  /** Resolves once every one of these updates has been handled (or handling gave up). */
  settled(ids: readonly number[]): Promise<void>;
  /** Updates being handled right now. */
  inHand(): number;
  /** Stops trying failed updates again in this run (they stay journaled). */
  stop(): void;
}

/** First wait before a failed update is tried again in the same run. */
const RETRY_LATER_MS = 30_000;
/** Attempts per update in one run. */
const ATTEMPTS_PER_RUN = 3;

/**
 * Creates the delivery for a journal.
 *
 * @example
 * const delivery = createDelivery({ handleUpdate: (u) => bot.handleUpdate(u), journal, logger });
 * for (const update of await journal.open()) void delivery.handle(update);
 */
export function createDelivery(options: DeliveryOptions): Delivery {
  const { journal, logger } = options;
  const retryLaterMs = options.retryLaterMs ?? RETRY_LATER_MS;
  const attemptsPerRun = options.attemptsPerRun ?? ATTEMPTS_PER_RUN;
  const inHand = new Set<number>();
  const reasons = new Map<number, UnfinishedReason>();
  const attempts = new Map<number, number>();
  const later = new Map<number, ReturnType<typeof setTimeout>>();
  const settledWaiters = new Map<number, (() => void)[]>();
  let idleWaiters: (() => void)[] = [];
  let stopped = false;

  const settle = (id: number) => {
    for (const resolve of settledWaiters.get(id) ?? []) resolve();
    settledWaiters.delete(id);
  };

  const delivery: Delivery = {
    async handle(update) {
      const id = update.update_id;
      inHand.add(id);
      try {
        await options.handleUpdate(update);
      } catch (error) {
        // bot.catch handles what the middleware throws; this is a bug in that handler itself.
        logger.error({ err: error, update_id: id }, 'update failed and its error handler too');
      } finally {
        inHand.delete(id);
      }
      const reason = reasons.get(id);
      reasons.delete(id);
      if (reason === undefined) {
        attempts.delete(id);
        await journal.done(id);
      } else if (reason !== 'stopping' && !stopped) {
        const n = (attempts.get(id) ?? 0) + 1;
        if (n < attemptsPerRun) {
          attempts.set(id, n);
          const delayMs = retryLaterMs * 2 ** (n - 1);
          logger.warn({ update_id: id, reason, delayMs }, 'update failed; trying it again later (it stays in the journal)');
          const timer = setTimeout(() => {
            later.delete(id);
            void delivery.handle(update);
          }, delayMs);
          timer.unref();
          later.set(id, timer);
        } else {
          attempts.delete(id);
          logger.error({ update_id: id, reason, attempts: n }, 'update still failing; it stays in the journal for the next start');
        }
      }
      settle(id);
      if (inHand.size === 0) {
        for (const resolve of idleWaiters) resolve();
        idleWaiters = [];
      }
    },

    unfinished(updateId, reason) {
      reasons.set(updateId, reason);
    },

    idle(ms) {
      if (inHand.size === 0) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), ms);
        idleWaiters.push(() => {
          clearTimeout(timer);
          resolve(true);
        });
      });
    },

    settled(ids) {
      return Promise.all(
        ids.map(
          (id) =>
            new Promise<void>((resolve) => {
              const list = settledWaiters.get(id) ?? [];
              list.push(resolve);
              settledWaiters.set(id, list);
            }),
        ),
      ).then(() => {});
    },

    inHand: () => inHand.size,

    stop() {
      stopped = true;
      for (const timer of later.values()) clearTimeout(timer);
      later.clear();
    },
  };
  return delivery;
}
