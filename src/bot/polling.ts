/**
 * Long polling that confirms an update to Telegram only once it is safe: journaled, or (while the
 * journal cannot be written) handled.
 *
 * @grammyjs/runner's own fetcher moves the getUpdates offset past a batch as soon as it has fetched
 * it, so the next poll confirms updates that are still being handled (or still wait behind a chat's
 * pacing); a stop or a crash then loses them for good. This supplier journals each batch before it
 * moves the offset, and feeds the runner's concurrent sink as before.
 */
import { createConcurrentSink, createRunner, createSource, type RunnerHandle, type UpdateSupplier } from '@grammyjs/runner';
import { type Bot, GrammyError } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from '../logger.js';
import type { BotContext } from './context.js';
import type { Delivery } from './delivery.js';
import type { Journal } from './journal.js';

/** Options for `startJournaledPolling`. */
export interface PollingOptions {
  readonly journal: Journal;
  readonly delivery: Delivery;
  readonly logger: Logger;
  /** Passed to getUpdates. */
  readonly allowedUpdates: readonly string[];
  /** Long-poll timeout in seconds. */
  readonly timeoutSeconds: number;
  /** Updates handled at once. */
  readonly concurrency: number;
  /** Pause between getUpdates attempts while Telegram is unreachable. */
  readonly retryMs: number;
}

/** A started poller. */
export interface Poller {
  readonly runner: RunnerHandle;
  /**
   * Tells Telegram that every update fetched so far is safe (journaled or handled), so it is not
   * sent again: one getUpdates call with the next offset. Call after the runner has stopped.
   */
  confirm(): Promise<void>;
}

/**
 * Starts polling. Each batch is journaled before the offset moves past it; if the journal cannot
 * be written, the batch is handled first and confirmed after (no loss, and no duplicate unless the
 * process dies meanwhile).
 */
export function startJournaledPolling(bot: Bot<BotContext>, options: PollingOptions): Poller {
  const { journal, delivery, logger } = options;
  let offset = 0;
  let confirmedOffset = 0;
  // Updates fetched but neither journaled nor handled yet: the offset may not move past them.
  let unsafe: { readonly settled: Promise<void>; done: boolean } | undefined;
  let journalFailing = false;

  type Signal = Parameters<UpdateSupplier<Update>['supply']>[1];
  const getUpdates = async (limit: number, signal: Signal): Promise<Update[]> => {
    for (;;) {
      try {
        const updates = await bot.api.getUpdates(
          // biome-ignore lint/suspicious/noExplicitAny: allowed_updates is a union of literal names
          { offset, limit, timeout: options.timeoutSeconds, allowed_updates: options.allowedUpdates as any },
          signal,
        );
        confirmedOffset = offset;
        return updates;
      } catch (error) {
        if (signal.aborted) throw error;
        // 401: the token was revoked; 409: another instance polls with it. Neither passes by waiting.
        if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 409)) throw error;
        const retryAfter = error instanceof GrammyError ? error.parameters.retry_after : undefined;
        await new Promise((r) => setTimeout(r, retryAfter !== undefined ? retryAfter * 1000 : options.retryMs));
      }
    }
  };

  const supplier: UpdateSupplier<Update> = {
    supply: async (batchSize, signal) => {
      if (unsafe !== undefined) {
        await unsafe.settled;
        unsafe = undefined;
      }
      const updates = await getUpdates(Math.max(1, Math.min(batchSize, 100)), signal);
      const last = updates.at(-1)?.update_id;
      if (last === undefined) return [];
      let fresh: Update[];
      let safe = journal.durable;
      try {
        fresh = await journal.admit(updates);
        if (journalFailing) logger.info('journal: writable again; updates are confirmed as soon as they are journaled');
        journalFailing = false;
      } catch (error) {
        if (!journalFailing)
          logger.error(
            { err: error },
            'journal: cannot record updates; confirming each batch only after it is handled (a crash meanwhile means answering it again)',
          );
        journalFailing = true;
        fresh = updates;
        safe = false;
      }
      if (!safe) {
        // Registered before the sink starts them, so none settles unseen.
        const waiting = { settled: delivery.settled(fresh.map((u) => u.update_id)), done: false };
        void waiting.settled.then(() => {
          waiting.done = true;
        });
        unsafe = waiting;
      }
      offset = last + 1;
      return fresh;
    },
  };

  const source = createSource(supplier);
  const sink = createConcurrentSink<Update>(
    { consume: (update) => delivery.handle(update) },
    async (error) => void logger.error({ err: error }, 'update handling failed'),
    { concurrency: options.concurrency },
  );
  const runner = createRunner(source, sink);
  runner.start();
  return {
    runner,
    async confirm() {
      // Everything below `offset` was journaled, or has been handled (the stop waited for it).
      if (offset <= confirmedOffset) return;
      if (unsafe !== undefined && !unsafe.done)
        return logger.warn({ offset }, 'not confirming updates that were neither journaled nor handled; Telegram will send them again');
      try {
        await bot.api.getUpdates({ offset, limit: 1, timeout: 0 });
        logger.info({ confirmedUpTo: offset - 1 }, 'confirmed received updates');
      } catch (error) {
        logger.warn({ err: error, offset }, 'could not confirm the last updates; Telegram may send them again (the journal answers each once)');
      }
    },
  };
}
