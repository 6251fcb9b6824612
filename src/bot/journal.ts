/**
 * The update journal: updates received but not yet handled, kept where a restart finds them, plus
 * the ids of recently handled updates, so an update is answered at least once and, after a graceful
 * stop, exactly once.
 *
 * The bot confirms an update to Telegram (the next getUpdates offset, or a webhook's 200) only once
 * the journal holds it. At start-up it replays what the journal still holds. An update whose id is
 * in the journal, or among the handled ids, is not handled again: a replay, a second delivery by
 * Telegram after a crash, or a webhook redelivery is answered once.
 *
 * Two stores: a file under DATA_DIR (one instance; a line appended per batch, one process owns it),
 * and Redis (SESSION_STORE=redis, see redis-journal.ts). Without either (SESSION_STORE=memory, tests)
 * the journal lives in memory and only deduplicates.
 */
import { type FileHandle, mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Update } from 'grammy/types';
import type { Logger } from '../logger.js';

/** Handled update ids remembered for deduplication: far more than Telegram redelivers at once. */
export const HANDLED_IDS_KEPT = 10_000;
/** Journaled updates older than this are not replayed: an answer a day late helps nobody. */
export const JOURNAL_MAX_AGE_MS = 24 * 3_600_000;
/** Lines appended to the journal file before it is rewritten with only what is still needed. */
const COMPACT_AFTER_LINES = 20_000;

/** A store of received-but-unhandled updates. */
export interface Journal {
  /**
   * Whether what `admit` records survives a restart. A journal in memory only deduplicates: the bot
   * then confirms an update only once it is handled, as without a journal.
   */
  readonly durable: boolean;
  /**
   * Loads what a previous run left: the updates to replay (oldest first). Call once, before `admit`.
   * Entries older than JOURNAL_MAX_AGE_MS are dropped (and logged). A shared journal (Redis) also
   * hands `later` what instances that die while this one runs leave behind.
   */
  open(later?: (updates: Update[]) => void): Promise<Update[]>;
  /**
   * Records the updates not seen before and resolves with them once they are safely stored: those
   * are the ones to handle. Updates already journaled or handled are left out.
   *
   * @throws when the store cannot be written; the caller must then confirm nothing it has not handled
   */
  admit(updates: readonly Update[]): Promise<Update[]>;
  /** Marks an update handled: it leaves the journal and its id is remembered. Never throws. */
  done(updateId: number): Promise<void>;
  /** Updates journaled and not yet handled (a metric: journal depth). */
  depth(): number;
  /** Writes what is pending and releases the store. */
  close(): Promise<void>;
}

/** Options for `createFileJournal`. */
export interface FileJournalOptions {
  /** The journal file, e.g. `data/journal.jsonl`; undefined keeps the journal in memory only. */
  readonly file?: string;
  readonly logger: Logger;
  /** Lines appended before the file is rewritten with only what is still needed (tests lower it). */
  readonly compactAfterLines?: number;
  /** Clock, for tests. */
  readonly now?: () => number;
}

/** One line of the journal file: an update received (`u`, with the time `t`), or ids handled (`d`). */
type Line = { readonly u: Update; readonly t: number } | { readonly d: readonly number[] };

/**
 * A journal in one append-only file of JSON lines, rewritten (write, then rename) when it has grown,
 * or in memory when `file` is undefined.
 *
 * What it guarantees: once `admit` resolves, the update survives the process being killed (the line
 * is in the kernel's page cache; as with session files there is no fsync, so not a power cut).
 * `done` lines are written in the background, coalesced; a kill can lose the last few, and those
 * updates are then answered again: only updates in flight at the kill repeat.
 *
 * @example
 * const journal = createFileJournal({ file: join(config.dataDir, 'journal.jsonl'), logger });
 * const replay = await journal.open();
 */
