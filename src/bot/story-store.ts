/**
 * Where stories added from Telegram are kept, so a restarted instance (and, with Redis, every other
 * instance) has them too: files under DATA_DIR/stories (one instance), a Redis hash announced over
 * pub/sub (several instances), or memory (tests). Also keeps each operator's story in progress
 * (/addstory), which may arrive over several messages handled by different instances.
 *
 * What is stored is the operator's `StoryDraft`, with the id, language and date the engine settled
 * on, so every instance that adds it gets the same story with the same citation labels.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { StoryDraft } from '../types.js';
import { connectRedis, type RedisLink } from './redis.js';

/** A draft as stored: its id is settled. */
export type StoredDraft = StoryDraft & { readonly id: string };

/**
 * One story's last change. A removal is kept as a record too, so a story that ships in knowledge/
 * and was removed from Telegram stays removed after a restart.
 */
export type StoryRecord =
  | { readonly kind: 'added'; readonly id: string; readonly draft: StoredDraft; readonly at: number; readonly by?: number }
  | { readonly kind: 'removed'; readonly id: string; readonly at: number; readonly by?: number };

/** Where stories and stories in progress are kept. */
export interface StoryStore {
  /** Every record, oldest first. */
  list(): Promise<StoryRecord[]>;
  get(id: string): Promise<StoryRecord | undefined>;
  /** Saves a record and tells the other instances (if any) that this story changed. */
  put(record: StoryRecord): Promise<void>;
  /**
   * Calls `changed(id)` when another instance changes a story, and `missed()` when changes may have
   * been missed (the link to the other instances was down), so the caller can compare everything.
   */
  watch(changed: (id: string) => void, missed: () => void): Promise<void>;
  /** Operators' stories in progress, by user id; they expire after PENDING_TTL_MS. */
  readonly pending: PendingStore;
  /** Waits (a few seconds at most) for the store to be reachable; false if it is not. */
  ready(): Promise<boolean>;
  close(): Promise<void>;
}

/** Operators' stories in progress. Values are plain JSON. */
export interface PendingStore {
  get<T>(user: number): Promise<T | undefined>;
  set(user: number, value: unknown): Promise<void>;
  delete(user: number): Promise<void>;
}

/** A story in progress untouched for this long is dropped: the operator starts again with /addstory. */
export const PENDING_TTL_MS = 24 * 3_600_000;

/**
 * Creates the store matching SESSION_STORE: Redis (shared, announced over pub/sub), files under
 * `<DATA_DIR>/stories`, or memory.
 */
export function createStoryStore(config: Config, logger: Logger): StoryStore {
  if (config.sessionStore === 'redis') return redisStoryStore(connectRedis(config, logger), config.redisPrefix, logger);
  if (config.sessionStore === 'file') return fileStoryStore(join(config.dataDir, 'stories'), logger);
  return memoryStoryStore();
}

/** Records and drafts in this process's memory (tests, SESSION_STORE=memory). */
export function memoryStoryStore(now: () => number = Date.now): StoryStore {
  const records = new Map<string, StoryRecord>();
  const pending = new Map<number, { value: unknown; at: number }>();
  return {
    list: async () => sortRecords([...records.values()]),
    get: async (id) => records.get(id),
    put: async (record) => void records.set(record.id, record),
    watch: async () => {},
    pending: {
      get: async <T>(user: number) => {
        const entry = pending.get(user);
        if (entry === undefined || now() - entry.at > PENDING_TTL_MS) return undefined;
        return structuredClone(entry.value) as T;
      },
      set: async (user, value) => void pending.set(user, { value: structuredClone(value), at: now() }),
      delete: async (user) => void pending.delete(user),
    },
    ready: async () => true,
    close: async () => {},
  };
}

/**
 * One JSON file per story under `dir`, and one per operator's draft under `dir/drafts`, each written
 * to a temp file and renamed over the old one, so a crash never leaves half a story.
 */
