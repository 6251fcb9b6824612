/**
 * The story library and its stores: a story added (or removed) is saved so that an instance started
 * later, or restarted, replays it; files are written whole; Redis announces changes to the other
 * instances, which apply them within a second.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createNumerals } from '../../src/bot/numerals.js';
import { connectRedis } from '../../src/bot/redis.js';
import { createStoryLibrary, StoryChangeError } from '../../src/bot/story-library.js';
import { fileStoryStore, memoryStoryStore, redisStoryStore, type StoryStore } from '../../src/bot/story-store.js';
import { redisUp, TEST_REDIS_URL } from '../support/redis.js';
import { startTcpProxy } from '../support/tcp-proxy.js';
import { createFakeEngine, STORY_ID } from './fake-engine.js';
import { ALICE, createHarness, message, SAMI, sentTexts } from './harness.js';

const logger = createHarness().logger;
const ARTICLE = 'Harbour barrier approved\nThe council approved a flood barrier on Monday.';

describe('Scenario: a later instance loads what an earlier one added and removed', () => {
  it('replays additions (same id, language and date) and removals, built-in stories included', async () => {
    const store = memoryStoryStore();
    const first = createFakeEngine();
    const a = createStoryLibrary({ engine: first, store, logger });
    await a.start();
    const report = await a.add({ text: ARTICLE, source: 'Gazette' }, 9001);
    expect(await a.remove(STORY_ID, 9001)).toBe(true);
    expect(first.stories.map((s) => s.id)).toEqual([report.info.id]);

    const later = createFakeEngine();
    const b = createStoryLibrary({ engine: later, store, logger });
    expect(await b.start()).toEqual({ added: 1, removed: 1, failed: 0 });
    expect(later.stories).toEqual(first.stories);
    const record = await store.get(report.info.id);
    expect(record?.kind === 'added' && record.draft).toMatchObject({ id: report.info.id, language: 'en', published: report.info.published, source: 'Gazette' });
  });

  it('undoes an addition the store could not save, and says why', async () => {
    const engine = createFakeEngine();
    const broken: StoryStore = { ...memoryStoryStore(), put: async () => Promise.reject(new Error('READONLY')) };
    const library = createStoryLibrary({ engine, store: broken, logger });
    const error = await library.add({ text: ARTICLE }, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoryChangeError);
    expect((error as StoryChangeError).reason).toBe('store');
    expect(engine.stories.map((s) => s.id)).toEqual([STORY_ID]);
  });

  it('passes on the engine’s sentence for a bad draft, and saves nothing', async () => {
    const store = memoryStoryStore();
    const library = createStoryLibrary({ engine: createFakeEngine(), store, logger });
    const error = (await library.add({ text: '   ' }, 1).catch((e: unknown) => e)) as StoryChangeError;
    expect([error.reason, error.problem]).toEqual(['draft', 'The story is empty.']);
    expect(await store.list()).toEqual([]);
  });
});

describe('Scenario: file storage (one instance, restarts)', () => {
  it('keeps one whole JSON file per story, skips a corrupt one, and a restart replays them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sanad-stories-'));
    const a = createStoryLibrary({ engine: createFakeEngine(), store: fileStoryStore(dir, logger), logger });
    const report = await a.add({ text: ARTICLE }, 1);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(JSON.parse(readFileSync(join(dir, `${report.info.id}.json`), 'utf8'))).toMatchObject({ kind: 'added', id: report.info.id });
    writeFileSync(join(dir, 'broken.json'), '{"kind":"added",');

    const later = createFakeEngine();
    const b = createStoryLibrary({ engine: later, store: fileStoryStore(dir, logger), logger });
    expect(await b.start()).toEqual({ added: 1, removed: 0, failed: 0 });
    expect(later.story(report.info.id)?.sentences).toBe(2);
  });

  it('never lets an id name a file outside its folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sanad-stories-'));
    const store = fileStoryStore(dir, logger);
    await store.put({ kind: 'removed', id: '../../etc/passwd', at: 1 });
    expect(readdirSync(dir)).toHaveLength(1);
    expect((await store.get('../../etc/passwd'))?.id).toBe('../../etc/passwd');
  });

  it('keeps an operator’s story in progress, and drops it when deleted', async () => {
    const store = fileStoryStore(mkdtempSync(join(tmpdir(), 'sanad-stories-')), logger);
    await store.pending.set(9001, { step: 'text', parts: ['a'] });
    expect(await store.pending.get(9001)).toEqual({ step: 'text', parts: ['a'] });
    await store.pending.delete(9001);
    expect(await store.pending.get(9001)).toBeUndefined();
  });
});

describe('Scenario: Arabic-Indic digits where the story uses them', () => {
  it('pages an Arabic story written with ٠-٩ in Arabic-Indic digits, and one with 0-9 in Western digits', async () => {
    const engine = createFakeEngine();
    engine.addStory({ id: 'indic', title: 'قصة', text: 'قال الوزير إن ٤٠ مدرسة ستفتح في ٢٠٢٦.' });
    const numerals = createNumerals(engine);
    expect([numerals('indic'), numerals(STORY_ID), numerals(undefined)]).toEqual(['arab', 'latn', 'latn']);
    const h = createHarness({ engine });
    await h.send(message('/stories', { from: SAMI }));
    const index = engine.stories.findIndex((s) => s.id === 'indic');
    h.clear();
    await h.send({
      callback_query: {
        id: 'x',
        from: SAMI,
        chat_instance: 'c',
        data: `sp:${index}`,
        message: { message_id: 1, date: 0, chat: { id: SAMI.id, type: 'private', first_name: 's' } },
      },
    } as never);
    await h.send(message('/story', { from: SAMI }));
    expect(sentTexts(h).at(-1)).toContain('صفحة ١ من ١');
    h.clear();
    await h.send(message('/story', { from: ALICE }));
    expect(sentTexts(h).at(-1)).toContain('Page 1 of 1');
  });
});

const available = await redisUp();
if (!available && process.env.SANAD_REQUIRE_REDIS === '1') throw new Error(`No Redis server at ${TEST_REDIS_URL}: start one (redis-server --daemonize yes)`);

describe.skipIf(!available)('Scenario: Redis, two libraries as two instances would have', () => {
  const prefix = `sanad-test-lib-${process.pid}-${Date.now().toString(36)}:`;
  const config = { redisUrl: TEST_REDIS_URL, redisPrefix: prefix };
  const stores: StoryStore[] = [];
  const open = (url = TEST_REDIS_URL) => {
    const store = redisStoryStore(connectRedis({ ...config, redisUrl: url }, logger), prefix, logger);
    stores.push(store);
    return store;
  };

  afterAll(async () => {
    for (const store of stores) await store.close();
    const redis = new Redis(TEST_REDIS_URL);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('applies an addition and a removal made on one instance to the other within a second', async () => {
    const engineA = createFakeEngine();
    const engineB = createFakeEngine();
    const a = createStoryLibrary({ engine: engineA, store: open(), logger });
    const b = createStoryLibrary({ engine: engineB, store: open(), logger });
    await a.start();
    await b.start();
    const started = Date.now();
    const report = await a.add({ text: ARTICLE }, 9001);
    while (engineB.story(report.info.id) === undefined && Date.now() - started < 1000) await new Promise((r) => setTimeout(r, 10));
    expect(engineB.story(report.info.id)).toEqual(engineA.story(report.info.id));
    await b.remove(report.info.id, 9001);
    const removing = Date.now();
    while (engineA.story(report.info.id) !== undefined && Date.now() - removing < 1000) await new Promise((r) => setTimeout(r, 10));
    expect(engineA.story(report.info.id)).toBeUndefined();

    // And a third, started later, has the same stories.
    const engineC = createFakeEngine();
    await createStoryLibrary({ engine: engineC, store: open(), logger }).start();
    expect(engineC.stories.map((s) => s.id)).toEqual(engineA.stories.map((s) => s.id));
  });

  it('catches up after its link to Redis was cut while another instance added a story', async () => {
    const proxy = await startTcpProxy(6379);
    try {
      const engineA = createFakeEngine();
      const engineB = createFakeEngine();
      const a = createStoryLibrary({ engine: engineA, store: open(), logger });
      const b = createStoryLibrary({ engine: engineB, store: open(`redis://127.0.0.1:${proxy.port}/0`), logger });
      await a.start();
      await b.start();
      proxy.cut();
      const report = await a.add({ text: 'Ferry timetable changes\nThe island ferry will sail twice a day from May.' }, 9001);
      await new Promise((r) => setTimeout(r, 300));
      // The announcement went out while B was cut off: B missed it.
      expect(engineB.story(report.info.id)).toBeUndefined();
      proxy.restore();
      const restored = Date.now();
      while (engineB.story(report.info.id) === undefined && Date.now() - restored < 10_000) await new Promise((r) => setTimeout(r, 50));
      expect(engineB.story(report.info.id)).toEqual(engineA.story(report.info.id));
    } finally {
      await proxy.close();
    }
  }, 20_000);
});