export function createFileJournal(options: FileJournalOptions): Journal {
  const { file, logger } = options;
  const now = options.now ?? Date.now;
  const compactAfter = options.compactAfterLines ?? COMPACT_AFTER_LINES;
  /** Journaled, not yet handled, in arrival order. */
  const pending = new Map<number, { update: Update; at: number }>();
  /** Handled ids, oldest first (insertion order), at most HANDLED_IDS_KEPT. */
  const handled = new Set<number>();
  let fh: FileHandle | undefined;
  let lines = 0;
  // Lines waiting for the writer; each batch is one write() call.
  let queued: string[] = [];
  let waiters: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  let writing: Promise<void> | undefined;
  let doneFailing = false;
  // Set when the file could not be opened: every admit fails, and the bot confirms only what it has handled.
  let broken: Error | undefined;
  let closed = false;

  // Set order is arrival order, so the first id is the oldest.
  const remember = (id: number) => {
    handled.add(id);
    if (handled.size > HANDLED_IDS_KEPT) handled.delete(handled.values().next().value as number);
  };

  /** Everything the file must still say, as lines: what is pending, and the ids to remember. */
  const snapshot = (): string => {
    const out: string[] = [];
    for (const [, { update, at }] of pending) out.push(`${JSON.stringify({ u: update, t: at } satisfies Line)}\n`);
    if (handled.size > 0) out.push(`${JSON.stringify({ d: [...handled] } satisfies Line)}\n`);
    return out.join('');
  };

  const rewrite = async () => {
    if (file === undefined) return;
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, snapshot());
    await fh?.close();
    await rename(temp, file);
    fh = await open(file, 'a');
    lines = pending.size + 1;
  };

  /** Writes queued lines, one write per round, until none are left. */
  const drain = async () => {
    while (queued.length > 0) {
      const batch = queued;
      const told = waiters;
      queued = [];
      waiters = [];
      try {
        if (fh !== undefined) {
          await fh.write(batch.join(''));
          lines += batch.length;
          if (lines > compactAfter) await rewrite();
        }
        for (const w of told) w.resolve();
      } catch (error) {
        for (const w of told) w.reject(error);
      }
    }
  };

  const append = (line: Line): Promise<void> => {
    if (file === undefined) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      queued.push(`${JSON.stringify(line)}\n`);
      waiters.push({ resolve, reject });
      writing ??= drain().finally(() => {
        writing = undefined;
      });
    });
  };

  return {
    durable: file !== undefined,

    async open() {
      if (file === undefined) return [];
      let text = '';
      try {
        text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return '';
          throw error;
        });
      } catch (error) {
        broken = error as Error;
        logger.error({ err: error, file }, 'journal: cannot read the update journal; going on without it (updates are confirmed only once handled)');
        return [];
      }
      let torn = 0;
      for (const raw of text.split('\n')) {
        if (raw === '') continue;
        let line: Line;
        try {
          line = JSON.parse(raw) as Line;
        } catch {
          // A line cut short by a crash mid-write: its update was never confirmed, so Telegram sends it again.
          torn++;
          continue;
        }
        if ('u' in line && typeof line.u?.update_id === 'number') {
          if (!handled.has(line.u.update_id)) pending.set(line.u.update_id, { update: line.u, at: Number(line.t) || now() });
        } else if ('d' in line && Array.isArray(line.d)) {
          for (const id of line.d) {
            pending.delete(id);
            remember(id);
          }
        }
      }
      let stale = 0;
      for (const [id, { at }] of pending)
        if (now() - at > JOURNAL_MAX_AGE_MS) {
          pending.delete(id);
          remember(id);
          stale++;
        }
      if (torn > 0) logger.warn({ file, lines: torn }, 'journal: skipped lines cut short by a crash');
      if (stale > 0) logger.warn({ file, updates: stale }, 'journal: dropped updates older than a day instead of answering them so late');
      try {
        await mkdir(dirname(file), { recursive: true });
        // Start the run from a compact file holding only what is still needed.
        await rewrite();
      } catch (error) {
        broken = error as Error;
        logger.error({ err: error, file }, 'journal: cannot write the update journal; going on without it (updates are confirmed only once handled)');
      }
      if (pending.size > 0) logger.info({ updates: pending.size }, 'journal: replaying updates received but not handled before the last stop');
      return [...pending.values()].map((p) => p.update);
    },

    async admit(updates) {
      if (closed) throw new Error('the update journal is closed (the bot is stopping)');
      if (broken !== undefined) throw new Error(`the update journal ${file} is not usable: ${broken.message}`);
      const fresh = updates.filter((u) => !pending.has(u.update_id) && !handled.has(u.update_id));
      if (fresh.length === 0) return [];
      const at = now();
      // In memory first, so a second delivery arriving while the line is written is already known.
      for (const u of fresh) pending.set(u.update_id, { update: u, at });
      try {
        await Promise.all(fresh.map((u) => append({ u, t: at })));
      } catch (error) {
        throw new Error(`cannot write the update journal ${file}: ${(error as Error).message}`, { cause: error });
      }
      return fresh;
    },

    async done(updateId) {
      if (!pending.delete(updateId) && handled.has(updateId)) return;
      remember(updateId);
      try {
        await append({ d: [updateId] });
        if (doneFailing) logger.info({ file }, 'journal: writable again');
        doneFailing = false;
      } catch (error) {
        if (!doneFailing) logger.error({ err: error, file }, 'journal: cannot record handled updates; a restart may answer them again');
        doneFailing = true;
      }
    },

    depth: () => pending.size,

    async close() {
      closed = true;
      await writing;
      if (file !== undefined && fh !== undefined) {
        // Leave a compact file: the next start reads only what it needs.
        await rewrite().catch((error: unknown) => logger.error({ err: error, file }, 'journal: could not compact on stop'));
        await fh.close();
        fh = undefined;
        await rm(`${file}.${process.pid}.tmp`, { force: true });
      }
    },
  };
}