export function fileStoryStore(dir: string, logger: Logger, now: () => number = Date.now): StoryStore {
  const drafts = join(dir, 'drafts');
  // Ids are folder-style ("2026-05-01-budget"), but the name is derived, never trusted, so no id
  // can reach outside the folder.
  const fileOf = (id: string) => join(dir, `${/^[A-Za-z0-9._-]{1,120}$/.test(id) && !id.startsWith('.') ? id : hashOf(id)}.json`);
  const draftOf = (user: number) => join(drafts, `${user}.json`);
  let serial = 0;
  const writeAtomic = async (folder: string, file: string, json: string) => {
    await mkdir(folder, { recursive: true });
    const temp = `${file}.${process.pid}.${serial++}.tmp`;
    await writeFile(temp, json);
    await rename(temp, file);
  };
  const readJson = async (file: string): Promise<unknown> => {
    try {
      return JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') logger.error({ err: error, file }, 'unreadable story file; skipping it');
      return undefined;
    }
  };
  return {
    async list() {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      const records = await Promise.all(names.filter((n) => n.endsWith('.json')).map((n) => readJson(join(dir, n))));
      return sortRecords(records.filter(isRecord));
    },
    async get(id) {
      const record = await readJson(fileOf(id));
      return isRecord(record) && record.id === id ? record : undefined;
    },
    put: (record) => writeAtomic(dir, fileOf(record.id), JSON.stringify(record)),
    watch: async () => {},
    pending: {
      async get<T>(user: number) {
        const entry = (await readJson(draftOf(user))) as { value: T; at: number } | undefined;
        return entry === undefined || now() - entry.at > PENDING_TTL_MS ? undefined : entry.value;
      },
      set: (user, value) => writeAtomic(drafts, draftOf(user), JSON.stringify({ value, at: now() })),
      delete: (user) => rm(draftOf(user), { force: true }),
    },
    ready: async () => true,
    close: async () => {},
  };
}

/**
 * Records in the Redis hash `<prefix>stories` (field: story id), drafts under
 * `<prefix>story-draft:<user>` with a TTL, and a message on the channel `<prefix>stories` for every
 * change (the story id and the sending instance), which every instance subscribes to.
 * Unlike sessions, these commands throw when Redis is down: adding a story that other instances
 * would never see must fail loudly, not quietly.
 */
export function redisStoryStore(link: RedisLink, prefix: string, logger: Logger): StoryStore {
  const client = link.client;
  const channel = `${prefix}stories`;
  // Tells this instance's own announcements apart from the others'.
  const instance = `${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  let subscriber: Redis | undefined;
  const parse = (json: string | null): StoryRecord | undefined => {
    if (json === null) return undefined;
    try {
      const record: unknown = JSON.parse(json);
      return isRecord(record) ? record : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    async list() {
      const all = await client.hgetall('stories');
      return sortRecords(Object.values(all).flatMap((json) => parse(json) ?? []));
    },
    get: async (id) => parse(await client.hget('stories', id)),
    async put(record) {
      await client.hset('stories', record.id, JSON.stringify(record));
      await client.publish(channel, JSON.stringify({ id: record.id, from: instance }));
    },
    async watch(changed, missed) {
      // A subscribed connection can do nothing else, so it is a second one. Its offline queue is on,
      // so the subscription waits for the connection; ioredis subscribes again after a reconnect.
      const sub = client.duplicate({ enableOfflineQueue: true, keyPrefix: '' });
      subscriber = sub;
      let connected = false;
      let subscribed = false;
      // A refused subscription (Redis down, a wrong password) must not stop the bot: it is logged
      // (the logger keeps a command's name, never its arguments) and tried again when the link is back.
      const subscribe = () =>
        sub.subscribe(channel).then(
          () => {
            subscribed = true;
          },
          (error: unknown) => logger.warn({ err: error }, 'cannot subscribe to story announcements yet; trying again when Redis is back'),
        );
      sub.on('error', () => {}); // the main connection logs outages
      sub.on('ready', () => {
        if (!subscribed) void subscribe();
        // Announcements sent while this link was down are lost: compare everything once it is back,
        // and once the main connection (which reads the stories) is back too.
        if (connected) void link.ready().then(() => missed());
        connected = true;
      });
      sub.on('message', (_channel: string, message: string) => {
        try {
          const { id, from } = JSON.parse(message) as { id?: unknown; from?: unknown };
          if (typeof id === 'string' && from !== instance) changed(id);
        } catch (error) {
          logger.warn({ err: error }, 'ignoring a malformed story announcement');
        }
      });
      await subscribe();
    },
    pending: {
      async get<T>(user: number) {
        const json = await client.get(`story-draft:${user}`);
        return json === null ? undefined : (JSON.parse(json) as T);
      },
      set: async (user, value) => void (await client.set(`story-draft:${user}`, JSON.stringify(value), 'PX', PENDING_TTL_MS)),
      delete: async (user) => void (await client.del(`story-draft:${user}`)),
    },
    ready: () => link.ready(),
    async close() {
      await subscriber?.quit().catch(() => subscriber?.disconnect());
      await link.close();
    },
  };
}

function hashOf(id: string): string {
  return `id-${createHash('sha256').update(id).digest('hex').slice(0, 24)}`;
}

function sortRecords(records: StoryRecord[]): StoryRecord[] {
  return records.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}

function isRecord(value: unknown): value is StoryRecord {
  const r = value as Partial<StoryRecord> | null;
  if (typeof r !== 'object' || r === null || typeof r.id !== 'string' || typeof r.at !== 'number') return false;
  if (r.kind === 'removed') return true;
  const draft = (r as { draft?: Partial<StoredDraft> }).draft;
  return r.kind === 'added' && typeof draft === 'object' && draft !== null && draft.id === r.id && typeof draft.text === 'string';
}
