/**
 * Stories in step across instances, for real: two bot processes in webhook mode with
 * SESSION_STORE=redis, both talking to the stub Bot API. An operator adds a story through instance A
 * (the article pasted to B on the way: the story in progress is shared too), a user asks instance B
 * and is answered from it within a second, an instance started later answers from it too, and a
 * removal on B reaches A.
 *
 * It runs the real engine (src/main.ts). Needs Redis on 127.0.0.1:6379 (.ci/run starts one);
 * skipped without it, unless SANAD_REQUIRE_REDIS=1.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StubApi, startStubApi } from '../../bench/bot/stub-api.js';
import { redisUp, TEST_REDIS_URL } from '../support/redis.js';
import { freePort } from '../support/redis-server.js';
import type { Loose } from './harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOKEN = '987654321:AAE2eStoriesInStepTokenNotRealxxxxx';
const SECRET = 'stories-in-step';
const PREFIX = `sanad-test-stories-${process.pid}-${Date.now().toString(36)}:`;
const OPERATOR = 61_001;
const READER = 61_002;
const ARTICLE = [
  'Harbour council approves the Vellmar flood barrier',
  'The harbour council approved the Vellmar flood barrier on Monday after a long debate.',
  'Mayor Ilse Brandt said the Vellmar barrier will cost 40 million euros and protect 12,000 homes.',
  'Construction will start in March and last three years.',
].join('\n');

const available = await redisUp();
if (!available && process.env.SANAD_REQUIRE_REDIS === '1') throw new Error(`No Redis server at ${TEST_REDIS_URL}: start one (redis-server --daemonize yes)`);

/** The real entry point and engine; SANAD_STORIES_MAIN=test/bot/fixtures/fake-main.ts runs the fake engine instead. */
async function entryPoint(): Promise<string> {
  return process.env.SANAD_STORIES_MAIN ?? 'src/main.ts';
}

interface Instance {
  readonly child: ChildProcess;
  readonly stderr: string[];
  readonly port: number;
  readonly exited: Promise<number | null>;
}

