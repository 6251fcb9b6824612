/**
 * A grammY session storage that keeps one JSON file per key, written atomically.
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StorageAdapter } from 'grammy';
import type { Logger } from '../logger.js';

/**
 * Errors that concern one key's file, not the folder: a folder (or something else) where the file
 * should be, or a name the file system refuses.
 */
const KEY_ERRORS = new Set(['EISDIR', 'ENOTEMPTY', 'ENAMETOOLONG', 'EEXIST']);
/** Unwritable keys remembered for logging once each; past this the memory starts over. */
const UNWRITABLE_KEPT = 1_000;

/** Options for `createFileStorage`. */
export interface FileStorageOptions {
  /** Folder for the files; created on first write. */
  readonly dir: string;
  /** Entries not written for this long read as absent and are deleted. */
  readonly ttlMs: number;
  /** Entries whose JSON is longer than this are not written (a bug upstream; logged). */
  readonly maxBytes: number;
  readonly logger: Logger;
  /** Clock, for tests. */
  readonly now?: () => number;
}

/** A storage adapter that can also drop expired entries and leftovers of interrupted writes. */
export interface FileStorage<T> extends StorageAdapter<T> {
  /** Deletes expired entries and stray temp files; returns how many files it removed. */
  sweep(): Promise<number>;
}

/**
 * Creates the storage. Each write goes to a temp file that is then renamed over the old file, so a
 * crash mid-write leaves the previous session intact, never a half-written one.
 * Age is the file's modification time, so bounding age costs no extra reads.
 *
 * @example
 * bot.use(lazySession({ storage: createFileStorage({ dir: 'data/sessions', ttlMs: 7 * 864e5, maxBytes: 64_000, logger }) }));
 */
export function createFileStorage<T>(options: FileStorageOptions): FileStorage<T> {
  const { dir, ttlMs, maxBytes, logger } = options;
  const now = options.now ?? Date.now;
  // Keys are chat ids ("-100123"); anything else is encoded so it can't escape the folder.
  const nameOf = (key: string) => `${/^-?\d{1,20}$/.test(key) ? key : encodeURIComponent(key).replace(/\./g, '%2E')}.json`;
  const fileOf = (key: string) => join(dir, nameOf(key));
  // The files in the folder, listed once on the first read: one process owns the folder, so from
  // then on every file in it was written (or deleted) through here. A chat seen for the first time,
  // most of a busy bot's reads, then costs no system call and no ENOENT error. Undefined when the
  // folder cannot be listed (other than not existing yet): then every read asks the disk.
  let listing: Promise<Set<string> | undefined> | undefined;
  const known = () =>
    (listing ??= readdir(dir).then(
      (names) => new Set(names),
      (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? new Set<string>() : undefined),
    ));
  let ready: Promise<unknown> | undefined;
  // Temp names need only be unique within this process (the pid covers others).
  let serial = 0;
  // Set while writes fail (unwritable or full disk): logged once per outage, not once per update.
  let failing = false;
  // Keys whose file was found corrupt, so a file that stays corrupt (writes failing) is logged once.
  const corrupt = new Set<string>();
  // Keys whose own file cannot be written (a folder in its place, a name too long): one chat's
  // problem, logged once for that chat, not the folder-wide alarm on every write.
  const unwritable = new Set<string>();

  const storage: FileStorage<T> = {
    async read(key) {
      if ((await known())?.has(nameOf(key)) === false) return undefined;
      const file = fileOf(key);
      try {
        const info = await stat(file);
        if (now() - info.mtimeMs > ttlMs) {
          await rm(file, { force: true });
          (await listing)?.delete(nameOf(key));
          return undefined;
        }
        const value = JSON.parse(await readFile(file, 'utf8')) as T;
        corrupt.delete(key);
        return value;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        // A corrupt file costs the chat its context, not the bot its uptime.
        if (!corrupt.has(key)) logger.warn({ err: error, key }, 'unreadable session file; starting a fresh session');
        corrupt.add(key);
        return undefined;
      }
    },

    async write(key, value) {
      const json = JSON.stringify(value);
      if (Buffer.byteLength(json) > maxBytes) {
        logger.error({ key, bytes: Buffer.byteLength(json), maxBytes }, 'session too large; not saved');
        return;
      }
      const file = fileOf(key);
      const temp = `${file}.${process.pid}.${++serial}.tmp`;
      // Whether the folder was there: errors after that may be this key's alone.
      let folderOk = false;
      try {
        ready ??= mkdir(dir, { recursive: true });
        await ready;
        folderOk = true;
        // Write then rename: a crash mid-write leaves the old file whole. No fsync: it guards against
        // power loss, not a crashed process, and it was the most expensive part of a busy bot.
        await writeFile(temp, json);
        await rename(temp, file);
        (await listing)?.add(nameOf(key));
        if (failing) logger.info({ dir }, 'session files are writable again');
        failing = false;
        if (unwritable.delete(key)) logger.info({ key }, "this chat's session file is writable again");
      } catch (error) {
        // The answer has been sent by now: losing the follow-up context beats failing the update
        // (and apologising for an answer the user already has).
        await rm(temp, { force: true }).catch(() => {});
        if (folderOk && KEY_ERRORS.has((error as NodeJS.ErrnoException).code ?? '')) {
          if (!unwritable.has(key)) {
            if (unwritable.size >= UNWRITABLE_KEPT) unwritable.clear();
            unwritable.add(key);
            logger.error(
              { err: error, key, file },
              "cannot write this chat's session file: answering it without follow-up context (remove what is in the file's place)",
            );
          }
          return;
        }
        // Try mkdir again next time.
        ready = undefined;
        if (!failing) logger.error({ err: error, dir }, 'cannot write session files: answering without follow-up context until DATA_DIR is writable again');
        failing = true;
      }
    },

    async delete(key) {
      await rm(fileOf(key), { force: true });
      (await listing)?.delete(nameOf(key));
    },

    async sweep() {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch {
        return 0;
      }
      let removed = 0;
      for (const name of names) {
        const file = join(dir, name);
        const info = await stat(file).catch(() => undefined);
        if (info === undefined) continue;
        if (name.endsWith('.tmp') || (name.endsWith('.json') && now() - info.mtimeMs > ttlMs)) {
          await rm(file, { force: true });
          (await listing)?.delete(name);
          removed++;
        }
      }
      return removed;
    },
  };
  return storage;
}
