/**
 * A write-behind cache in front of a slow session storage (files): reads of recent chats come from
 * memory, and writes are coalesced per chat and flushed in the background a moment later, so a busy
 * bot does one file write per chat per flush instead of a write and rename per update.
 *
 * What this trades: a crash (not a graceful stop, which flushes) can lose the follow-up context of
 * the last `delayMs`; the files themselves stay intact, since the inner storage writes atomically.
 * Only for a storage one process owns (files): with several instances, Redis is the shared truth.
 */
import type { StorageAdapter } from 'grammy';

/** Options for `withWriteBehind`. */
export interface WriteBehindOptions {
  /** How long a write may wait in memory before it is flushed. */
  readonly delayMs: number;
  /** Most chats kept in memory; the least recently used are dropped (flushed ones only). */
  readonly maxEntries: number;
  /** Entries older than this read as absent (the inner storage's time to live). */
  readonly ttlMs: number;
  /** Clock, for tests. */
  readonly now?: () => number;
}

/** A storage adapter with a flush, for graceful stops. */
export interface WriteBehindStorage<T> extends StorageAdapter<T> {
  /** Writes every pending entry through; resolves when they are written. */
  flush(): Promise<void>;
  /** How many writes wait for the next flush (for tests and metrics). */
  pending(): number;
}

/** Writes in flight at once during a flush. */
const FLUSH_PARALLEL = 16;

interface Entry<T> {
  value: T | undefined;
  at: number;
}

/** Wraps `inner` with a memory cache and delayed, coalesced writes. */
export function withWriteBehind<T>(inner: StorageAdapter<T>, options: WriteBehindOptions): WriteBehindStorage<T> {
  const now = options.now ?? Date.now;
  const cache = new Map<string, Entry<T>>();
  const dirty = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let flushing: Promise<void> = Promise.resolve();

  // Map order is recency: touching an entry moves it to the end; eviction takes from the front,
  // skipping entries that still wait to be written.
  const touch = (key: string, entry: Entry<T>) => {
    cache.delete(key);
    cache.set(key, entry);
    if (cache.size <= options.maxEntries) return;
    for (const k of cache.keys()) {
      if (cache.size <= options.maxEntries) break;
      if (!dirty.has(k)) cache.delete(k);
    }
  };

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const keys = [...dirty];
    dirty.clear();
    // Flushes run one after another, so an older value never lands after a newer one.
    flushing = flushing.then(async () => {
      // A few writes at a time: different chats' files are independent.
      for (let i = 0; i < keys.length; i += FLUSH_PARALLEL) {
        await Promise.all(
          keys.slice(i, i + FLUSH_PARALLEL).map(async (key) => {
            const entry = cache.get(key);
            // Written again since, or evicted: the next flush (or nothing) owns it.
            if (entry === undefined || dirty.has(key)) return;
            if (entry.value === undefined) await inner.delete(key);
            else await inner.write(key, entry.value);
          }),
        );
      }
    });
    return flushing;
  };

  const schedule = () => {
    if (timer === undefined) {
      timer = setTimeout(() => void flush(), options.delayMs);
      // A pending flush must not keep a stopping process alive; stop() flushes explicitly.
      timer.unref();
    }
  };

  return {
    async read(key) {
      const hit = cache.get(key);
      if (hit !== undefined) {
        if (now() - hit.at > options.ttlMs) return undefined;
        touch(key, hit);
        return hit.value;
      }
      const value = await inner.read(key);
      // Another update of this chat may have written while we read: theirs is newer.
      if (!cache.has(key)) touch(key, { value, at: now() });
      return cache.get(key)?.value;
    },
    async write(key, value) {
      touch(key, { value, at: now() });
      dirty.add(key);
      // More chats waiting than the cache holds: write now, or every eviction would walk past them.
      if (dirty.size >= options.maxEntries) void flush();
      else schedule();
    },
    async delete(key) {
      touch(key, { value: undefined, at: now() });
      dirty.add(key);
      schedule();
    },
    flush,
    pending: () => dirty.size,
  };
}