function startInstance(main: string, apiRoot: string, port: number): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    cwd: ROOT,
    env: {
      ...process.env,
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      WEBHOOK_URL: 'https://bot.example.invalid/hook',
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
      SESSION_STORE: 'redis',
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: PREFIX,
      ADMIN_USER_IDS: String(OPERATOR),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'sanad-stories-')),
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderr: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance on port ${port} did not start:\n${stderr.join('')}`)), 60_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr.push(chunk.toString());
      if (stderr.join('').includes('listening for updates')) {
        clearTimeout(timer);
        resolve({ child, stderr, port, exited });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`instance exited with ${code} before starting:\n${stderr.join('')}`));
    });
  });
}

describe.skipIf(!available)('stories added and removed on one instance reach every instance (Redis)', () => {
  let api: StubApi;
  let main: string;
  const instances: Instance[] = [];
  let updateId = 1;

  let redis: Redis;
  /**
   * Posts an update and waits until the instance has handled it: with the journal in Redis the
   * webhook answers 200 as soon as the update is journaled, and the instance marks it
   * `journal:handled:<id>` once its replies are sent.
   */
  const post = async (instance: Instance, update: Record<string, unknown>) => {
    const id = updateId++;
    const response = await fetch(`http://127.0.0.1:${instance.port}/hook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': SECRET },
      body: JSON.stringify({ update_id: id, ...update }),
    });
    expect(response.status).toBe(200);
    const end = Date.now() + 20_000;
    while ((await redis.exists(`${PREFIX}journal:handled:${id}`)) === 0) {
      if (Date.now() > end) throw new Error(`instance on port ${instance.port} did not handle update ${id}:\n${instance.stderr.join('')}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  const user = (id: number) => ({ id, is_bot: false, first_name: id === OPERATOR ? 'Editor' : 'Reader', language_code: 'en' });
  const say = (instance: Instance, from: number, text: string) =>
    post(instance, {
      message: {
        message_id: updateId,
        date: Math.floor(Date.now() / 1000),
        text,
        chat: { id: from, type: 'private', first_name: 'U' },
        from: user(from),
        ...(text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]?.length ?? 0 }] } : {}),
      },
    });
  const tap = (instance: Instance, from: number, data: string, messageId: number) =>
    post(instance, {
      callback_query: {
        id: `cb${updateId}`,
        from: user(from),
        chat_instance: 'ci',
        data,
        message: { message_id: messageId, date: 0, chat: { id: from, type: 'private', first_name: 'U' } },
      },
    });
  const sentTo = (chat: number) => api.sent.filter((s) => s.chatId === chat);
  const lastButton = (chat: number, prefix: string): { data: string; messageId: number } => {
    for (const sent of [...sentTo(chat)].reverse()) {
      const found = ((sent.payload.reply_markup as Loose)?.inline_keyboard ?? []).flat().find((b: Loose) => String(b.callback_data).startsWith(prefix));
      if (found !== undefined) return { data: found.callback_data, messageId: sent.messageId };
    }
    throw new Error(`no ${prefix} button sent to ${chat}`);
  };

  beforeAll(async () => {
    main = await entryPoint();
    redis = new Redis(TEST_REDIS_URL);
    api = await startStubApi();
    // Ports the system says are free: a random one may be an ephemeral port another test's connection holds.
    const [a, b] = [await freePort(), await freePort()];
    instances.push(...(await Promise.all([startInstance(main, api.url, a), startInstance(main, api.url, b)])));
  }, 90_000);

  afterAll(async () => {
    for (const instance of instances) {
      if (instance.child.exitCode === null) instance.child.kill('SIGTERM');
      await instance.exited;
    }
    await api?.close();
    const keys = await redis.keys(`${PREFIX}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('an operator adds a story through A; B answers about it within a second; a later instance C does too', async () => {
    const [a, b] = instances as [Instance, Instance];
    await say(a, OPERATOR, '/addstory');
    // The article reaches B (a load balancer may send any update anywhere): the draft is shared.
    await say(b, OPERATOR, ARTICLE);
    expect(sentTo(OPERATOR).at(-1)?.text).toContain('4 paragraphs so far');
    await say(a, OPERATOR, '/done');
    const add = lastButton(OPERATOR, 'd:');
    await tap(a, OPERATOR, add.data.replace(/:[a-z-]+$/, ':add'), add.messageId);
    const added = Date.now();
    expect(sentTo(OPERATOR).at(-1)?.text).toContain('It can be asked about now');

    // Ask B until it answers from the new story; it must within a second of A's report.
    let answer = '';
    while (Date.now() - added < 1_000 && !answer.includes('40 million euros')) {
      await say(b, READER, 'How much will the Vellmar barrier cost?');
      answer = sentTo(READER).at(-1)?.text ?? '';
      if (!answer.includes('40 million euros')) await new Promise((r) => setTimeout(r, 50));
    }
    expect(answer).toContain('40 million euros');
    expect(Date.now() - added).toBeLessThan(1_000);

    const c = await startInstance(main, api.url, await freePort());
    instances.push(c);
    await say(c, READER, 'When does construction start?');
    expect(sentTo(READER).at(-1)?.text).toContain('March');
    for (const instance of instances) expect(instance.stderr.join('')).not.toContain(TOKEN);
  }, 120_000);

  it('a removal confirmed on B reaches A', async () => {
    const [a, b] = instances as [Instance, Instance];
    await say(b, OPERATOR, '/stories');
    const list = sentTo(OPERATOR).at(-1);
    const buttons = ((list?.payload.reply_markup as Loose)?.inline_keyboard ?? []) as Loose[][];
    const row = buttons.find((r) => String(r[0]?.text).includes('Vellmar'));
    expect(row?.[1]?.callback_data).toMatch(/^ra:/);
    await tap(b, OPERATOR, row?.[1]?.callback_data, list?.messageId ?? 0);
    const yes = lastButton(OPERATOR, 'ry:');
    await tap(b, OPERATOR, yes.data, yes.messageId);
    expect(sentTo(OPERATOR).at(-1)?.text).toContain('Removed:');

    const removed = Date.now();
    let answer = '40 million euros';
    while (Date.now() - removed < 1_000 && answer.includes('40 million euros')) {
      await say(a, READER, 'How much will the Vellmar barrier cost?');
      answer = sentTo(READER).at(-1)?.text ?? '';
      if (answer.includes('40 million euros')) await new Promise((r) => setTimeout(r, 50));
    }
    expect(answer).not.toContain('40 million euros');
  }, 60_000);
});
